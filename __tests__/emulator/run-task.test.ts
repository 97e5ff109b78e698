import {
  DescribeTasksCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  UpdateServiceCommand,
  type RunTaskCommandInput,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { CLUSTER, clients, describeService, rejection, waitFor } from './helpers.js';

// Real parts: the emulator over HTTP and the real SDK's ECS client. The seed's human-detection:1
// is a Fargate awsvpc task definition with one essential container logging to awslogs.
let emu: Emulator;
let ecs: ReturnType<typeof clients>['ecs'];
const SUBNET = 'subnet-0a1b2c3d4e5f60718';
const network = { awsvpcConfiguration: { subnets: [SUBNET], securityGroups: ['sg-0humandetecsg'] } };
const base: RunTaskCommandInput = {
  cluster: CLUSTER,
  taskDefinition: 'human-detection:1',
  launchType: 'FARGATE',
  networkConfiguration: network,
};

beforeAll(async () => {
  emu = await startEmulator({ timeScale: 0.002, seed: 11 });
  ({ ecs } = clients(emu));
});
afterAll(async () => {
  await emu.close();
});

async function stopped(arn: string) {
  return waitFor(async () => {
    const out = await ecs.send(new DescribeTasksCommand({ cluster: CLUSTER, tasks: [arn] }));
    const task = out.tasks?.[0];
    return task?.lastStatus === 'STOPPED' ? task : undefined;
  });
}

describe('RunTask', () => {
  it('starts a standalone task that runs PROVISIONING -> PENDING -> RUNNING with its startedBy, group, overrides and tags', async () => {
    const out = await ecs.send(
      new RunTaskCommand({
        ...base,
        startedBy: 'GitHub-Actions',
        overrides: { containerOverrides: [{ name: 'human-detection', command: ['migrate'] }] },
        tags: [{ key: 'purpose', value: 'migration' }],
      }),
    );
    expect(out.failures).toEqual([]);
    const task = out.tasks![0];
    expect(task).toMatchObject({
      lastStatus: 'PROVISIONING',
      desiredStatus: 'RUNNING',
      startedBy: 'GitHub-Actions',
      group: 'family:human-detection',
      launchType: 'FARGATE',
      tags: [{ key: 'purpose', value: 'migration' }],
      overrides: { containerOverrides: [{ name: 'human-detection', command: ['migrate'] }] },
    });
    const seen = new Set<string>();
    await waitFor(async () => {
      const now = await ecs.send(new DescribeTasksCommand({ cluster: CLUSTER, tasks: [task.taskArn!] }));
      seen.add(now.tasks![0].lastStatus!);
      return now.tasks![0].lastStatus === 'RUNNING';
    });
    expect(seen.has('RUNNING')).toBe(true);
    const listed = await ecs.send(new ListTasksCommand({ cluster: CLUSTER, startedBy: 'GitHub-Actions' }));
    expect(listed.taskArns).toContain(task.taskArn);
  });

  it('plays a chosen exit code and reason, and DescribeTasks answers as ECS does for a stopped task', async () => {
    await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'migrate-exit',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [
          { name: 'migrate', image: 'public.ecr.aws/a1b2c3d4/migrate:exit3', essential: true },
          { name: 'sidecar', image: 'public.ecr.aws/a1b2c3d4/sidecar:v1', essential: false },
        ],
      }),
    );
    emu.setImageBehaviour('migrate:exit3', 'exit', {
      exit: { exitCode: 3, reason: 'migration 0042 failed' },
      scope: 'run-task',
    });
    const out = await ecs.send(new RunTaskCommand({ ...base, taskDefinition: 'migrate-exit' }));
    const task = await stopped(out.tasks![0].taskArn!);
    expect(task).toMatchObject({
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
      desiredStatus: 'STOPPED',
    });
    expect(task.containers!.map((c) => [c.name, c.exitCode, c.reason])).toEqual([
      ['migrate', 3, 'migration 0042 failed'],
      ['sidecar', 137, undefined],
    ]);
    expect(task.stoppedAt).toBeInstanceOf(Date);
  });

  it('a rule scoped to run-task leaves a service task of the same image alone', async () => {
    emu.setImageBehaviour('human-detection:v1', 'exit', { exit: { exitCode: 0 }, scope: 'run-task' });
    const out = await ecs.send(new RunTaskCommand(base));
    const task = await stopped(out.tasks![0].taskArn!);
    expect(task.containers![0].exitCode).toBe(0);
    // A new deployment starts service tasks of the same image after the rule: they stay up.
    const updated = await ecs.send(
      new UpdateServiceCommand({ cluster: CLUSTER, service: 'human-detection', forceNewDeployment: true }),
    );
    const id = updated.service!.deployments!.find((d) => d.status === 'PRIMARY')!.id;
    const done = await waitFor(async () => {
      const d = (await describeService(ecs, 'human-detection')).deployments!.find((x) => x.id === id);
      return d?.rolloutState === 'COMPLETED' ? d : undefined;
    });
    expect(done.failedTasks).toBe(0);
    emu.resetImageBehaviours();
  });

  it("answers a repeat with the same clientToken with the first call's task, and a changed repeat with ConflictException", async () => {
    const first = await ecs.send(new RunTaskCommand({ ...base, clientToken: 'token-1' }));
    const again = await ecs.send(new RunTaskCommand({ ...base, clientToken: 'token-1' }));
    expect(again.tasks!.map((t) => t.taskArn)).toEqual(first.tasks!.map((t) => t.taskArn));
    const conflict = await rejection(
      ecs.send(new RunTaskCommand({ ...base, clientToken: 'token-1', startedBy: 'other' })),
    );
    expect(conflict.name).toBe('ConflictException');
    expect(
      emu
        .mutatingCalls()
        .filter((c) => c.operation === 'RunTask' && (c.params as any).clientToken === 'token-1'),
    ).toHaveLength(2);
  });

  it.each([
    [
      'a launch type and a capacity provider strategy',
      { capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT' }] },
      'Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
    ],
    [
      'no network configuration for an awsvpc task definition',
      { networkConfiguration: undefined },
      "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
    ],
    [
      'a subnet that does not exist',
      { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0000000000000dead'] } } },
      "Error retrieving subnet information for [subnet-0000000000000dead]: The subnet ID 'subnet-0000000000000dead' does not exist (ErrorCode: InvalidSubnetID.NotFound)",
    ],
    [
      'an override of a container the task definition does not have',
      { overrides: { containerOverrides: [{ name: 'nope' }] } },
      'Override for container named nope is not a container in the TaskDefinition.',
    ],
    [
      'a startedBy with a space',
      { startedBy: 'GitHub Actions' },
      'startedBy may contain up to 128 letters (uppercase and lowercase), numbers, hyphens, forward slashes and underscores.',
    ],
    [
      'a tag without a key',
      { tags: [{ key: '', value: 'x' }] },
      'Tag keys must be 1 to 128 characters long.',
    ],
    [
      'a clientToken with a space',
      { clientToken: 'a b' },
      'clientToken must be 1 to 64 ASCII characters from 33 to 126.',
    ],
  ])('refuses %s with InvalidParameterException, starting nothing', async (_what, change, message) => {
    const before = Object.keys(emu.state.regions['eu-west-3'].tasks).length;
    const error = await rejection(
      ecs.send(new RunTaskCommand({ ...base, ...change } as RunTaskCommandInput)),
    );
    expect([error.name, error.message]).toEqual(['InvalidParameterException', message]);
    expect(Object.keys(emu.state.regions['eu-west-3'].tasks).length).toBe(before);
  });

  it('reports a failure, not an error, for the EC2 launch type: the cluster has no container instances', async () => {
    const out = await ecs.send(new RunTaskCommand({ ...base, launchType: 'EC2' }));
    expect(out.tasks).toEqual([]);
    expect(out.failures).toEqual([{ reason: 'No Container Instances were found in your cluster.' }]);
  });
});
