/**
 * The emulator's CodeDeploy API through the real SDK client (@aws-sdk/client-codedeploy) over HTTP:
 * AWS's error codes, and a blue/green deployment of an ECS service played over simulated time.
 */
import { createHash } from 'node:crypto';
import {
  CodeDeployClient,
  CreateDeploymentCommand,
  GetApplicationCommand,
  GetDeploymentCommand,
  GetDeploymentGroupCommand,
  ListDeploymentsCommand,
  StopDeploymentCommand,
  type DeploymentInfo,
} from '@aws-sdk/client-codedeploy';
import { ECSClient, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { afterEach, describe, expect, it } from '@jest/globals';
import { trafficSteps } from '../../emulator/codedeploy-sim.js';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import {
  appSpecYaml,
  BLUE_GREEN,
  codeDeployFixture,
  type BlueGreenOptions,
} from '../helpers/codedeploy-world.js';
import { CLUSTER, clients, describeService, rejection, waitFor, registerImage } from './helpers.js';

let emu: Emulator | undefined;
let ecs: ECSClient;
let codedeploy: CodeDeployClient;

async function start(options: BlueGreenOptions & { timeScale?: number } = {}) {
  emu = await startEmulator({ fixture: codeDeployFixture(options), timeScale: options.timeScale ?? 0.002 });
  ({ ecs, codedeploy } = clients(emu));
  return emu;
}

afterEach(async () => {
  ecs?.destroy();
  codedeploy?.destroy();
  await emu?.close();
  emu = undefined;
});

function revision(content: string, sha256 = createHash('sha256').update(content).digest('hex')) {
  return { revisionType: 'AppSpecContent' as const, appSpecContent: { content, sha256 } };
}

const target = { applicationName: BLUE_GREEN.application, deploymentGroupName: BLUE_GREEN.group };

async function deploymentInfo(id: string): Promise<DeploymentInfo> {
  return (await codedeploy.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo!;
}

async function until(id: string, statuses: string[], timeoutMs = 20_000): Promise<DeploymentInfo> {
  return waitFor(async () => {
    const info = await deploymentInfo(id);
    return statuses.includes(info.status!) && info;
  }, timeoutMs);
}

describe('CodeDeploy API errors', () => {
  it('names a missing application, group, deployment config and deployment as CodeDeploy does', async () => {
    await start();
    const app = await rejection(
      codedeploy.send(new GetDeploymentGroupCommand({ ...target, applicationName: 'nope' })),
    );
    expect([app.name, app.message]).toEqual([
      'ApplicationDoesNotExistException',
      'No application found for name: nope',
    ]);
    const group = await rejection(
      codedeploy.send(new GetDeploymentGroupCommand({ ...target, deploymentGroupName: 'nope' })),
    );
    expect([group.name, group.message]).toEqual([
      'DeploymentGroupDoesNotExistException',
      'No Deployment Group found for name: nope',
    ]);
    const arn = await registerImage(ecs, 'idp', 'public.ecr.aws/a1b2c3d4/idp:v2');
    const config = await rejection(
      codedeploy.send(
        new CreateDeploymentCommand({
          ...target,
          revision: revision(appSpecYaml(arn)),
          deploymentConfigName: 'Mine',
        }),
      ),
    );
    expect(config.name).toBe('DeploymentConfigDoesNotExistException');
    const server = await rejection(
      codedeploy.send(
        new CreateDeploymentCommand({
          ...target,
          revision: revision(appSpecYaml(arn)),
          deploymentConfigName: 'CodeDeployDefault.OneAtATime',
        }),
      ),
    );
    expect(server.name).toBe('InvalidDeploymentConfigNameException');
    const badId = await rejection(codedeploy.send(new GetDeploymentCommand({ deploymentId: 'd-nope' })));
    expect(badId.name).toBe('InvalidDeploymentIdException');
    const missing = await rejection(
      codedeploy.send(new GetDeploymentCommand({ deploymentId: 'd-ABCDEF123' })),
    );
    expect(missing.name).toBe('DeploymentDoesNotExistException');
    expect(emu!.mutatingCalls()).toEqual([expect.objectContaining({ operation: 'RegisterTaskDefinition' })]);
  });

  it('refuses an AppSpec whose hash, task definition or container does not match', async () => {
    await start();
    const arn = await registerImage(ecs, 'idp', 'public.ecr.aws/a1b2c3d4/idp:v2');
    const send = (rev: ReturnType<typeof revision>) =>
      rejection(codedeploy.send(new CreateDeploymentCommand({ ...target, revision: rev })));
    expect((await send(revision(appSpecYaml(arn), 'ab'.repeat(32)))).name).toBe('InvalidRevisionException');
    expect((await send(revision(appSpecYaml(arn.replace(':2', ':9'))))).message).toMatch(/does not exist/);
    const wrongPort = appSpecYaml(arn).replace(`ContainerPort: ${BLUE_GREEN.port}`, 'ContainerPort: 81');
    expect((await send(revision(wrongPort))).message).toMatch(/has no port 81/);
    expect(emu!.state.regions['eu-west-3'].codeDeploy!.deployments).toEqual({});
  });

  it('answers GetApplication and refuses UpdateService of the revision of a CODE_DEPLOY service', async () => {
    await start();
    const app = await codedeploy.send(new GetApplicationCommand({ applicationName: BLUE_GREEN.application }));
    expect(app.application).toMatchObject({
      applicationName: BLUE_GREEN.application,
      computePlatform: 'ECS',
    });
    const update = await rejection(
      ecs.send(
        new UpdateServiceCommand({ cluster: CLUSTER, service: BLUE_GREEN.service, forceNewDeployment: true }),
      ),
    );
    expect([update.name, update.message]).toEqual([
      'InvalidParameterException',
      expect.stringContaining('CODE_DEPLOY deployment controller. Use AWS CodeDeploy'),
    ]);
    const svc = await describeService(ecs, BLUE_GREEN.external);
    expect(svc.deploymentController).toEqual({ type: 'EXTERNAL' });
  });
});

describe('a blue/green deployment', () => {
  it('creates the replacement task set, shifts traffic, deletes the original, then Succeeded', async () => {
    await start();
    const before = await describeService(ecs, BLUE_GREEN.service);
    expect(before.deploymentController).toEqual({ type: 'CODE_DEPLOY' });
    expect(before.taskSets).toEqual([expect.objectContaining({ status: 'PRIMARY' })]);
    const original = before.taskSets![0];
    const arn = await registerImage(ecs, 'idp', 'public.ecr.aws/a1b2c3d4/idp:v2');
    const { deploymentId } = await codedeploy.send(
      new CreateDeploymentCommand({ ...target, revision: revision(appSpecYaml(arn)), description: 'v2' }),
    );
    expect(deploymentId).toMatch(/^d-[A-Z0-9]{9}$/);
    // Created, then InProgress a moment later (how soon depends on the time scale).
    expect(['Created', 'InProgress']).toContain((await deploymentInfo(deploymentId!)).status);
    const group = await codedeploy.send(new GetDeploymentGroupCommand(target));
    expect(group.deploymentGroupInfo!.lastAttemptedDeployment).toMatchObject({ deploymentId });

    // One active deployment per group, and its id in the message.
    const second = await rejection(
      codedeploy.send(new CreateDeploymentCommand({ ...target, revision: revision(appSpecYaml(arn)) })),
    );
    expect([second.name, second.message]).toEqual([
      'DeploymentLimitExceededException',
      `The Deployment Group '${BLUE_GREEN.group}' already has an active Deployment '${deploymentId}'`,
    ]);

    const replacing = await waitFor(async () => {
      const svc = await describeService(ecs, BLUE_GREEN.service);
      return svc.taskSets?.length === 2 && svc;
    });
    expect(replacing.taskSets![1]).toMatchObject({
      status: 'ACTIVE',
      taskDefinition: arn,
      externalId: deploymentId,
    });
    expect((await deploymentInfo(deploymentId!)).status).toBe('InProgress');

    const done = await until(deploymentId!, ['Succeeded', 'Failed', 'Stopped']);
    expect(done).toMatchObject({
      status: 'Succeeded',
      creator: 'user',
      description: 'v2',
      computePlatform: 'ECS',
    });
    const after = await describeService(ecs, BLUE_GREEN.service);
    expect(after.taskDefinition).toBe(arn);
    expect(after.taskSets).toEqual([expect.objectContaining({ status: 'PRIMARY', taskDefinition: arn })]);
    expect(after.taskSets![0].id).not.toBe(original.id);
    const listed = await codedeploy.send(
      new ListDeploymentsCommand({ ...target, includeOnlyStatuses: ['Succeeded'] }),
    );
    expect(listed.deployments).toEqual([deploymentId]);
  });

  it('shifts traffic in steps by the deployment configuration', async () => {
    expect(trafficSteps({ kind: 'all' })).toEqual([[0, 100]]);
    expect(trafficSteps({ kind: 'canary', percent: 10, minutes: 5 })).toEqual([
      [0, 10],
      [300, 100],
    ]);
    const linear = trafficSteps({ kind: 'linear', percent: 10, minutes: 1 });
    expect(linear).toHaveLength(10);
    expect(linear.at(-1)).toEqual([540, 100]);

    await start({ deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes' });
    const arn = await registerImage(ecs, 'idp', 'public.ecr.aws/a1b2c3d4/idp:v2');
    const { deploymentId } = await codedeploy.send(
      new CreateDeploymentCommand({ ...target, revision: revision(appSpecYaml(arn)) }),
    );
    const record = () => emu!.state.regions['eu-west-3'].codeDeploy!.deployments[deploymentId!];
    await waitFor(async () => record().trafficPercent === 10);
    // The canary: the original task set still takes production traffic.
    expect((await describeService(ecs, BLUE_GREEN.service)).taskDefinition).not.toBe(arn);
    await waitFor(async () => record().trafficPercent === 100);
    expect((await until(deploymentId!, ['Succeeded'])).status).toBe('Succeeded');
  });
});

describe('a blue/green deployment that fails', () => {
  it('fails after an hour of unhealthy replacement tasks, with the reason, and leaves the original serving', async () => {
    await start({ timeScale: 0.0005 });
    const arn = await registerImage(ecs, 'idp', 'public.ecr.aws/a1b2c3d4/idp:v2-unhealthy');
    const { deploymentId } = await codedeploy.send(
      new CreateDeploymentCommand({ ...target, revision: revision(appSpecYaml(arn)) }),
    );
    const failed = await until(deploymentId!, ['Succeeded', 'Failed', 'Stopped']);
    expect(failed.status).toBe('Failed');
    expect(failed.errorInformation).toEqual({
      code: 'ECS_UPDATE_ERROR',
      message:
        'The deployment timed out while waiting for the replacement task set to become healthy. This time out period is 60 minutes.',
    });
    expect(failed.rollbackInfo).toBeUndefined();
    const svc = await describeService(ecs, BLUE_GREEN.service);
    expect(svc.taskDefinition).not.toBe(arn);
  });

  it('is rolled back by CodeDeploy when the group rolls back on failure', async () => {
    await start({ timeScale: 0.0005, autoRollback: true });
    const arn = await registerImage(ecs, 'idp', 'public.ecr.aws/a1b2c3d4/idp:v2-unhealthy');
    const { deploymentId } = await codedeploy.send(
      new CreateDeploymentCommand({ ...target, revision: revision(appSpecYaml(arn)) }),
    );
    const failed = await until(deploymentId!, ['Failed']);
    const rollbackId = failed.rollbackInfo!.rollbackDeploymentId!;
    const rollback = await until(rollbackId, ['Succeeded']);
    expect(rollback).toMatchObject({
      creator: 'codeDeployRollback',
      rollbackInfo: { rollbackTriggeringDeploymentId: deploymentId },
    });
    const svc = await describeService(ecs, BLUE_GREEN.service);
    expect(svc.taskSets).toEqual([
      expect.objectContaining({ status: 'PRIMARY', taskDefinition: expect.stringMatching(/idp:1$/) }),
    ]);
  });

  it('StopDeployment with autoRollbackEnabled stops it and rolls back; a finished one cannot be stopped', async () => {
    await start();
    const arn = await registerImage(ecs, 'idp', 'public.ecr.aws/a1b2c3d4/idp:v2-unhealthy');
    const { deploymentId } = await codedeploy.send(
      new CreateDeploymentCommand({ ...target, revision: revision(appSpecYaml(arn)) }),
    );
    await until(deploymentId!, ['InProgress']);
    await codedeploy.send(new StopDeploymentCommand({ deploymentId, autoRollbackEnabled: true }));
    const stopped = await deploymentInfo(deploymentId!);
    expect(stopped.status).toBe('Stopped');
    await until(stopped.rollbackInfo!.rollbackDeploymentId!, ['Succeeded']);
    const again = await rejection(codedeploy.send(new StopDeploymentCommand({ deploymentId })));
    expect(again.name).toBe('DeploymentAlreadyCompletedException');
  });
});
