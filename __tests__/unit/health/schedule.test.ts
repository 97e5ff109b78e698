/**
 * The wait's read schedule (issue 18) as tables: given the health-check settings, registration
 * times and what was last seen, when the next target health read is due and how long the
 * heartbeat (DescribeServices) waits.
 */
import {
  circuitBreakerThreshold,
  COMPLETION_POLL_MS,
  FAST_MS,
  failureCouldEndWait,
  heartbeatDelay,
  nextTargetReadAt,
  QUICK_MS,
  SLOW_MS,
  targetReadDue,
  TICK_SLACK_MS,
  type HealthCheckClock,
  type TargetGroupReads,
} from '../../../src/health/schedule.js';

const s = (seconds: number) => seconds * 1000;
/** The seed's target groups: a check every 30 s, 3 to turn healthy, 3 to turn unhealthy, 30 s drain. */
const SEED: HealthCheckClock = {
  intervalMs: s(30),
  healthyThreshold: 3,
  unhealthyThreshold: 3,
  deregistrationDelayMs: s(30),
};
/** ELB's defaults: 30 s, 5 healthy, 2 unhealthy, 300 s drain. */
const DEFAULTS: HealthCheckClock = {
  intervalMs: s(30),
  healthyThreshold: 5,
  unhealthyThreshold: 2,
  deregistrationDelayMs: s(300),
};

describe('nextTargetReadAt: just after the next check that can change a target', () => {
  const rows: [string, TargetGroupReads, number[], number | undefined][] = [
    ['no task registered: nothing to read', { clock: SEED, healthy: false }, [], undefined],
    [
      'never read: after the third check (registered at 20 s)',
      { clock: SEED, healthy: false },
      [s(20)],
      s(110),
    ],
    [
      'defaults: a target can turn unhealthy after 2 checks, before it can turn healthy after 5',
      { clock: DEFAULTS, healthy: false },
      [s(20)],
      s(80),
    ],
    [
      'read at 110.5 s, still initial: the next check',
      { clock: SEED, healthy: false, lastReadAt: s(110.5) },
      [s(20)],
      s(140),
    ],
    [
      'read healthy at 110.5 s: 3 failing checks (140, 170, 200 s) before it can be unhealthy',
      { clock: SEED, healthy: true, lastReadAt: s(110.5) },
      [s(20)],
      s(200),
    ],
    [
      'two tasks registered apart: the earliest of their checks',
      { clock: SEED, healthy: false },
      [s(20), s(35)],
      s(110),
    ],
    [
      'two tasks, read after the first could change: the second one next',
      { clock: SEED, healthy: false, lastReadAt: s(110.5) },
      [s(20), s(35)],
      s(125),
    ],
    ['settings unknown: no aim (read at every heartbeat)', { healthy: false }, [s(20)], undefined],
  ];
  test.each(rows)('%s', (_name, reads, registered, at) => {
    expect(nextTargetReadAt(reads, registered)).toBe(at === undefined ? undefined : at + TICK_SLACK_MS);
  });
});

describe('targetReadDue', () => {
  const never: TargetGroupReads = { clock: SEED, healthy: false };
  test.each([
    ['before any task is registered, even when forced', never, [], s(200), true, false],
    ['before the third check', never, [s(20)], s(110), false, false],
    ['just after it', never, [s(20)], s(110.5), false, true],
    ['ECS says COMPLETED (forced) while not seen healthy: at once', never, [s(20)], s(50), true, true],
    [
      'forced but seen healthy: the cached answer stands',
      { clock: SEED, healthy: true, lastReadAt: s(110.5) },
      [s(20)],
      s(150),
      true,
      false,
    ],
    ['settings unknown: every poll', { healthy: false }, [s(20)], s(21), false, true],
  ] as [string, TargetGroupReads, number[], number, boolean, boolean][])(
    '%s',
    (_name, reads, registered, now, forced, due) => {
      expect(targetReadDue(reads, registered, now, forced)).toBe(due);
    },
  );
});

describe('failureCouldEndWait', () => {
  test.each([
    ['1 task, none failed (threshold 3): not yet', 0, 1, 3, undefined, false],
    ['1 task, 2 failed: the next one ends the wait', 2, 1, 3, undefined, true],
    ['2 tasks, 1 failed', 1, 2, 3, undefined, true],
    ['2 tasks, none failed', 0, 2, 3, undefined, false],
    ['10 tasks could all fail at once', 0, 10, 3, circuitBreakerThreshold(10), true],
    ['no live task (all stopped, none relaunched yet)', 2, 0, 3, undefined, false],
    ['a lower circuit breaker threshold counts', 0, 3, 5, 3, true],
  ] as [string, number, number, number, number | undefined, boolean][])(
    '%s',
    (_name, failedTasks, liveTasks, stoppedTaskThreshold, breaker, near) => {
      expect(
        failureCouldEndWait({
          failedTasks,
          liveTasks,
          stoppedTaskThreshold,
          circuitBreakerThreshold: breaker,
        }),
      ).toBe(near);
    },
  );

  test("ECS's circuit breaker threshold: max(3, min(200, ceil(desired / 2)))", () => {
    expect([1, 2, 6, 7, 100, 1000].map(circuitBreakerThreshold)).toEqual([3, 3, 3, 4, 50, 200]);
  });
});

describe('heartbeatDelay', () => {
  const now = s(1000);
  test.each([
    ['just after a change', { changedAt: now }, QUICK_MS],
    ['grows with the time nothing changed', { changedAt: now - s(6) }, s(6)],
    ['up to SLOW_MS', { changedAt: now - s(60) }, SLOW_MS],
    [
      'while the next failure could end the wait',
      { changedAt: now - s(60), failureCouldEndWait: true },
      FAST_MS,
    ],
    ['a target group read due sooner', { changedAt: now - s(60), targetReadAt: now + s(3) }, s(3)],
    [
      'aims just after the earliest completion',
      { changedAt: now - s(60), completionAt: now + s(7) },
      s(7) + TICK_SLACK_MS,
    ],
    [
      'then every COMPLETION_POLL_MS for a while',
      { changedAt: now - s(60), completionAt: now - s(3) },
      COMPLETION_POLL_MS,
    ],
    ['and back to the heartbeat after', { changedAt: now - s(60), completionAt: now - s(60) }, SLOW_MS],
  ] as [string, Partial<Parameters<typeof heartbeatDelay>[0]>, number][])('%s', (_name, input, delay) => {
    expect(heartbeatDelay({ now, changedAt: now, failureCouldEndWait: false, ...input })).toBe(delay);
  });
});
