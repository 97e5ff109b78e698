import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListServiceDeploymentsCommand,
  ECSClient,
  ListTasksCommand,
  UpdateServiceCommand,
  type Deployment,
  type ServiceEvent,
  type Task,
} from '@aws-sdk/client-ecs';
import {
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionError } from '../../../src/lib/errors.js';
import { accessDenied, missingPermission } from '../../helpers/iam-denial.js';
import { nextPollDelay } from '../../../src/health/schedule.js';
import { FAST_MS, SLOW_MS } from '../../../src/health/schedule.js';
import { waitForDeployment } from '../../../src/health/wait.js';
import { rollbackService, type RollbackOptions } from '../../../src/rollback/rollback.js';
import { NEW, ROLLBACK, T0, at, TG, deployment, previous, target, task, td } from './snapshots.js';
import { FakeClock, options } from './wait-fixtures.js';

/**
 * The waiting loop with a fake clock and stubbed SDK clients (aws-sdk-client-mock): what it calls,
 * how often, how it paces itself, and what it returns. The rollout is a script of elapsed seconds.
 */
const ecsMock = mockClient(ECSClient);
const elbMock = mockClient(ElasticLoadBalancingV2Client);

interface Script {
  deployments(s: number): Deployment[];
  tasks(s: number): Task[];
  targets?(s: number): ReturnType<typeof target>[];
  events?(s: number): ServiceEvent[];
}

/** A healthy rollout: pending until 20 s, running with initial targets, healthy at 60 s, COMPLETED at 95 s. */
const healthyRollout: Script = {
  deployments: (s) =>
    s < 20
      ? [deployment(NEW, 2, { pendingCount: 2 }), previous()]
      : s < 95
        ? [deployment(NEW, 2, { runningCount: 2 }), previous()]
        : [deployment(NEW, 2, { runningCount: 2, rolloutState: 'COMPLETED' })],
  tasks: (s) =>
    ['a1', 'b2'].map((id) => task(id, s < 20 ? { lastStatus: 'PENDING', startedAt: undefined } : {})),
  targets: (s) => ['a1', 'b2'].map((id) => target(task(id), s < 60 ? 'initial' : 'healthy')),
};

/** A rollout that never finishes: one task runs, its target never gets healthy. */
const stuckRollout: Script = {
  deployments: () => [deployment(NEW, 2, { runningCount: 2 }), previous()],
  tasks: () => ['a1', 'b2'].map((id) => task(id)),
  targets: () => ['a1', 'b2'].map((id) => target(task(id), 'initial')),
  events: (s) =>
    Array.from({ length: Math.min(40, Math.floor(s / 30) + 1) }, (_, i) => ({
      id: `e${i}`,
      createdAt: new Date(T0 + i * 30_000),
      message: `(service web-ui-client) event number ${i}`,
    })).reverse(),
};

function install(script: Script, clock: FakeClock): void {
  const s = () => (clock.now() - T0) / 1000;
  ecsMock.on(DescribeServicesCommand).callsFake(() => ({
    services: [
      {
        serviceName: 'web-ui-client',
        status: 'ACTIVE',
        healthCheckGracePeriodSeconds: 60,
        loadBalancers: [{ targetGroupArn: TG, containerName: 'web-ui-client', containerPort: 8080 }],
        deployments: script.deployments(s()),
        events: script.events?.(s()) ?? [],
      },
    ],
  }));
  ecsMock.on(ListTasksCommand).callsFake((input: { desiredStatus?: string }) => ({
    taskArns: script
      .tasks(s())
      .filter((t) => t.desiredStatus === (input.desiredStatus ?? 'RUNNING'))
      .map((t) => t.taskArn),
  }));
  ecsMock.on(DescribeTasksCommand).callsFake((input: { tasks: string[] }) => ({
    tasks: script.tasks(s()).filter((t) => input.tasks.includes(t.taskArn!)),
  }));
  elbMock
    .on(DescribeTargetHealthCommand)
    .callsFake(() => ({ TargetHealthDescriptions: script.targets?.(s()) ?? [] }));
  // The health-check clock of the scripts: tasks start at 20 s, checks every 10 s, healthy after 4
  // (60 s), old tasks drain 35 s (COMPLETED at 95 s).
  elbMock.on(DescribeTargetGroupsCommand).resolves({
    TargetGroups: [
      {
        TargetGroupArn: TG,
        HealthCheckIntervalSeconds: 10,
        HealthyThresholdCount: 4,
        UnhealthyThresholdCount: 2,
      },
    ],
  });
  elbMock.on(DescribeTargetGroupAttributesCommand).resolves({
    Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '35' }],
  });
}

const calls = (command: unknown) => ecsMock.commandCalls(command as never).length;

beforeEach(() => {
  ecsMock.reset();
  elbMock.reset();
});

