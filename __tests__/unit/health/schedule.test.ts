/**
 * The wait's read schedule (issue 18) as tables: given the health-check settings, registration
 * times and what was last seen, when the next target health read is due and how long the
 * heartbeat (DescribeServices) waits.
 */
import {
  circuitBreakerThreshold,
  COMPLETION_POLL_MS,
  FAST_MS,
  failureBound,
  failureWaves,
  heartbeatDelay,
  nextTargetReadAt,
  QUICK_MS,
  RAMP_MAX_MS,
  SLOW_MS,
  stagedCompletionAt,
  TASK_CYCLE_MS,
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
};
/** ELB's defaults: 30 s, 5 healthy, 2 unhealthy, 300 s drain. */
const DEFAULTS: HealthCheckClock = {
  intervalMs: s(30),
  healthyThreshold: 5,
  unhealthyThreshold: 2,
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

describe('failureWaves: waves of task failures still needed to fail the wait', () => {
  test.each([
    ['1 task, none failed (threshold 3): 3 waves, each a new task', 0, 1, 3, undefined, 3],
    ['1 task, 1 failed', 1, 1, 3, undefined, 2],
    ['1 task, 2 failed: the next one ends the wait', 2, 1, 3, undefined, 1],
    ['2 tasks, 1 failed: both can fail at once', 1, 2, 3, undefined, 1],
    ['2 tasks, none failed', 0, 2, 3, undefined, 2],
    ['10 tasks could all fail at once', 0, 10, 3, circuitBreakerThreshold(10), 1],
    ['no live task (all stopped, none relaunched yet): a launch away', 2, 0, 3, undefined, 2],
    ['a lower circuit breaker threshold counts', 0, 3, 5, 3, 1],
    ['already past the threshold: the next failure', 4, 1, 3, undefined, 1],
  ] as [string, number, number, number, number | undefined, number][])(
    '%s',
    (_name, failedTasks, liveTasks, stoppedTaskThreshold, breaker, waves) => {
      expect(
        failureWaves({
          failedTasks,
          liveTasks,
          stoppedTaskThreshold,
          circuitBreakerThreshold: breaker,
        }),
      ).toBe(waves);
    },
  );

  test('failureBound: FAST_MS with one wave left, else the waves before the last, less a second, up to SLOW_MS', () => {
    expect(TASK_CYCLE_MS).toBe(s(20));
    expect([1, 2, 3, 10].map(failureBound)).toEqual([FAST_MS, s(19), SLOW_MS, SLOW_MS]);
  });

  test('the bound sees the next-to-last wave before the last can come, whenever the first comes', () => {
    // 1 task, threshold 3, failures TASK_CYCLE_MS apart (the fastest). The loop polls at the bound
    // of what it last saw: some poll must see exactly 2 failures, before the third happens.
    for (let first = 0; first <= s(60); first += 250) {
      const failures = [first, first + TASK_CYCLE_MS, first + 2 * TASK_CYCLE_MS];
      let seenTwo = false;
      for (let t = 0; t < failures[2];) {
        const failed = failures.filter((f) => f <= t).length;
        if (failed === 2) seenTwo = true;
        t += failureBound(failureWaves({ failedTasks: failed, liveTasks: 1, stoppedTaskThreshold: 3 }));
      }
      expect({ first, seenTwo }).toEqual({ first, seenTwo: true });
    }
  });

  test("ECS's circuit breaker threshold: max(3, min(200, ceil(desired / 2)))", () => {
    expect([1, 2, 6, 7, 100, 1000].map(circuitBreakerThreshold)).toEqual([3, 3, 3, 4, 50, 200]);
  });
});

describe('heartbeatDelay', () => {
  const now = s(1000);
  test.each([
    ['no prediction, just after a change: QUICK_MS', { changedAt: now }, QUICK_MS],
    ['no prediction: grows with the time nothing changed', { changedAt: now - s(6) }, s(6)],
    ['no prediction: up to RAMP_MAX_MS', { changedAt: now - s(60) }, RAMP_MAX_MS],
    ['the next failure could end the wait: FAST_MS', { changedAt: now - s(60), failureWaves: 1 }, FAST_MS],
    ['a target group read due sooner than the heartbeat', { changedAt: now, targetReadAt: now + s(3) }, s(3)],
    [
      'a read predicted 90.5 s ahead (task just started, seed clock): 3 even gaps of ≤ SLOW_MS, no ramp',
      { changedAt: now, targetReadAt: now + s(90) },
      s(30),
    ],
    [
      'predicted 90.5 s ahead: 4 gaps rather than one read wasted just before it',
      { changedAt: now, targetReadAt: now + s(90.5) },
      s(90.5) / 4,
    ],
    [
      'predicted, 2 waves of failures left: 5 gaps under the failure bound (19 s)',
      { changedAt: now, targetReadAt: now + s(90), failureWaves: 2 },
      s(18),
    ],
    [
      'aims just after the earliest completion',
      { changedAt: now - s(60), completionAt: now + s(7) },
      s(7) + TICK_SLACK_MS,
    ],
    [
      'just after the predicted completion: COMPLETION_POLL_MS',
      { changedAt: now, completionAt: now - TICK_SLACK_MS - 100 },
      COMPLETION_POLL_MS,
    ],
    [
      'then the gaps double with the time since',
      { changedAt: now, completionAt: now - TICK_SLACK_MS - s(4) },
      s(4),
    ],
    [
      'never longer than the wait has lasted: a rollout faster than predicted is seen early',
      { startedAt: now - s(7), changedAt: now, targetReadAt: now + s(90) },
      s(7),
    ],
    ['from QUICK_MS at the start', { startedAt: now, changedAt: now, targetReadAt: now + s(90) }, QUICK_MS],
    ['and grow back to the heartbeat', { changedAt: now - s(60), completionAt: now - s(60) }, SLOW_MS],
  ] as [string, Partial<Parameters<typeof heartbeatDelay>[0]>, number][])('%s', (_name, input, delay) => {
    expect(heartbeatDelay({ now, startedAt: now - s(600), changedAt: now, failureWaves: 3, ...input })).toBe(
      Math.round(delay),
    );
  });

  test('the seed healthy rollout, polled as the loop does: 9 heartbeats from start to completion', () => {
    // Task running at 20 s (seen at the poll then), targets healthy at 110 s (3 checks of 30 s),
    // old task drained 30 s later: COMPLETED at 140 s.
    const runningAt = s(20);
    const completedAt = s(140);
    const reads: number[] = [];
    let t = 0;
    let changedAt = 0;
    let seenRunning = false;
    while (t < completedAt + TICK_SLACK_MS) {
      reads.push(t);
      if (!seenRunning && t >= runningAt) [seenRunning, changedAt] = [true, t];
      const targetReadAt = seenRunning ? runningAt + s(90) + TICK_SLACK_MS : undefined;
      const healthy = targetReadAt !== undefined && t >= targetReadAt;
      t += heartbeatDelay({
        now: t,
        startedAt: 0,
        changedAt,
        failureWaves: 3,
        targetReadAt: healthy ? undefined : targetReadAt,
        completionAt: healthy ? s(110) + s(30) : undefined,
      });
    }
    reads.push(t);
    expect(reads.map((r) => Math.round(r / 100) / 10)).toEqual([0, 5, 10, 20, 40, 63.5, 87, 110.5, 140.5]);
  });
});

describe("stagedCompletionAt: BLUE_GREEN, LINEAR, CANARY are done after the bake time and the blue tasks' drain", () => {
  test.each([
    { stage: 'BAKE_TIME', bakeMs: s(60), drainMs: s(30), at: s(100 + 60 + 30) },
    { stage: 'BAKE_TIME', bakeMs: 0, drainMs: s(300), at: s(100 + 300) },
    { stage: 'CLEAN_UP', bakeMs: s(60), drainMs: s(30), at: s(100 + 30) },
    // Before the last bake nothing tells when ECS gets there: the heartbeat's pace decides.
    { stage: 'PRODUCTION_TRAFFIC_SHIFT', bakeMs: s(60), drainMs: s(30), at: undefined },
    { stage: undefined, bakeMs: s(60), drainMs: s(30), at: undefined },
    // The target groups' settings unreadable: no prediction.
    { stage: 'CLEAN_UP', bakeMs: s(60), drainMs: undefined, at: undefined },
  ])('$stage, bake $bakeMs ms, drain $drainMs ms', ({ stage, bakeMs, drainMs, at }) => {
    expect(stagedCompletionAt({ stage, stageStartedAt: s(100), bakeMs, drainMs })).toBe(at);
  });
});
