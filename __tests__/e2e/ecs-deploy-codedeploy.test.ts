/**
 * ecs-deploy on services whose deployment controller is not ECS.
 *
 * Real parts: the bundle dist/ecs-deploy/index.js run under Node 24 as the runner runs it (INPUT_*,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), the real AWS SDK (ECS and CodeDeploy clients), and the local
 * emulator over HTTP with the seed world plus a blue/green service `idp-bg`, its CodeDeploy
 * application and deployment group under aws-actions' default names, and an EXTERNAL service
 * (__tests__/helpers/codedeploy-world.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import {
  appSpecYaml,
  BLUE_GREEN,
  codeDeployFixture,
  type BlueGreenOptions,
} from '../helpers/codedeploy-world.js';
import { SEED } from '../helpers/emulator-clients.js';
import { runAction, type ActionResult } from '../helpers/run-action.js';

const arnOf = (revision: number) => `arn:aws:ecs:${SEED.region}:123456789012:task-definition/idp:${revision}`;

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: BlueGreenOptions & { timeScale?: number } = {}): Promise<Emulator> {
  emulator = await startEmulator({
    fixture: codeDeployFixture(options),
    timeScale: options.timeScale ?? 0.01,
  });
  return emulator;
}

/** A workspace with the idp task definition (another image) and an AppSpec at the default path. */
function workspace(emu: Emulator, image: string, appSpec = appSpecYaml()): string {
  const body = structuredClone(emu.state.regions[SEED.region].taskDefinitions.idp[0].body);
  body.containerDefinitions[0].image = image;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ecs-deploy-cd-'));
  writeFileSync(path.join(dir, 'task-definition.json'), JSON.stringify(body, null, 2));
  writeFileSync(path.join(dir, 'appspec.yaml'), appSpec);
  return dir;
}

function deploy(emu: Emulator, dir: string, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction('ecs-deploy', {
    inputs: {
      cluster: SEED.cluster,
      service: BLUE_GREEN.service,
      'task-definition': 'task-definition.json',
      'wait-for-service-stability': 'true',
      ...inputs,
    },
    env: { AWS_ENDPOINT_URL: emu.endpoint, AWS_REGION: SEED.region },
    workspace: dir,
    timeoutMs: 90_000,
  });
}

const service = (emu: Emulator, name: string = BLUE_GREEN.service) =>
  emu.state.regions[SEED.region].clusters[SEED.cluster].services[name];
const mutations = (emu: Emulator) => emu.mutatingCalls().map((call) => `${call.service}:${call.operation}`);