describe('waitForDeployment', () => {
  /** A task whose essential container exited at 20 s. */
  const crashed = (id: string) =>
    task(id, {
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stoppingAt: at(20),
      stoppedReason: 'Essential container in task exited',
      containers: [{ name: 'web-ui-client', exitCode: 1 }],
    });

  test('returns healthy just after the rollout can complete: heartbeat 5 s after a change growing to 10 s until a task runs, then the health-check clock and the completion pull the reads', async () => {
    const clock = new FakeClock();
    install(healthyRollout, clock);
    const result = await waitForDeployment(options(clock));
    expect(result).toMatchObject({
      healthy: true,
      outcome: 'healthy',
      deploymentId: NEW,
      taskDefinitionArn: td(2),
      lastCompletedTaskDefinitionArn: td(2),
    });
    // COMPLETED at 95 s = healthy at 60 s (registered 20 s + 4 checks of 10 s) + 35 s of draining.
    expect(result.elapsedMs).toBe(95_500);
    expect(clock.sleeps).toEqual([
      // pending: 0, 5, 10 s; running seen at 20 s (registered then)
      5000, 5000, 10_000,
      // to the first check that can change a target (2 unhealthy checks: 40 s) + 0.5 s in gaps
      // under the failure bound (2 tasks could fail at once: 19 s)
      10_250, 10_250,
      // the checks at 50 and 60 s; healthy at 60.5 s; a healthy target can turn unhealthy after
      // the checks at 70 and 80 s (read at 80.5 s); just after 60 + 35 s
      10_000, 10_000, 10_000, 10_000, 15_000,
    ]);
  });

  test('call budget: one DescribeServices per poll; DescribeTargetHealth only after a check that can change a target; settings read once; tasks listed once they run, described only on change', async () => {
    const clock = new FakeClock();
    install(healthyRollout, clock);
    await waitForDeployment(options(clock));
    const polls = clock.sleeps.length + 1;
    expect(calls(DescribeServicesCommand)).toBe(polls);
    expect(elbMock.commandCalls(DescribeTargetHealthCommand).length).toBeLessThanOrEqual(polls);
    // Listed at the start, then only as a 30 s consistency check while the counts stand still.
    expect(calls(ListTasksCommand)).toBeLessThanOrEqual(1 + Math.ceil(96 / 30));
    // Not while they are pending; described once, when they run.
    expect(calls(DescribeTasksCommand)).toBe(1);
    const described = ecsMock.commandCalls(DescribeTasksCommand).flatMap((c) => c.args[0].input.tasks ?? []);
    expect(described).toHaveLength(2);
    expect(ecsMock.commandCalls(ListTasksCommand)[0].args[0].input).toEqual({
      cluster: 'intrusion-detection',
      startedBy: NEW,
      desiredStatus: 'RUNNING',
    });
    // No DescribeTargetHealth before a check can have changed a target: at 40.5, 50.5, 60.5 s
    // (healthy), then at 80.5 s (a healthy target needs 2 failing checks: 70 and 80 s).
    expect(elbMock.commandCalls(DescribeTargetHealthCommand)).toHaveLength(4);
    expect(elbMock.commandCalls(DescribeTargetGroupsCommand)).toHaveLength(1);
    expect(elbMock.commandCalls(DescribeTargetGroupAttributesCommand)).toHaveLength(1);
    // 11 polls in 95.5 s (16 before the predicted moments pulled the reads; each poll was a call
    // before issue 18: 40).
    expect(polls).toBe(11);
  });

  test('call budget on failures: tasks known running that stopped while none runs, and tasks that never ran (from the STOPPED list), are described once, together, when the wait fails (for the cause it names)', async () => {
    const clock = new FakeClock();
    const unpulled = (id: string, s: number) =>
      task(id, {
        lastStatus: 'STOPPED',
        desiredStatus: 'STOPPED',
        stoppingAt: at(s),
        stopCode: 'TaskFailedToStart',
        stoppedReason: 'CannotPullContainerError: not found',
        startedAt: undefined,
      });
    install(
      {
        // 0-20 s: two tasks run; 20 s: both crash; 40 s: a replacement never starts (pull error); 60 s: another.
        deployments: (s) => [
          deployment(NEW, 2, {
            runningCount: s < 20 ? 2 : 0,
            pendingCount: s < 20 ? 0 : 2,
            failedTasks: s < 20 ? 0 : s < 40 ? 2 : s < 60 ? 3 : 4,
          }),
          previous(),
        ],
        tasks: (s) => [
          ...(s < 20 ? [task('a1'), task('b2')] : [crashed('a1'), crashed('b2')]),
          ...(s >= 40 ? [unpulled('c3', 40)] : []),
          ...(s >= 60 ? [unpulled('d4', 60)] : []),
        ],
        targets: () => [],
      },
      clock,
    );
    const result = await waitForDeployment(options(clock, { stoppedTaskThreshold: 4 }));
    expect(result.reason).toMatch(
      /4 tasks of .* stopped\. Last stopped task: CannotPullContainerError: not found/,
    );
    const listed = ecsMock.commandCalls(ListTasksCommand).map((c) => c.args[0].input.desiredStatus);
    expect(listed).toEqual(['RUNNING', 'STOPPED']);
    const described = ecsMock
      .commandCalls(DescribeTasksCommand)
      .map((c) => c.args[0].input.tasks!.map((arn) => arn.split('/').pop()));
    expect(described).toEqual([
      ['a1', 'b2'],
      ['a1', 'b2', 'c3', 'd4'],
    ]);
  });

  test('call budget on failures: when the tasks known running account for every failure, they are described without listing', async () => {
    const clock = new FakeClock();
    install(
      {
        deployments: (s) => [
          deployment(NEW, 2, {
            runningCount: s < 20 ? 2 : 0,
            pendingCount: s < 20 ? 0 : 2,
            failedTasks: s < 20 ? 0 : 2,
          }),
          previous(),
        ],
        tasks: (s) => (s < 20 ? [task('a1'), task('b2')] : [crashed('a1'), crashed('b2')]),
        targets: () => [],
      },
      clock,
    );
    const result = await waitForDeployment(options(clock, { stoppedTaskThreshold: 2 }));
    expect(result.reason).toMatch(
      /2 tasks of .* stopped\. Last stopped task: Essential container in task exited/,
    );
    expect(ecsMock.commandCalls(ListTasksCommand).map((c) => c.args[0].input.desiredStatus)).toEqual([
      'RUNNING',
    ]);
    expect(
      ecsMock
        .commandCalls(DescribeTasksCommand)
        .map((c) => c.args[0].input.tasks!.map((arn) => arn.split('/').pop())),
    ).toEqual([
      ['a1', 'b2'],
      ['a1', 'b2'],
    ]);
  });

  test('the STOPPED list read before a failure is best effort: when it fails, the failure is still reported, without the cause', async () => {
    const clock = new FakeClock();
    install(
      {
        deployments: (s) => [
          deployment(NEW, 2, { runningCount: 0, pendingCount: 2, failedTasks: s < 20 ? 0 : 3 }),
          previous(),
        ],
        tasks: () => [],
        targets: () => [],
      },
      clock,
    );
    ecsMock
      .on(ListTasksCommand, { desiredStatus: 'STOPPED' })
      .rejects(Object.assign(new Error('We encountered an internal error.'), { name: 'ServerException' }));
    const result = await waitForDeployment(options(clock));
    expect(result.outcome).toBe('failed');
    expect(result.reason).toMatch(/^3 tasks of .* stopped$/);
    // In the same poll: the failed read is not one more polling error.
    expect(result.timeline.map((entry) => entry.text)).not.toContainEqual(
      expect.stringMatching(/AWS error while polling/),
    );
    expect(ecsMock.commandCalls(ListTasksCommand).map((c) => c.args[0].input.desiredStatus)).toEqual([
      'STOPPED',
    ]);
  });

  test('prints each new service event once and the status line only when it changes', async () => {
    const clock = new FakeClock();
    const events: ServiceEvent[] = [
      {
        id: 'old',
        createdAt: new Date(T0 - 7200_000),
        message: '(service web-ui-client) has reached a steady state.',
      },
      {
        id: 'e1',
        createdAt: new Date(T0 + 1000),
        message: '(service web-ui-client) has started 2 tasks: (task a1) (task b2).',
      },
    ];
    install(
      {
        ...healthyRollout,
        events: (s) =>
          (s >= 95
            ? [
                {
                  id: 'e2',
                  createdAt: new Date(T0 + 95_000),
                  message: '(service web-ui-client) deployment completed.',
                },
                ...events,
              ]
            : [...events]
          )
            .reverse()
            .reverse(),
      },
      clock,
    );
    const opts = options(clock);
    const result = await waitForDeployment(opts);
    const eventLines = opts.lines.filter((l) => l.startsWith('event: '));
    expect(eventLines).toEqual([
      expect.stringContaining('has started 2 tasks'),
      expect.stringContaining('deployment completed'),
    ]);
    const statusLines = opts.lines.filter((l) => l.startsWith('status: '));
    expect(statusLines).toEqual([
      'status: desired 2 · pending 2 · running 0 · rollout IN_PROGRESS · 1 other deployment',
      'status: desired 2 · pending 0 · running 2 · targets in initial health checks · rollout IN_PROGRESS · 1 other deployment',
      'status: desired 2 · pending 0 · running 2 · targets 0/2 healthy · rollout IN_PROGRESS · 1 other deployment',
      'status: desired 2 · pending 0 · running 2 · targets 2/2 healthy · rollout IN_PROGRESS · 1 other deployment',
      'status: desired 2 · pending 0 · running 2 · targets 2/2 healthy · rollout COMPLETED',
    ]);
    expect(opts.lines[0]).toBe(
      `Following deployment ${NEW} (revision web-ui-client:2) of service web-ui-client`,
    );
    expect(result.timeline.map((e) => e.text)).toEqual(opts.lines);
    expect(result.timeline[result.timeline.length - 1].atMs).toBe(95_500);
  });

  test('a rollout that stands still: about one DescribeServices and one DescribeTargetHealth per health check (10 s), not per poll', async () => {
    const clock = new FakeClock();
    install(stuckRollout, clock);
    const result = await waitForDeployment(options(clock, { timeoutMs: 25 * 60_000 }));
    expect(result.outcome).toBe('timeout');
    // The health-check clock (a check every 10 s) pulls every read; never beyond SLOW_MS.
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(SLOW_MS);
    // 25 min: about one DescribeServices per 10 s, one DescribeTargetHealth per 10 s check.
    expect(calls(DescribeServicesCommand)).toBeLessThanOrEqual(25 * 6 + 10);
    expect(elbMock.commandCalls(DescribeTargetHealthCommand).length).toBeLessThanOrEqual(25 * 6 + 1);
  });

  test('times out with the last known state and the last 10 events', async () => {
    const clock = new FakeClock();
    install(stuckRollout, clock);
    const result = await waitForDeployment(options(clock, { timeoutMs: 0.5 * 60_000 }));
    expect(result).toMatchObject({ healthy: false, outcome: 'timeout', elapsedMs: 30_000 });
    expect(result.reason).toBe(
      `Timed out after 0.5 min waiting for deployment ${NEW} of service web-ui-client to be healthy: desired 2 · pending 0 · running 2 · targets 0/2 healthy · rollout IN_PROGRESS · 1 other deployment`,
    );
    const events = result.details.slice(result.details.indexOf('Last events:') + 1);
    expect(events).toEqual([
      expect.stringContaining('event number 0'),
      expect.stringContaining('event number 1'),
    ]);
    expect(result.details).toContain('target 10.0.1.161:8080 in web-ui-client-tg: initial');
  });

  test('keeps the last 10 events of a long history on timeout', async () => {
    const clock = new FakeClock();
    install(stuckRollout, clock);
    const result = await waitForDeployment(options(clock, { timeoutMs: 10 * 60_000 }));
    const events = result.details.slice(result.details.indexOf('Last events:') + 1);
    expect(events).toHaveLength(10);
    expect(events[9]).toContain('event number 20');
  });

  test('stays within 36 ECS calls in any minute of a long wait', async () => {
    const clock = new FakeClock();
    const times: number[] = [];
    install(stuckRollout, clock);
    ecsMock.on(DescribeServicesCommand).callsFake(() => {
      times.push(clock.now());
      return {
        services: [
          {
            serviceName: 'web-ui-client',
            status: 'ACTIVE',
            deployments: stuckRollout.deployments(0),
            loadBalancers: [{ targetGroupArn: TG }],
          },
        ],
      };
    });
    await waitForDeployment(options(clock, { timeoutMs: 5 * 60_000 }));
    const all = [...times, ...ecsMock.commandCalls(ListTasksCommand).map(() => 0)];
    expect(all.length).toBeGreaterThan(0);
    for (const t of times)
      expect(times.filter((u) => u >= t && u < t + 60_000).length).toBeLessThanOrEqual(36);
  });

  test('backs off when calls needed retries (throttling), and recovers', async () => {
    const clock = new FakeClock();
    install(healthyRollout, clock);
    let n = 0;
    const base = ecsMock.on(DescribeServicesCommand);
    base.callsFake(() => {
      n++;
      const throttled = n >= 2 && n <= 3;
      return {
        $metadata: { attempts: throttled ? 3 : 1 },
        services: [
          {
            serviceName: 'web-ui-client',
            status: 'ACTIVE',
            deployments: healthyRollout.deployments((clock.now() - T0) / 1000),
            loadBalancers: [{ targetGroupArn: TG }],
          },
        ],
      };
    });
    await waitForDeployment(options(clock));
    // The schedule's delay, doubled once per throttled poll (polls 2 and 3), up to
    // wait-max-delay-seconds (30 s), then halved back per clean poll.
    expect(clock.sleeps).toEqual([
      5000,
      2 * 5000,
      Math.min(30_000, 4 * 10_000),
      // at 45 s: the next check at 50 s + 0.5 s, doubled once more
      2 * 5500,
      // at 56 s, clean: the schedule's own (the check at 60 s + 0.5 s), then as without throttling
      4500,
      10_000,
      10_000,
      15_000,
    ]);
  });

  test('retries a transient AWS error (throttling beyond the SDK retries) and goes on', async () => {
    const clock = new FakeClock();
    install(healthyRollout, clock);
    const throttling = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $retryable: { throttling: true },
    });
    ecsMock
      .on(DescribeServicesCommand)
      .rejectsOnce(throttling)
      .callsFake(() => ({
        services: [
          {
            serviceName: 'web-ui-client',
            status: 'ACTIVE',
            deployments: healthyRollout.deployments((clock.now() - T0) / 1000),
            loadBalancers: [{ targetGroupArn: TG }],
          },
        ],
      }));
    const opts = options(clock);
    const result = await waitForDeployment(opts);
    expect(result.healthy).toBe(true);
    // Nothing known yet: the fast heartbeat (4 s), doubled by the backoff.
    expect(clock.sleeps[0]).toBe(2 * FAST_MS);
    expect(opts.lines[0]).toMatch(
      /AWS error while polling \(ThrottlingException: Rate exceeded\); polling again/,
    );
  });

  test('a permanent AWS error (access denied) fails with what it was doing', async () => {
    const clock = new FakeClock();
    ecsMock.on(DescribeServicesCommand).rejects(
      Object.assign(new Error('not authorized to perform: ecs:DescribeServices'), {
        name: 'AccessDeniedException',
      }),
    );
    const error = await waitForDeployment(options(clock)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as Error).message).toMatch(
      /While waiting for service web-ui-client in cluster intrusion-detection: AccessDeniedException: .*IAM permission/,
    );
  });

  test('a missing service fails at once with its name and cluster', async () => {
    const clock = new FakeClock();
    ecsMock.on(DescribeServicesCommand).resolves({
      services: [],
      failures: [{ arn: 'arn:…:service/intrusion-detection/nope', reason: 'MISSING' }],
    });
    await expect(waitForDeployment(options(clock, { service: 'nope' }))).rejects.toThrow(
      "Input 'service': service nope not found in cluster intrusion-detection (MISSING)",
    );
  });

  test('cancellation (SIGTERM) ends the wait with the deployment state', async () => {
    const clock = new FakeClock();
    install(healthyRollout, clock);
    const controller = new AbortController();
    clock.onSleep = (count) => {
      if (count === 8) controller.abort(new ActionError('Cancelled (SIGTERM)'));
    };
    const result = await waitForDeployment(options(clock, { signal: controller.signal }));
    expect(result).toMatchObject({ healthy: false, outcome: 'cancelled', elapsedMs: 60_500 });
    expect(result.reason).toBe(
      `Cancelled (SIGTERM) while waiting for deployment ${NEW} of service web-ui-client; it was desired 2 · pending 0 · running 2 · targets 2/2 healthy · rollout IN_PROGRESS · 1 other deployment. ECS carries on with the deployment`,
    );
  });

  test('detects a circuit-breaker rollback within one poll', async () => {
    const clock = new FakeClock();
    install(
      {
        deployments: (s) =>
          s < 41
            ? [deployment(NEW, 2, { pendingCount: 2, failedTasks: Math.floor(s / 20) }), previous()]
            : [
                deployment(ROLLBACK, 1, { createdAt: new Date(T0 + 41_000) }),
                deployment(NEW, 2, {
                  status: 'ACTIVE',
                  failedTasks: 3,
                  rolloutState: 'FAILED',
                  rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
                }),
                previous(),
              ],
        tasks: (s) =>
          s < 20
            ? [task('a1', { lastStatus: 'PENDING' })]
            : [
                task('a1', {
                  lastStatus: 'STOPPED',
                  desiredStatus: 'STOPPED',
                  stoppedReason: 'Essential container in task exited',
                  containers: [{ name: 'web-ui-client', exitCode: 1 }],
                }),
              ],
      },
      clock,
    );
    const result = await waitForDeployment(options(clock));
    expect(result.outcome).toBe('rolled-back-by-ecs');
    // Failed tasks (1 at 20 s, seen then: polls at 0, 5, 10, 20 s) and 2 live: the next failure
    // can end the wait, so the heartbeat is FAST_MS (4 s) and ECS's rollback at 41 s is seen at 44 s.
    expect(result.elapsedMs).toBe(44_000);
    expect(result.taskDefinitionArn).toBe(td(1));
    expect(result.lastCompletedTaskDefinitionArn).toBe(td(1));
    expect(result.details.join('\n')).toContain(
      'Essential container in task exited; container web-ui-client: exit code 1',
    );
  });
});

