import { startEmulator, type Emulator, type FaultRule } from '../../emulator/index.js';
import {
  arnOf,
  callSeen,
  deploy,
  deployFile,
  imageOf,
  mutations,
  pipeline,
  primary,
  revisions,
  service,
  type ServiceName,
  expectNoLeaksInThisFile,
} from './helpers.js';

afterAll(expectNoLeaksInThisFile);
import { recordFigure } from './figures.js';

// Real parts: dist/ecs-deploy/index.js (register → UpdateService → wait → roll back) under Node 24,
// the AWS SDK's adaptive retry mode with the factory's 8 attempts, and the emulator refusing a
// seeded share of requests (throttling, 5xx, dropped connections) before processing them.
const FLAKY: FaultRule[] = [
  { kind: 'throttle', rate: 0.3 },
  { kind: 'internal', rate: 0.1 },
];
const DROPPING: FaultRule[] = [{ kind: 'drop', rate: 0.3 }];
const SEEDS = [1, 2, 3, 4];

// Tests run concurrently (each has its own emulator): most of their time is the SDK's backoff.
const emulators: Emulator[] = [];
afterAll(async () => {
  await Promise.all(emulators.splice(0).map((emu) => emu.close()));
});

async function start(seed: number, faults: FaultRule[] = []): Promise<Emulator> {
  const emu = await startEmulator({ seed, faults, timeScale: 0.01 });
  emulators.push(emu);
  return emu;
}

/** Requests the emulator refused by a fault rule (throttled, 5xx, or the connection dropped). */
function faultsInjected(emu: Emulator): number {
  return emu.calls.filter((call) =>
    ['ThrottlingException', 'Throttling', 'ServerException', 'InternalFailure', 'ConnectionDropped'].includes(
      call.error ?? '',
    ),
  ).length;
}

/** A full deploy (register, update, wait until healthy) of a new image through the faults. */
async function fullDeploy(emu: Emulator, name: ServiceName, tag: string) {
  const { workspace, file } = deployFile(emu, name, { image: imageOf(name, tag) });
  return deploy(
    emu,
    { 'task-definition': file, service: name, 'wait-for-service-stability': true, 'wait-for-minutes': 2 },
    { workspace },
  );
}

describe('faults: a deploy through a flaky AWS', () => {
  it.concurrent.each(SEEDS)(
    '30%% throttling + 10%% 5xx (seed %i): healthy, exactly one revision registered and one deployment started',
    async (seed) => {
      const emu = await start(seed, FLAKY);
      const name: ServiceName = 'web-ui-client';
      const before = primary(emu, name).id;
      const result = await fullDeploy(emu, name, `v2-seed${seed}`);

      expect(result.errors).toEqual([]);
      expect(result.code).toBe(0);
      expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
      expect(revisions(emu, name)).toHaveLength(2);
      const deployments = service(emu, name).serviceDeployments.filter((d) => d.deploymentId !== before);
      expect(deployments).toHaveLength(1);
      expect(primary(emu, name)).toMatchObject({
        id: result.outputs['deployment-id'],
        taskDefinition: arnOf(name, 2),
        rolloutState: 'COMPLETED',
      });
      const injected = faultsInjected(emu);
      expect(injected).toBeGreaterThan(0);
      recordFigure('faults', {
        scenario: 'throttling 30% + 5xx 10%',
        seed,
        requests: emu.calls.length,
        injected,
        survived: true,
      });
    },
  );

  it.concurrent.each(SEEDS)(
    '30%% dropped connections (seed %i): healthy, exactly one revision registered and one deployment started',
    async (seed) => {
      const emu = await start(seed, DROPPING);
      const name: ServiceName = 'sites-management-api';
      const before = primary(emu, name).id;
      const result = await fullDeploy(emu, name, `v2-seed${seed}`);

      expect(result.errors).toEqual([]);
      expect(result.code).toBe(0);
      expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
      expect(revisions(emu, name)).toHaveLength(2);
      expect(service(emu, name).serviceDeployments.filter((d) => d.deploymentId !== before)).toHaveLength(1);
      expect(primary(emu, name)).toMatchObject({ taskDefinition: arnOf(name, 2), rolloutState: 'COMPLETED' });
      const injected = faultsInjected(emu);
      expect(injected).toBeGreaterThan(0);
      recordFigure('faults', {
        scenario: 'dropped connections 30%',
        seed,
        requests: emu.calls.length,
        injected,
        survived: true,
      });
    },
  );
});

