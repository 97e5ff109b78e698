import { readFileSync } from 'node:fs';
import { SEED_FIXTURE_PATH, startEmulator, type Emulator, type Fixture } from '../../emulator/index.js';
import { startAction, type ActionResult } from '../helpers/run-action.js';
import {
  CLUSTER,
  REGION,
  arnOf,
  awsEnv,
  deployFile,
  expectNoLeaksInThisFile,
  imageOf,
  mutations,
  primary,
  revisions,
  type ServiceName,
} from './helpers.js';

afterAll(expectNoLeaksInThisFile);

// Issue 12, defect 4: a signal that arrives while a mutating call is in flight. Real parts:
// dist/ecs-deploy/index.js under Node 24, sent SIGTERM as the runner does when a step is cancelled,
// while the emulator (ECS + ELBv2, seed fixture) holds RegisterTaskDefinition or UpdateService
// back with its `latency` fault. The signal is sent once the emulator has received the call (an
// event, not a sleep), so it always lands while the call is in flight. After it: no further
// mutating call, one error saying what was done, and the outputs known so far.
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const HOLD_MS = 1_500;

/** Resolves once the emulator has received the `nth` call of `operation` (answered or not). */
async function received(emu: Emulator, operation: string, nth = 1): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (emu.calls.filter((call) => call.operation === operation).length < nth) {
    if (Date.now() > deadline) throw new Error(`the emulator never received ${operation} #${nth}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function startDeploy(
  emu: Emulator,
  name: ServiceName,
  image: string,
  extra: Record<string, string> = {},
): { started: ReturnType<typeof startAction> } {
  const { workspace, file } = deployFile(emu, name, { image });
  const started = startAction('ecs-deploy', {
    inputs: {
      cluster: CLUSTER,
      'task-definition': file,
      service: name,
      'wait-for-service-stability': true,
      ...extra,
    },
    env: awsEnv(emu),
    workspace,
    timeoutMs: 90_000,
  });
  return { started };
}

async function sigterm(started: ReturnType<typeof startAction>): Promise<ActionResult> {
  started.child.kill('SIGTERM');
  return started.result;
}

describe('cancellation while a change is in flight', () => {
  it('SIGTERM during RegisterTaskDefinition: the revision is registered, UpdateService is never sent', async () => {
    const name: ServiceName = 'idp';
    const emu = (emulator = await startEmulator({
      timeScale: 0.05,
      faults: [{ kind: 'latency', rate: 1, operations: ['RegisterTaskDefinition'], latencyMs: HOLD_MS }],
    }));
    const { started } = startDeploy(emu, name, imageOf(name, 'v2'));
    await received(emu, 'RegisterTaskDefinition');
    const result = await sigterm(started);

    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      `Cancelled (SIGTERM) after registering ${name}:2; service ${name} was not updated`,
    ]);
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition']);
    expect(revisions(emu, name)).toHaveLength(2);
    expect(primary(emu, name).taskDefinition).toBe(arnOf(name, 1));
    expect(result.outputs).toEqual({
      'task-definition-arn': arnOf(name, 2),
      'previous-task-definition-arn': arnOf(name, 1),
      'deployment-id': '',
      registered: 'true',
      'rolled-back': 'false',
      'codedeploy-deployment-id': '',
      'run-task-arn': '',
    });
    expect(result.summary).toContain(`Cancelled (SIGTERM) after registering ${name}:2`);
  });

  it('SIGTERM during UpdateService: the deployment it started is reported, nothing waits or rolls back', async () => {
    const name: ServiceName = 'web-ui-client';
    const emu = (emulator = await startEmulator({
      timeScale: 0.05,
      faults: [{ kind: 'latency', rate: 1, operations: ['UpdateService'], latencyMs: HOLD_MS }],
    }));
    const { started } = startDeploy(emu, name, imageOf(name, 'v2'));
    await received(emu, 'UpdateService');
    const result = await sigterm(started);
    const deployment = primary(emu, name);

    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      `Cancelled (SIGTERM) after registering ${name}:2 and updating service ${name} (deployment ${deployment.id}); not waiting for it. ECS carries on with the deployment`,
    ]);
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    expect(deployment.taskDefinition).toBe(arnOf(name, 2));
    expect(result.outputs).toEqual({
      'task-definition-arn': arnOf(name, 2),
      'previous-task-definition-arn': arnOf(name, 1),
      'deployment-id': deployment.id,
      registered: 'true',
      'rolled-back': 'false',
      'codedeploy-deployment-id': '',
      'run-task-arn': '',
    });
    expect(result.summary).toContain(deployment.id);
  });

  it("SIGTERM during the rollback's UpdateService: the rollback is reported as made, nothing more is sent", async () => {
    const name: ServiceName = 'intrusion-management-api';
    const fixture = JSON.parse(readFileSync(SEED_FIXTURE_PATH, 'utf8')) as Fixture;
    const spec = fixture.regions![REGION].services!.find((s) => s.serviceName === name)!;
    // Circuit breaker off, so the rollback is the action's own UpdateService.
    spec.deploymentConfiguration = {
      ...spec.deploymentConfiguration,
      deploymentCircuitBreaker: { enable: false, rollback: false },
    };
    const emu = (emulator = await startEmulator({ fixture, timeScale: 0.05 }));
    const { started } = startDeploy(emu, name, imageOf(name, 'crash-v2'), { 'wait-for-minutes': '5' });
    await received(emu, 'UpdateService');
    // Only the rollback's UpdateService (the second one) is held back.
    emu.setFaults([{ kind: 'latency', rate: 1, operations: ['UpdateService'], latencyMs: HOLD_MS }]);
    await received(emu, 'UpdateService', 2);
    const result = await sigterm(started);
    const deployment = primary(emu, name);

    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(new RegExp(`^Deployment \\S+ of ${name}:2 did not become healthy: `));
    expect(result.errors[0]).toContain(
      `Cancelled (SIGTERM) after rolling back to ${name}:1 (deployment ${deployment.id}); not waiting for it. ECS carries on with the rollback`,
    );
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService', 'UpdateService']);
    expect(deployment.taskDefinition).toBe(arnOf(name, 1));
    expect(result.outputs).toMatchObject({
      'task-definition-arn': arnOf(name, 1),
      'previous-task-definition-arn': arnOf(name, 1),
      registered: 'true',
      'rolled-back': 'true',
    });
    expect(result.outputs['deployment-id']).toMatch(/^ecs-svc\//);
  });
});