describe('nextPollDelay', () => {
  test('waits for the oldest calls of the last minute to age out when the budget is spent', () => {
    const now = T0 + 60_000;
    const ecsCallTimes = Array.from({ length: 36 }, (_, i) => now - 35_000 + i * 1000);
    // 36 calls in the last 35 s: the next poll waits until the oldest one is a minute old.
    expect(nextPollDelay({ elapsedMs: 60_000, backoffLevel: 0, now, ecsCallTimes })).toBe(25_001);
    expect(
      nextPollDelay({ elapsedMs: 60_000, backoffLevel: 0, now, ecsCallTimes: ecsCallTimes.slice(0, 30) }),
    ).toBe(2000);
  });

  test("the deployment wait's schedule (baseMs) replaces the elapsed-time cadence, under the same caps", () => {
    expect(nextPollDelay({ elapsedMs: 0, backoffLevel: 0, now: T0, ecsCallTimes: [], baseMs: 10_000 })).toBe(
      10_000,
    );
    expect(nextPollDelay({ elapsedMs: 0, backoffLevel: 1, now: T0, ecsCallTimes: [], baseMs: 4000 })).toBe(
      8000,
    );
    expect(
      nextPollDelay(
        { elapsedMs: 0, backoffLevel: 0, now: T0, ecsCallTimes: [], baseMs: 10_000 },
        {
          ecsCallsPerMinute: 36,
          maxDelayMs: 5000,
        },
      ),
    ).toBe(5000);
  });

  test('backoff doubles the delay up to the 30 s cap', () => {
    expect(nextPollDelay({ elapsedMs: 0, backoffLevel: 1, now: T0, ecsCallTimes: [] })).toBe(4000);
    expect(nextPollDelay({ elapsedMs: 0, backoffLevel: 10, now: T0, ecsCallTimes: [] })).toBe(30_000);
  });
});