describe('faults: the root action through a flaky AWS', () => {
  const SCENARIOS: [string, number, FaultRule[]][] = [
    ['30% throttling + 10% 5xx', 11, FLAKY],
    ['30% throttling + 10% 5xx', 12, FLAKY],
    ['30% dropped connections', 13, DROPPING],
    ['30% dropped connections', 14, DROPPING],
  ];
  it.concurrent.each(SCENARIOS)(
    '%s (seed %i): render → deploy → wait is healthy with one revision and one deployment',
    async (scenario, seed, faults) => {
      const emu = await start(seed, faults);
      const name: ServiceName = 'web-ui-client';
      const before = primary(emu, name).id;
      const { workspace, file } = deployFile(emu, name);
      const result = await pipeline(
        emu,
        {
          'prebuilt-image': imageOf(name, `v2-seed${seed}`),
          'task-definition': file,
          'container-name': name,
          service: name,
          'wait-for-minutes': 2,
        },
        { workspace },
      );

      expect(result.errors).toEqual([]);
      expect(result.code).toBe(0);
      expect(result.outputs).toMatchObject({ healthy: 'true', 'task-definition-arn': arnOf(name, 2) });
      expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
      expect(revisions(emu, name)).toHaveLength(2);
      expect(service(emu, name).serviceDeployments.filter((d) => d.deploymentId !== before)).toHaveLength(1);
      expect(primary(emu, name)).toMatchObject({
        id: result.outputs['deployment-id'],
        rolloutState: 'COMPLETED',
      });
      const injected = faultsInjected(emu);
      expect(injected).toBeGreaterThan(0);
      recordFigure('faults', {
        scenario: `root action, ${scenario}`,
        seed,
        requests: emu.calls.length,
        injected,
        survived: true,
      });
    },
  );

  it('AWS down (every request 5xx): the root action fails in its preflight with one error and changes nothing', async () => {
    const emu = await start(15, [{ kind: 'internal', rate: 1 }]);
    const name: ServiceName = 'web-ui-client';
    const { workspace, file } = deployFile(emu, name);
    const result = await pipeline(
      emu,
      {
        'prebuilt-image': imageOf(name, 'v2'),
        'task-definition': file,
        'container-name': name,
        service: name,
      },
      { workspace },
    );
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/ServerException/);
    expect(result.durationMs).toBeLessThan(45_000);
    expect(mutations(emu)).toEqual([]);
    expect(primary(emu, name)).toMatchObject({ taskDefinition: arnOf(name, 1), rolloutState: 'COMPLETED' });
    recordFigure('outage', {
      scenario: 'root action, every request answered 5xx',
      requests: emu.calls.length,
      injected: faultsInjected(emu),
      failedCleanly: true,
      seconds: +(result.durationMs / 1000).toFixed(1),
    });
  });
});

describe('faults: the mutating calls themselves fail most of the time', () => {
  it.concurrent.each(SEEDS)(
    '60%% 5xx on RegisterTaskDefinition and UpdateService (seed %i): retried to exactly one revision and one deployment',
    async (seed) => {
      const emu = await start(seed, [
        { kind: 'internal', rate: 0.6, operations: ['RegisterTaskDefinition', 'UpdateService'] },
      ]);
      const name: ServiceName = 'human-detection';
      const before = primary(emu, name).id;
      const result = await fullDeploy(emu, name, `v2-seed${seed}`);

      expect(result.errors).toEqual([]);
      expect(result.code).toBe(0);
      expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
      expect(revisions(emu, name)).toHaveLength(2);
      expect(service(emu, name).serviceDeployments.filter((d) => d.deploymentId !== before)).toHaveLength(1);
      const injected = faultsInjected(emu);
      recordFigure('faults', {
        scenario: '5xx 60% on the mutating calls',
        seed,
        requests: emu.calls.length,
        injected,
        survived: true,
      });
    },
  );
});

