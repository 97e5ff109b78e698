import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { runAction, type ActionResult } from '../helpers/run-action.js';

// Real parts: the bundle dist/ecs-deploy/index.js run under Node 24 as the runner runs it, the
// real AWS SDK, and the local emulator (ECS RunTask, DescribeTasks, UpdateService) with its seed:
// service human-detection in cluster intrusion-detection (eu-west-3) runs human-detection:1 on
// Fargate in two subnets; its container logs to awslogs group /ecs/human-detection, prefix ecs.
const REGION = 'eu-west-3';
const CLUSTER = 'intrusion-detection';
const SERVICE = 'human-detection';
const ACCOUNT = '123456789012';
const IMAGE_V2 = 'public.ecr.aws/a1b2c3d4/human-detection:v2';
const arnOf = (revision: number) => `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${SERVICE}:${revision}`;
const MIGRATE = '[{"name":"human-detection","command":["npm","run","migrate"]}]';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(): Promise<Emulator> {
  emulator = await startEmulator({ timeScale: 0.01 });
  return emulator;
}

function workspaceWithV2(emu: Emulator): string {
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions[SERVICE][0].body);
  body.containerDefinitions[0].image = IMAGE_V2;
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'ecs-deploy-run-task-'));
  writeFileSync(path.join(workspace, 'task-definition.json'), JSON.stringify(body, null, 2));
  return workspace;
}

function deploy(emu: Emulator, inputs: Record<string, string | boolean>): Promise<ActionResult> {
  return runAction('ecs-deploy', {
    inputs: { cluster: CLUSTER, service: SERVICE, 'task-definition': 'task-definition.json', ...inputs },
    env: { AWS_ENDPOINT_URL: emu.endpoint, AWS_REGION: REGION, GITHUB_SHA: '0'.repeat(40) },
    workspace: workspaceWithV2(emu),
    timeoutMs: 90_000,
  });
}

const mutations = (emu: Emulator) => emu.mutatingCalls().map((call) => call.operation);
const runTaskCall = (emu: Emulator) => emu.calls.find((call) => call.operation === 'RunTask')!.params as any;
const service = (emu: Emulator) => emu.state.regions[REGION].clusters[CLUSTER].services[SERVICE];

describe('ecs-deploy run-task against the emulator', () => {
  it('runs the migration before the deploy, waits for it, then updates the service', async () => {
    const emu = await start();
    emu.setImageBehaviour(IMAGE_V2, 'exit', { exit: { exitCode: 0 }, scope: 'run-task' });
    const result = await deploy(emu, {
      'run-task': true,
      'wait-for-task-stopped': true,
      'run-task-container-overrides': MIGRATE,
      'wait-for-service-stability': true,
    });

    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'RunTask', 'UpdateService']);
    const call = runTaskCall(emu);
    expect(call).toMatchObject({
      cluster: CLUSTER,
      taskDefinition: arnOf(2),
      startedBy: 'GitHub-Actions',
      launchType: 'FARGATE',
      count: 1,
      overrides: { containerOverrides: JSON.parse(MIGRATE) },
      // The service's own networking, since none was given.
      networkConfiguration: service(emu).networkConfiguration,
    });
    expect(call.clientToken).toMatch(/^[0-9a-f-]{36}$/);
    const tasks = JSON.parse(result.outputs['run-task-arn']);
    expect(tasks).toHaveLength(1);
    const task = emu.state.regions[REGION].tasks[tasks[0]];
    expect(task).toMatchObject({ lastStatus: 'STOPPED', startedBy: 'GitHub-Actions' });
    expect(task.containers[0].exitCode).toBe(0);
    // The migration had stopped before UpdateService was sent.
    const updateAt = emu.calls.find((c) => c.operation === 'UpdateService')!.at;
    expect(task.stoppedAt!).toBeLessThanOrEqual(updateAt);
    expect(service(emu).deployments[0].taskDefinition).toBe(arnOf(2));
    expect(result.outputs['task-definition-arn']).toBe(arnOf(2));
    expect(result.summary).toContain(tasks[0].split('/').pop());
  });

  it('fails on a non-zero exit with the exit code, reason and logs link, and leaves the service on its revision', async () => {
    const emu = await start();
    emu.setImageBehaviour(IMAGE_V2, 'exit', {
      exit: { exitCode: 3, reason: 'migration 0042 failed' },
      scope: 'run-task',
    });
    const result = await deploy(emu, {
      'run-task': true,
      'wait-for-task-stopped': true,
      'run-task-container-overrides': MIGRATE,
    });

    expect(result.code).toBe(1);
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'RunTask']);
    expect(service(emu).deployments.map((d) => d.taskDefinition)).toEqual([arnOf(1)]);
    const [taskArn] = JSON.parse(result.outputs['run-task-arn']);
    const id = taskArn.split('/').pop();
    expect(result.errors).toHaveLength(1);
    const error = result.errors[0];
    expect(error).toContain(
      `Registered ${SERVICE}:2 and started one-off task ${id}, then: One-off task ${id} failed`,
    );
    expect(error).toContain(`service ${SERVICE} was not updated (it still runs ${SERVICE}:1)`);
    expect(error).toContain('stopped [EssentialContainerExited]: Essential container in task exited');
    expect(error).toContain(
      'essential container human-detection exited with code 3, reason: migration 0042 failed',
    );
    expect(error).toContain(
      `logs: https://${REGION}.console.aws.amazon.com/cloudwatch/home?region=${REGION}#logsV2:log-groups/log-group/$252Fecs$252Fhuman-detection/log-events/ecs$252Fhuman-detection$252F${id}`,
    );
  });

  it('without wait-for-task-stopped starts the task and updates the service without waiting for it', async () => {
    const emu = await start();
    const result = await deploy(emu, {
      'run-task': true,
      'run-task-tags': '[{"key":"purpose","value":"migration"}]',
    });

    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'RunTask', 'UpdateService']);
    expect(runTaskCall(emu).tags).toEqual([{ key: 'purpose', value: 'migration' }]);
    const [taskArn] = JSON.parse(result.outputs['run-task-arn']);
    expect(emu.state.regions[REGION].tasks[taskArn].desiredStatus).toBe('RUNNING');
    expect(emu.calls.some((c) => c.operation === 'DescribeTasks')).toBe(false);
  });

  it('plans the one-off task in a dry run and starts none', async () => {
    const emu = await start();
    const result = await deploy(emu, {
      'run-task': true,
      'run-task-container-overrides': MIGRATE,
      'wait-for-task-stopped': true,
      'dry-run': true,
    });

    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(mutations(emu)).toEqual([]);
    expect(result.log).toContain('one-off task, before the service update (run-task):');
    expect(result.log).toContain(
      'run the new revision once (startedBy GitHub-Actions) on launch type FARGATE, wait until it stops, and update the service only if its essential containers exit 0',
    );
    expect(result.log).toContain("networking: service human-detection's subnets and security groups");
    expect(result.log).toContain('override container human-detection: command ["npm","run","migrate"]');
    expect(result.outputs['run-task-arn']).toBe('');
  });

  it('refuses a bad input before any change', async () => {
    const emu = await start();
    const result = await deploy(emu, {
      'run-task': true,
      'run-task-container-overrides': '[{"name":"migrations","command":["migrate"]}]',
    });

    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      `Input 'run-task-container-overrides': item 1: container 'migrations' is not in task definition ${SERVICE}. Use one of: ${SERVICE}`,
    ]);
    expect(mutations(emu)).toEqual([]);
    expect(result.outputs['run-task-arn'] ?? '').toBe('');
  });
});