describe('rollbackService', () => {
  test('updates the service to the last COMPLETED revision and waits for the new deployment', async () => {
    const clock = new FakeClock();
    let updated = false;
    install(
      {
        deployments: () =>
          updated
            ? [deployment(ROLLBACK, 1, { runningCount: 2, rolloutState: 'COMPLETED' })]
            : [
                deployment(NEW, 2, {
                  failedTasks: 3,
                  rolloutState: 'FAILED',
                  rolloutStateReason: 'tasks failed to start',
                }),
                previous(),
              ],
        tasks: () => ['a1', 'b2'].map((id) => task(id, { startedBy: ROLLBACK })),
        targets: () => ['a1', 'b2'].map((id) => target(task(id), 'healthy')),
      },
      clock,
    );
    ecsMock.on(UpdateServiceCommand).callsFake(() => {
      updated = true;
      return { service: { deployments: [deployment(ROLLBACK, 1)] } };
    });
    const result = await rollbackService(options(clock, { deploymentId: undefined }));
    expect(ecsMock.commandCalls(UpdateServiceCommand)[0].args[0].input).toEqual({
      cluster: 'intrusion-detection',
      service: 'web-ui-client',
      taskDefinition: td(1),
    });
    expect(result).toMatchObject({
      toTaskDefinitionArn: td(1),
      deploymentId: ROLLBACK,
      updated: true,
      wait: { healthy: true },
    });
  });

  test("follows ECS's own rollback to that revision instead of starting another deployment", async () => {
    const clock = new FakeClock();
    install(
      {
        deployments: () => [
          deployment(ROLLBACK, 1, {
            runningCount: 2,
            rolloutState: 'COMPLETED',
            createdAt: new Date(T0 + 60_000),
          }),
          deployment(NEW, 2, { status: 'ACTIVE', rolloutState: 'FAILED' }),
        ],
        tasks: () => ['a1', 'b2'].map((id) => task(id, { startedBy: ROLLBACK })),
        targets: () => ['a1', 'b2'].map((id) => target(task(id), 'healthy')),
      },
      clock,
    );
    const result = await rollbackService(
      options(clock, { deploymentId: undefined, toTaskDefinitionArn: 'web-ui-client:1' }),
    );
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
    expect(result).toMatchObject({
      toTaskDefinitionArn: td(1),
      deploymentId: ROLLBACK,
      updated: false,
      wait: { healthy: true },
    });
  });

  test('finds the last successful revision in the service deployment history when ECS no longer lists it', async () => {
    const clock = new FakeClock();
    const revision =
      'arn:aws:ecs:eu-west-3:123456789012:service-revision/intrusion-detection/web-ui-client/111';
    install({ deployments: () => [deployment(NEW, 2, { rolloutState: 'FAILED' })], tasks: () => [] }, clock);
    ecsMock.on(ListServiceDeploymentsCommand).resolves({
      serviceDeployments: [
        { createdAt: new Date(T0 - 9e6), targetServiceRevisionArn: 'older' },
        { createdAt: new Date(T0 - 1e6), targetServiceRevisionArn: revision },
      ],
    });
    ecsMock
      .on(DescribeServiceRevisionsCommand, { serviceRevisionArns: [revision] })
      .resolves({ serviceRevisions: [{ taskDefinition: td(1) }] });
    ecsMock.on(UpdateServiceCommand).resolves({ service: { deployments: [deployment(ROLLBACK, 1)] } });
    // The wait itself is not the point here: end it at once.
    const result = await rollbackService(options(clock, { deploymentId: undefined, timeoutMs: 1 }));
    expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)[0].args[0].input).toMatchObject({
      status: ['SUCCESSFUL', 'ROLLBACK_SUCCESSFUL'],
    });
    expect(result.toTaskDefinitionArn).toBe(td(1));
  });

  test('without a COMPLETED deployment or history to return to, says to set rollback-task-definition', async () => {
    const clock = new FakeClock();
    install({ deployments: () => [deployment(NEW, 2, { rolloutState: 'FAILED' })], tasks: () => [] }, clock);
    ecsMock.on(ListServiceDeploymentsCommand).resolves({ serviceDeployments: [] });
    await expect(rollbackService(options(clock, { deploymentId: undefined }))).rejects.toThrow(
      /no COMPLETED deployment to return to\. Set rollback-task-definition/,
    );
  });
});