describe('ecs-deploy on a CODE_DEPLOY (blue/green) service', () => {
  it('registers the revision, creates one CodeDeploy deployment with it and follows it to Succeeded', async () => {
    const emu = await start();
    const run = await deploy(emu, workspace(emu, 'public.ecr.aws/a1b2c3d4/idp:v2'));
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const id = run.outputs['codedeploy-deployment-id'];
    expect(id).toMatch(/^d-[A-Z0-9]{9}$/);
    expect(run.outputs['task-definition-arn']).toBe(arnOf(2));
    expect(mutations(emu)).toEqual(['ecs:RegisterTaskDefinition', 'codedeploy:CreateDeployment']);
    const create = emu.calls.find((call) => call.operation === 'CreateDeployment')!.params as any;
    expect(create).toMatchObject({
      applicationName: BLUE_GREEN.application,
      deploymentGroupName: BLUE_GREEN.group,
    });
    expect(
      JSON.parse(create.revision.appSpecContent.content).Resources[0].TargetService.Properties.TaskDefinition,
    ).toBe(arnOf(2));
    // The service's task set switched: one PRIMARY set, of the new revision, started by CodeDeploy.
    expect(service(emu).deployments).toEqual([
      expect.objectContaining({ status: 'PRIMARY', taskDefinition: arnOf(2), externalId: id }),
    ]);
    expect(run.log).toContain(
      `https://console.aws.amazon.com/codesuite/codedeploy/deployments/${id}?region=${SEED.region}`,
    );
    expect(run.summary).toContain(`| CodeDeploy | [${id}]`);
  });

  it('fails with CodeDeploy reason when the replacement task set never becomes healthy, and says it was not rolled back', async () => {
    const emu = await start({ timeScale: 0.001 });
    const run = await deploy(emu, workspace(emu, 'public.ecr.aws/a1b2c3d4/idp:v2-unhealthy'));
    expect(run.code).toBe(1);
    const id = run.outputs['codedeploy-deployment-id'];
    expect(id).toMatch(/^d-/);
    expect(run.errors).toEqual([
      expect.stringContaining(
        `CodeDeploy deployment ${id} of idp:2 failed: The deployment timed out while waiting for the replacement task set to become healthy. This time out period is 60 minutes. (ECS_UPDATE_ERROR). Not rolled back: deployment group ${BLUE_GREEN.group} does not roll back on failure`,
      ),
    ]);
    expect(run.errors[0]).toContain('service idp-bg runs idp:1');
    expect(run.outputs['rolled-back']).toBe('false');
    expect(run.outputs['task-definition-arn']).toBe(arnOf(1));
    expect(service(emu).deployments[0]).toMatchObject({ status: 'PRIMARY', taskDefinition: arnOf(1) });
  });

  it('follows the rollback CodeDeploy makes when the group rolls back on failure', async () => {
    const emu = await start({ timeScale: 0.001, autoRollback: true });
    const run = await deploy(emu, workspace(emu, 'public.ecr.aws/a1b2c3d4/idp:v2-unhealthy'));
    expect(run.code).toBe(1);
    expect(run.errors[0]).toMatch(
      /failed: The deployment timed out .*\. CodeDeploy rolled the service back \(deployment d-[A-Z0-9]{9}\), which succeeded: service idp-bg runs idp:1/,
    );
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.outputs['task-definition-arn']).toBe(arnOf(1));
    // No deployment of the old revision by the action: CodeDeploy did the rollback.
    expect(mutations(emu)).toEqual(['ecs:RegisterTaskDefinition', 'codedeploy:CreateDeployment']);
    expect(service(emu).deployments).toEqual([
      expect.objectContaining({ status: 'PRIMARY', taskDefinition: arnOf(1) }),
    ]);
  });

  it('refuses an AppSpec whose container port is not in the task definition before any change, with its line', async () => {
    const emu = await start();
    const spec = appSpecYaml().replace(`ContainerPort: ${BLUE_GREEN.port}`, 'ContainerPort: 80');
    const run = await deploy(emu, workspace(emu, 'public.ecr.aws/a1b2c3d4/idp:v2', spec));
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "Input 'codedeploy-appspec': appspec.yaml:9: LoadBalancerInfo.ContainerPort 80 is not a container port of 'idp' (8080)",
    ]);
    expect(mutations(emu)).toEqual([]);
  });

  it('names the input of a deployment group that does not exist, before any change', async () => {
    const emu = await start();
    const run = await deploy(emu, workspace(emu, 'public.ecr.aws/a1b2c3d4/idp:v2'), {
      'codedeploy-deployment-group': 'nope',
    });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      `Input 'codedeploy-deployment-group': CodeDeploy application '${BLUE_GREEN.application}' has no deployment group 'nope'. Check the name`,
    ]);
    expect(mutations(emu)).toEqual([]);
  });
});

describe('a CreateDeployment whose answer is lost', () => {
  it('is made once: the deployment CodeDeploy created is found and followed', async () => {
    const emu = await start();
    emu.setFaults([
      { kind: 'lose-response', rate: 1, service: 'codedeploy', operations: ['CreateDeployment'] },
    ]);
    const run = await deploy(emu, workspace(emu, 'public.ecr.aws/a1b2c3d4/idp:v2'));
    expect(run.errors).toEqual([]);
    const created = emu.calls.filter((call) => call.operation === 'CreateDeployment');
    expect(created.map((call) => call.error)).toEqual(['ResponseLost']);
    const id = run.outputs['codedeploy-deployment-id'];
    expect(run.log).toContain(`CodeDeploy had created deployment ${id} before its answer was lost; using it`);
    expect(service(emu).deployments).toEqual([
      expect.objectContaining({ status: 'PRIMARY', taskDefinition: arnOf(2) }),
    ]);
  });
});

describe('ecs-deploy on an EXTERNAL service', () => {
  it('fails with one error before any change', async () => {
    const emu = await start();
    const run = await deploy(emu, workspace(emu, 'public.ecr.aws/a1b2c3d4/idp:v2'), {
      service: BLUE_GREEN.external,
    });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      expect.stringContaining(
        `Input 'service': service '${BLUE_GREEN.external}' uses the EXTERNAL deployment controller`,
      ),
    ]);
    expect(mutations(emu)).toEqual([]);
  });
});
