import { startEmulator, type Emulator } from '../../emulator/index.js';
import { startAction, type ActionResult } from '../helpers/run-action.js';
import {
  CLUSTER,
  awsEnv,
  deploy,
  deployFile,
  imageOf,
  mutations,
  primary,
  expectNoLeaksInThisFile,
} from './helpers.js';

afterAll(expectNoLeaksInThisFile);

// Real parts: dist/ecs-deploy/index.js and dist/wait-healthy/index.js under Node 24, sent SIGINT or
// SIGTERM as the runner does when a step is cancelled, while they wait on the emulator (ECS +
// ELBv2, seed fixture). The `slow-start` image keeps the rollout IN_PROGRESS for a while.
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** Starts an action and sends `signal` once it prints `when`; resolves with its result and the time it took to stop. */
async function cancelWhen(
  started: ReturnType<typeof startAction>,
  output: { text: string },
  when: RegExp,
  signal: NodeJS.Signals,
): Promise<{ result: ActionResult; stopMs: number }> {
  const deadline = Date.now() + 30_000;
  while (!when.test(output.text)) {
    if (Date.now() > deadline) throw new Error(`the action never printed ${when}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const sent = Date.now();
  started.child.kill(signal);
  const result = await started.result;
  return { result, stopMs: Date.now() - sent };
}

describe('cancellation while waiting', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'ecs-deploy, %s: stops within 2 s with one error noting the deployment and its state, without rolling back',
    async (signal) => {
      const emu = (emulator = await startEmulator({ timeScale: 0.05 }));
      const name = 'idp';
      const { workspace, file } = deployFile(emu, name, { image: imageOf(name, 'v2-slow-start') });
      const output = { text: '' };
      const started = startAction('ecs-deploy', {
        inputs: {
          cluster: CLUSTER,
          'task-definition': file,
          service: name,
          'wait-for-service-stability': true,
        },
        env: awsEnv(emu),
        workspace,
        timeoutMs: 60_000,
        onOutput: (chunk) => (output.text += chunk),
      });
      const { result, stopMs } = await cancelWhen(started, output, /^status: /m, signal);
      const deployment = primary(emu, name);

      expect(stopMs).toBeLessThan(2_000);
      expect(result.code).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toContain(
        `Cancelled (${signal}) while waiting for deployment ${deployment.id} of service ${name}; it was `,
      );
      expect(result.errors[0]).toMatch(/rollout IN_PROGRESS/);
      expect(result.errors[0]).toContain('ECS carries on with the deployment');
      expect(result.errors[0]).toContain('Not rolled back: the step was cancelled');
      expect(result.outputs).toMatchObject({ 'deployment-id': deployment.id, 'rolled-back': 'false' });
      expect(result.summary).toContain(`Cancelled (${signal})`);
      expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
      // ECS goes on: the deployment the step started is still the service's PRIMARY one.
      expect(deployment.taskDefinition).toMatch(/idp:2$/);
    },
  );

  it('wait-healthy, SIGTERM: stops with a note of the deployment state and healthy=false', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.05 }));
    const name = 'web-ui-client';
    const { workspace, file } = deployFile(emu, name, { image: imageOf(name, 'v2-slow-start') });
    const started = await deploy(emu, { 'task-definition': file, service: name }, { workspace });
    expect(started.code).toBe(0);
    const output = { text: '' };
    const waiting = startAction('wait-healthy', {
      inputs: { cluster: CLUSTER, service: name, 'deployment-id': started.outputs['deployment-id'] },
      env: awsEnv(emu),
      timeoutMs: 60_000,
      onOutput: (chunk) => (output.text += chunk),
    });
    const { result, stopMs } = await cancelWhen(waiting, output, /^status: /m, 'SIGTERM');

    expect(stopMs).toBeLessThan(2_000);
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(
      `Cancelled (SIGTERM) while waiting for deployment ${started.outputs['deployment-id']} of service ${name}; it was `,
    );
    expect(result.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'false' });
    expect(result.summary).toContain('Cancelled (SIGTERM)');
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
  });

  it('the root action, SIGINT while waiting: stops within 2 s, notes the deployment state, healthy=false', async () => {
    const emu = (emulator = await startEmulator({ timeScale: 0.05 }));
    const name = 'sites-management-api';
    const { workspace, file } = deployFile(emu, name);
    const output = { text: '' };
    const started = startAction('pipeline', {
      inputs: {
        cluster: CLUSTER,
        'prebuilt-image': imageOf(name, 'v2-slow-start'),
        'task-definition': file,
        'container-name': name,
        service: name,
      },
      env: awsEnv(emu),
      workspace,
      timeoutMs: 60_000,
      onOutput: (chunk) => (output.text += chunk),
    });
    const { result, stopMs } = await cancelWhen(started, output, /^status: /m, 'SIGINT');
    const deployment = primary(emu, name);

    expect(stopMs).toBeLessThan(2_000);
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(
      `Cancelled (SIGINT) while waiting for deployment ${deployment.id} of service ${name}; it was `,
    );
    expect(result.outputs.healthy).toBe('false');
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
  });
});