describe('faults: AWS stays down', () => {
  const OUTAGES: [string, FaultRule[], RegExp][] = [
    ['every request answered 5xx', [{ kind: 'internal', rate: 1 }], /ServerException/],
    ['every connection dropped', [{ kind: 'drop', rate: 1 }], /socket hang up|ECONNRESET|ECONNREFUSED/i],
  ];

  it.concurrent.each(OUTAGES)(
    '%s: the step fails within its limit with one clear error, changes nothing, the service runs its previous revision',
    async (scenario, faults, cause) => {
      const emu = await start(7, faults);
      const name: ServiceName = 'idp';
      const result = await fullDeploy(emu, name, 'v2');

      expect(result.code).toBe(1);
      expect(result.errors).toHaveLength(1);
      // The first read: DescribeServices (the cluster is read only when that says it is missing).
      expect(result.errors[0]).toMatch(/^While describing service idp: /);
      expect(result.errors[0]).toMatch(cause);
      // The SDK's 8 attempts with backoff, not the wait's 2 minutes, bound a failing first call.
      expect(result.durationMs).toBeLessThan(45_000);
      expect(mutations(emu)).toEqual([]);
      expect(revisions(emu, name)).toHaveLength(1);
      expect(primary(emu, name)).toMatchObject({ taskDefinition: arnOf(name, 1), rolloutState: 'COMPLETED' });
      recordFigure('outage', {
        scenario,
        requests: emu.calls.length,
        injected: faultsInjected(emu),
        failedCleanly: true,
        seconds: +(result.durationMs / 1000).toFixed(1),
      });
    },
  );

  it('AWS goes down while the deploy waits: the wait gives up within wait-for-minutes, naming the deployment and its last state', async () => {
    const emu = await startEmulator({ seed: 9, timeScale: 0.05 });
    emulators.push(emu);
    const name: ServiceName = 'web-ui-management';
    const { workspace, file } = deployFile(emu, name, { image: imageOf(name, 'v2') });
    const running = deploy(
      emu,
      { 'task-definition': file, service: name, 'wait-for-service-stability': true, 'wait-for-minutes': 0.5 },
      { workspace, env: { AWS_MAX_ATTEMPTS: '3' } },
    );
    await callSeen(emu, 'UpdateService');
    emu.setFaults([{ kind: 'internal', rate: 1 }]);
    const result = await running;

    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(`service ${name}`);
    expect(result.errors[0]).toMatch(/ServerException|Timed out/);
    expect(result.durationMs).toBeLessThan(30_000 + 15_000);
    // Only the deploy's own two changes: no rollback could get through, none was half-made.
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    recordFigure('outage', {
      scenario: '5xx 100% from the moment the deploy waits',
      requests: emu.calls.length,
      injected: faultsInjected(emu),
      failedCleanly: true,
      seconds: +(result.durationMs / 1000).toFixed(1),
    });
  });
});

describe('faults: the answer to a change is lost after AWS made it', () => {
  // lose-response: the emulator processes the request, then drops the connection instead of
  // answering, so the SDK retries a call that already took effect.
  it.concurrent.each([1, 2, 3])(
    'RegisterTaskDefinition and UpdateService answered by a dropped connection (seed %i): still one revision and one deployment',
    async (seed) => {
      const emu = await start(seed, [
        { kind: 'lose-response', rate: 1, operations: ['RegisterTaskDefinition'] },
        { kind: 'lose-response', rate: 0.5, operations: ['UpdateService'] },
      ]);
      const name: ServiceName = 'intrusion-management-api';
      const before = primary(emu, name).id;
      const result = await fullDeploy(emu, name, `v2-seed${seed}`);
      // The first RegisterTaskDefinition took effect; its answer never came.
      expect(emu.calls.find((call) => call.operation === 'RegisterTaskDefinition')).toMatchObject({
        status: 200,
        error: 'ResponseLost',
      });

      expect(result.errors).toEqual([]);
      expect(result.code).toBe(0);
      expect(revisions(emu, name)).toHaveLength(2);
      expect(mutations(emu).filter((op) => op === 'RegisterTaskDefinition')).toHaveLength(1);
      expect(service(emu, name).serviceDeployments.filter((d) => d.deploymentId !== before)).toHaveLength(1);
      expect(primary(emu, name)).toMatchObject({ taskDefinition: arnOf(name, 2), rolloutState: 'COMPLETED' });
      expect(result.outputs).toMatchObject({ 'task-definition-arn': arnOf(name, 2), registered: 'true' });
      recordFigure('faults', {
        scenario: 'answers lost after the change (RegisterTaskDefinition 100%, UpdateService 50%)',
        seed,
        requests: emu.calls.length,
        injected: emu.calls.filter((call) => call.error === 'ResponseLost').length,
        survived: true,
      });
    },
  );
});