// issue 12: a deployment ECS dropped before the first poll is looked up in the service deployment
// history (ListServiceDeployments, page by page; DescribeServiceRevisions; DescribeServiceDeployments).
describe('waitForDeployment on a deployment DescribeServices no longer lists', () => {
  const SD = 'arn:aws:ecs:eu-west-3:123456789012:service-deployment/intrusion-detection/web-ui-client/';
  const REV = 'arn:aws:ecs:eu-west-3:123456789012:service-revision/intrusion-detection/web-ui-client/';
  const gone: Script = {
    deployments: () => [
      deployment(ROLLBACK, 1, { rolloutState: 'COMPLETED', runningCount: 2, createdAt: at(40) }),
    ],
    tasks: () => [stoppedTaskOf('c3', at(2)), stoppedTaskOf('d4', at(8))],
  };

  function history(status: string): void {
    // Two pages, the list in no particular order: the followed one is on the second page.
    ecsMock
      .on(ListServiceDeploymentsCommand)
      .resolves({
        serviceDeployments: [
          { serviceDeploymentArn: `${SD}old`, createdAt: at(-3600), targetServiceRevisionArn: `${REV}1` },
        ],
        nextToken: 'page-2',
      })
      .on(ListServiceDeploymentsCommand, { nextToken: 'page-2' })
      .resolves({
        serviceDeployments: [
          { serviceDeploymentArn: `${SD}new`, createdAt: at(0), targetServiceRevisionArn: `${REV}2` },
        ],
      });
    ecsMock
      .on(DescribeServiceRevisionsCommand, { serviceRevisionArns: [`${REV}2`] })
      .resolves({ serviceRevisions: [{ serviceRevisionArn: `${REV}2`, taskDefinition: td(2) }] });
    ecsMock.on(DescribeServiceDeploymentsCommand, { serviceDeploymentArns: [`${SD}new`] }).resolves({
      serviceDeployments: [
        {
          serviceDeploymentArn: `${SD}new`,
          status: status as never,
          statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
          rollback: { reason: 'rolling back', serviceRevisionArn: `${REV}1` },
        },
      ],
    });
  }

  test('rolled back by ECS before the first poll: rolled-back-by-ecs from the history, not a bad id', async () => {
    const clock = new FakeClock();
    install(gone, clock);
    history('ROLLBACK_SUCCESSFUL');
    const result = await waitForDeployment(options(clock));
    expect(result).toMatchObject({
      healthy: false,
      outcome: 'rolled-back-by-ecs',
      deploymentId: NEW,
      taskDefinitionArn: td(1),
      lastCompletedTaskDefinitionArn: td(1),
    });
    expect(result.reason).toBe(
      `Deployment ${NEW} (revision web-ui-client:2) failed (ECS deployment circuit breaker: tasks failed to start.) and ECS rolled it back: ${ROLLBACK} (revision web-ui-client:1) is now PRIMARY. Last stopped task: Essential container in task exited`,
    );
    expect(ecsMock.commandCalls(ListServiceDeploymentsCommand).map((c) => c.args[0].input.nextToken)).toEqual(
      [undefined, 'page-2'],
    );
    expect(calls(DescribeServiceRevisionsCommand)).toBe(1);
    expect(calls(DescribeServiceDeploymentsCommand)).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('a matched service deployment whose revision ran another task definition is not taken for it', async () => {
    const clock = new FakeClock();
    install(gone, clock);
    history('ROLLBACK_SUCCESSFUL');
    ecsMock
      .on(DescribeServiceRevisionsCommand, { serviceRevisionArns: [`${REV}2`] })
      .resolves({ serviceRevisions: [{ serviceRevisionArn: `${REV}2`, taskDefinition: td(7) }] });
    const result = await waitForDeployment(options(clock));
    expect(result.outcome).toBe('replaced');
    expect(result.reason).toMatch(/is no longer a deployment of service web-ui-client/);
    expect(calls(DescribeServiceDeploymentsCommand)).toBe(0);
  });

  test('an id no task ever ran for is unknown: not-found, without reading the history', async () => {
    const clock = new FakeClock();
    install({ ...gone, tasks: () => [] }, clock);
    const result = await waitForDeployment(options(clock));
    expect(result.outcome).toBe('not-found');
    expect(calls(ListServiceDeploymentsCommand)).toBe(0);
    expect(calls(DescribeServiceDeploymentsCommand)).toBe(0);
  });
});

function stoppedTaskOf(id: string, createdAt: Date): Task {
  return task(id, {
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    createdAt,
  });
}

// Issue 14: a role made for aws-actions has ecs:DescribeServices only. Each other read is
// optional: refused once, never asked again in the wait, one warning, and the verdict still right.
describe('waitForDeployment with a least-privilege role', () => {
  const ecsDenied = (action: string, resource = '*') => accessDenied(action, resource);
  const elbDenied = () => accessDenied('elasticloadbalancing:DescribeTargetHealth', '*', 'elb');
  const fix = missingPermission;
  const TASKS_LOST =
    "The deployment's tasks cannot be read, so stopped-task reasons are not reported and target health is checked per target group, not per task";
  const TARGETS_LOST =
    'Target health is not checked: the deployment is judged on ECS alone (its rollout state, task counts and events)';

  function withWarnings(clock: FakeClock, over: Partial<RollbackOptions> = {}) {
    const warnings: string[] = [];
    return { warnings, options: options(clock, { warn: (m) => void warnings.push(m), ...over }) };
  }

  test('without DescribeTargetHealth: healthy once ECS completes the rollout, one warning, asked once', async () => {
    const clock = new FakeClock();
    install(healthyRollout, clock);
    elbMock.on(DescribeTargetHealthCommand).rejects(elbDenied());
    const { warnings, options: given } = withWarnings(clock);
    const result = await waitForDeployment(given);
    expect(result).toMatchObject({ healthy: true, outcome: 'healthy' });
    // COMPLETED at 95 s, seen within one heartbeat (no prediction without the targets' clock).
    expect(result.elapsedMs - 95_000).toBeGreaterThanOrEqual(0);
    expect(result.elapsedMs - 95_000).toBeLessThanOrEqual(SLOW_MS);
    expect(elbMock.commandCalls(DescribeTargetHealthCommand)).toHaveLength(1);
    expect(warnings).toEqual([`${TARGETS_LOST}. ${fix('elasticloadbalancing:DescribeTargetHealth')}`]);
  });

  test('without DescribeTargetHealth for target groups the user named: the wait fails naming the permission', async () => {
    const clock = new FakeClock();
    install(healthyRollout, clock);
    elbMock.on(DescribeTargetHealthCommand).rejects(elbDenied());
    const { warnings, options: given } = withWarnings(clock, { targetGroupArns: [TG] });
    const error = await waitForDeployment(given).catch((e) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toMatch(
      /^While waiting for service web-ui-client in cluster intrusion-detection: Missing IAM permission: add elasticloadbalancing:DescribeTargetHealth on \* to the role's policy \(see docs\/iam\.md\)\. AWS said: AccessDenied: /,
    );
    expect(warnings).toEqual([]);
  });

  test.each([
    ['ListTasks', () => ecsMock.on(ListTasksCommand).rejects(ecsDenied('ecs:ListTasks'))],
    [
      'DescribeTasks',
      () =>
        ecsMock
          .on(DescribeTasksCommand)
          .rejects(
            ecsDenied('ecs:DescribeTasks', 'arn:aws:ecs:eu-west-3:123456789012:task/intrusion-detection/a1'),
          ),
    ],
  ])(
    'without %s: target health is judged per target group, healthy as before, one warning',
    async (name, deny) => {
      const clock = new FakeClock();
      install(healthyRollout, clock);
      deny();
      const { warnings, options: given } = withWarnings(clock);
      const result = await waitForDeployment(given);
      expect(result).toMatchObject({ healthy: true, outcome: 'healthy' });
      // COMPLETED at 95 s, seen within one heartbeat (no prediction without the targets' clock).
      expect(result.elapsedMs - 95_000).toBeGreaterThanOrEqual(0);
      expect(result.elapsedMs - 95_000).toBeLessThanOrEqual(SLOW_MS);
      expect(calls(ListTasksCommand)).toBe(1);
      expect(calls(DescribeTasksCommand)).toBe(name === 'DescribeTasks' ? 1 : 0);
      // Target health is read once ECS counts a running task (20 s), as with the tasks.
      expect(elbMock.commandCalls(DescribeTargetHealthCommand).length).toBeGreaterThan(0);
      const resource =
        name === 'ListTasks' ? '*' : 'arn:aws:ecs:eu-west-3:123456789012:task/intrusion-detection/*';
      expect(warnings).toEqual([`${TASKS_LOST}. ${fix(`ecs:${name}`, resource)}`]);
    },
  );

  test.each([
    ['initial', 'timeout'],
    ['healthy', 'healthy'],
  ])(
    'without the tasks, a lone deployment with no rollout state and %s targets ends %s',
    async (state, outcome) => {
      // Every task runs and ECS gives no rollout state: the targets, read per target group, decide.
      const clock = new FakeClock();
      install(
        {
          deployments: () => [deployment(NEW, 2, { runningCount: 2, rolloutState: undefined })],
          tasks: () => ['a1', 'b2'].map((id) => task(id)),
          targets: () => ['a1', 'b2'].map((id) => target(task(id), state)),
        },
        clock,
      );
      ecsMock.on(ListTasksCommand).rejects(ecsDenied('ecs:ListTasks'));
      const { options: given } = withWarnings(clock, { timeoutMs: 60_000 });
      const result = await waitForDeployment(given);
      expect(result.outcome).toBe(outcome);
      expect(calls(DescribeTasksCommand)).toBe(0);
    },
  );

  test('without the tasks, failed tasks still fail the wait, from ECS failedTasks, without a cause', async () => {
    const clock = new FakeClock();
    install(
      {
        deployments: (s) => [
          deployment(NEW, 2, { failedTasks: s < 10 ? 0 : 3, pendingCount: 2 }),
          previous(),
        ],
        tasks: () => [],
        targets: () => [],
      },
      clock,
    );
    ecsMock.on(ListTasksCommand).rejects(ecsDenied('ecs:ListTasks'));
    const { warnings, options: given } = withWarnings(clock);
    const result = await waitForDeployment(given);
    expect(result).toMatchObject({ healthy: false, outcome: 'failed' });
    expect(result.reason).toBe(`3 tasks of ${NEW} (revision web-ui-client:2) stopped`);
    expect(warnings).toHaveLength(1);
  });

  test("a role made for aws-actions (no tasks, no target health): healthy on ECS's word, each warning once", async () => {
    const clock = new FakeClock();
    install(healthyRollout, clock);
    ecsMock.on(ListTasksCommand).rejects(ecsDenied('ecs:ListTasks'));
    elbMock.on(DescribeTargetHealthCommand).rejects(elbDenied());
    const { warnings, options: given } = withWarnings(clock);
    const result = await waitForDeployment(given);
    expect(result).toMatchObject({ healthy: true });
    // COMPLETED at 95 s, seen within one heartbeat (no prediction without the targets' clock).
    expect(result.elapsedMs - 95_000).toBeGreaterThanOrEqual(0);
    expect(result.elapsedMs - 95_000).toBeLessThanOrEqual(SLOW_MS);
    expect(calls(ListTasksCommand)).toBe(1);
    expect(elbMock.commandCalls(DescribeTargetHealthCommand)).toHaveLength(1);
    expect(warnings).toEqual([
      `${TASKS_LOST}. ${fix('ecs:ListTasks')}`,
      `${TARGETS_LOST}. ${fix('elasticloadbalancing:DescribeTargetHealth')}`,
    ]);
  });

  test('without ListServiceDeployments: a deployment ECS no longer lists is taken as replaced (never rolled back over), saying why', async () => {
    const clock = new FakeClock();
    install(
      {
        deployments: () => [
          deployment(ROLLBACK, 1, { rolloutState: 'COMPLETED', runningCount: 2, createdAt: at(40) }),
        ],
        tasks: () => [stoppedTaskOf('c3', at(2))],
      },
      clock,
    );
    ecsMock
      .on(ListServiceDeploymentsCommand)
      .rejects(
        ecsDenied(
          'ecs:ListServiceDeployments',
          'arn:aws:ecs:eu-west-3:123456789012:service/intrusion-detection/web-ui-client',
        ),
      );
    const { warnings, options: given } = withWarnings(clock);
    const result = await waitForDeployment(given);
    expect(result.outcome).toBe('replaced');
    expect(result.reason).toBe(
      `Deployment ${NEW} (revision web-ui-client:2) is no longer a deployment of service web-ui-client, and without ecs:ListServiceDeployments its service deployment history cannot tell whether ECS rolled it back or another deployment replaced it: ${ROLLBACK} (revision web-ui-client:1) is now PRIMARY. Last stopped task: Essential container in task exited`,
    );
    expect(calls(ListServiceDeploymentsCommand)).toBe(1);
    expect(warnings).toEqual([
      `The service deployment history cannot be read, so a deployment ECS no longer lists cannot be told rolled back from replaced. ${fix('ecs:ListServiceDeployments', 'arn:aws:ecs:eu-west-3:123456789012:service/intrusion-detection/web-ui-client')}`,
    ]);
  });
});
