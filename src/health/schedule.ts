/**
 * When the wait reads what (issue 18): calls are spent only when the answer can have changed.
 * Pure; the reader (poll.ts) and the loop (wait.ts) hold the state and make the calls.
 *
 * Two clocks drive the reads:
 * - The heartbeat, one DescribeServices: it shows progress (running/pending counts, rolloutState,
 *   other deployments) and every failure signal (failedTasks, rolloutState FAILED, ECS's
 *   "unhealthy in target-group" and placement events) in one call. Its pace is set by failures:
 *   every FAST_MS while the next task failure could fail the wait, so that one is seen within
 *   FAST_MS; otherwise as slow as the failures still needed allow (failureBound: each further
 *   wave of failures needs tasks to launch, TASK_CYCLE_MS at least). Progress needs no quicker
 *   heartbeat when its next moment is predicted (below); when it is not (no task runs yet, no
 *   load balancer), QUICK_MS after each change, growing to RAMP_MAX_MS.
 * - The health-check clock, for DescribeTargetHealth. A load balancer marks a new target healthy
 *   after HealthyThresholdCount consecutive passing checks and unhealthy after
 *   UnhealthyThresholdCount failing ones, one check every HealthCheckIntervalSeconds, starting at
 *   registration ("Health checks for your target groups", Elastic Load Balancing user guide:
 *   targets start in `initial` and change state only on a check). So a target registered at r
 *   can change only at r + k·interval, k ≥ min(healthy, unhealthy threshold), and a healthy one
 *   no sooner than unhealthy-threshold checks after it was seen healthy: the groups are read
 *   TICK_SLACK_MS after those moments, never before a task of the deployment runs.
 * Completion: once every target is healthy ECS drains the old tasks for the deregistration delay
 * before the rollout is COMPLETED, so the heartbeat aims just after that moment, then reads at
 * gaps doubling from COMPLETION_POLL_MS; a BLUE_GREEN, LINEAR or CANARY deployment the same way,
 * from its bake time and clean-up (stagedCompletionAt).
 * Between heartbeats, a staged deployment that a hook, an alarm or ECS's rollback can end at any
 * moment is read alone every FAST_MS (wait.ts, stageWatched).
 * The loop then applies backoff, `wait-max-delay-seconds` and the ECS calls-per-minute cap.
 */

/** A target group's health-check settings (DescribeTargetGroups), in ms. */
export interface HealthCheckClock {
  intervalMs: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
}

/** Heartbeat while the next failed task could end the wait: a failure is seen within this. */
export const FAST_MS = 4000;
/**
 * The shortest a task takes from launch to failing (the emulator's PROVISIONING 10 s + PENDING
 * 10 s, then an image that cannot be pulled fails; a crashing container runs 5 s more). Fargate
 * launches are usually slower, which only widens the margin. Failures that need a new task come
 * at least this far apart, which bounds how slow the quiet heartbeat may be (failureWaves).
 */
export const TASK_CYCLE_MS = 20_000;
/** The quiet heartbeat at most: the default `wait-max-delay-seconds`. */
export const SLOW_MS = 30_000;
/** Without a predicted moment: this long after the service changed, growing to RAMP_MAX_MS. */
export const QUICK_MS = 5000;
export const RAMP_MAX_MS = 10_000;
/** Read a target group this long after the check that may have changed it. */
export const TICK_SLACK_MS = 500;
/** After the predicted completion: read this long after it, the gaps growing from there. */
export const COMPLETION_POLL_MS = 2000;

/** What is known of one target group's reads. */
export interface TargetGroupReads {
  /** Its health-check settings; unknown (unreadable): read at every heartbeat. */
  clock?: HealthCheckClock;
  /** When it was last read (epoch ms); never read: undefined. */
  lastReadAt?: number;
  /** Every followed task's target was healthy at that read. */
  healthy: boolean;
}

/**
 * The first moment after the last read at which the group's answer can differ, plus the slack:
 * the earliest check tick of any registration that can change a target's state. Undefined while
 * no task of the deployment is registered (nothing to read), or without the settings.
 */
export function nextTargetReadAt(group: TargetGroupReads, registeredAt: number[]): number | undefined {
  if (registeredAt.length === 0) return undefined;
  const { clock, lastReadAt } = group;
  // Without the settings, nothing to aim at: read at every heartbeat (targetReadDue).
  if (!clock) return undefined;
  const { intervalMs, healthyThreshold, unhealthyThreshold } = clock;
  // A healthy target needs unhealthy-threshold failing checks, the first one after the read.
  const after = (lastReadAt ?? -Infinity) + (group.healthy ? (unhealthyThreshold - 1) * intervalMs : 0);
  let next = Infinity;
  for (const r of registeredAt) {
    const first = Math.min(healthyThreshold, unhealthyThreshold);
    const k = Math.max(first, Math.floor((after - r) / intervalMs) + 1);
    next = Math.min(next, r + k * intervalMs);
  }
  return next + TICK_SLACK_MS;
}

/**
 * Whether to read the group in this poll: its next possible change is due, or ECS says the
 * answer changed (`forced`: the rollout COMPLETED or an "unhealthy in target-group" event while
 * the last read was not all healthy), which also covers an emulator whose durations run faster
 * than the settings say.
 */
export function targetReadDue(
  group: TargetGroupReads,
  registeredAt: number[],
  now: number,
  forced = false,
): boolean {
  if (registeredAt.length === 0) return false;
  if (!group.clock || (forced && !group.healthy)) return true;
  const at = nextTargetReadAt(group, registeredAt);
  return at !== undefined && now >= at;
}

/**
 * How many waves of task failures are still needed to fail the wait (the verdict's stopped-task
 * threshold or ECS's circuit breaker's, whichever is lower): the live tasks (pending or running)
 * can all fail at once, and every later wave needs new tasks to launch and fail, at least
 * TASK_CYCLE_MS later. With no live task every failure needs a launch first: however many are
 * launched, the failures are at least one wave away (2, the least that says so).
 */
export function failureWaves(input: {
  failedTasks: number;
  /** Tasks of the followed deployment that are pending or running: the ones that can still fail. */
  liveTasks: number;
  stoppedTaskThreshold: number;
  /** ECS's circuit breaker threshold, when it is on. */
  circuitBreakerThreshold?: number;
}): number {
  const threshold = Math.min(input.stoppedTaskThreshold, input.circuitBreakerThreshold ?? Infinity);
  const needed = Math.max(1, threshold - input.failedTasks);
  return input.liveTasks > 0 ? Math.ceil(needed / input.liveTasks) : 2;
}

/** Margin for a read's own time and timer drift, so that a read due before a moment comes before it. */
export const READ_MARGIN_MS = 1000;

/**
 * The longest the heartbeat may wait and still see the last failure within FAST_MS: the
 * failures before the last wave must be seen before it can come, (waves − 1) × TASK_CYCLE_MS
 * after the first of them, less READ_MARGIN_MS; from then on every FAST_MS. One wave left:
 * FAST_MS. At most SLOW_MS.
 */
export function failureBound(waves: number): number {
  if (waves <= 1) return FAST_MS;
  return Math.min(SLOW_MS, (waves - 1) * TASK_CYCLE_MS - READ_MARGIN_MS);
}

/** ECS's circuit breaker threshold (ECS developer guide: max(3, min(200, ceil(desired / 2)))). */
export function circuitBreakerThreshold(desiredCount: number): number {
  return Math.max(3, Math.min(200, Math.ceil(desiredCount / 2)));
}

/**
 * BLUE_GREEN, LINEAR, CANARY: the earliest moment ECS can report the service deployment
 * SUCCESSFUL. After the last traffic shift ECS bakes for bakeTimeInMinutes (BAKE_TIME), then in
 * CLEAN_UP stops the blue tasks, which the load balancer first drains for the deregistration
 * delay (ECS developer guide, "Amazon ECS blue/green deployments": the lifecycle stages).
 * Earlier stages: undefined (the traffic shifts and their bakes are not needed to tell success
 * early; a failure in them ends the wait on the failure pace). A prediction a little early costs
 * a few reads at the doubling gaps after it (heartbeatDelay); one too late costs latency, so the
 * stage's start is taken from ECS's own updatedAt where it can be (stages.ts, rememberStage), not
 * from when the (slow, failure-paced) heartbeat first saw the stage.
 */
export function stagedCompletionAt(input: {
  stage: string | undefined;
  /** When that stage started (epoch ms). */
  stageStartedAt: number;
  bakeMs: number;
  /** The longest deregistration delay of the service's target groups; undefined: unknown. */
  drainMs?: number;
}): number | undefined {
  const { stage, stageStartedAt, bakeMs, drainMs } = input;
  if (drainMs === undefined) return undefined;
  if (stage === 'BAKE_TIME') return stageStartedAt + bakeMs + drainMs;
  if (stage === 'CLEAN_UP') return stageStartedAt + drainMs;
  return undefined;
}

export interface HeartbeatInput {
  now: number;
  /** When the wait started. */
  startedAt: number;
  /** When the service's progress last changed (or the wait started). */
  changedAt: number;
  /** Failure waves still needed to fail the wait (failureWaves); 1: the next failure can. */
  failureWaves: number;
  /** When the rollout can complete at the earliest (targets healthy + deregistration delay). */
  completionAt?: number;
  /** The earliest due target group read. */
  targetReadAt?: number;
}

/**
 * Delay to the next poll before backoff and caps. A predicted moment (the next target health
 * read, the earliest completion) pulls the read to it, and between now and then the heartbeat
 * only has to be frequent enough for failures (failureBound): the gap is split evenly so that
 * no read is wasted just before the predicted one. Without a prediction (no task of the
 * deployment runs yet, no load balancer, or its settings unreadable) the service's next change
 * cannot be told ahead: QUICK_MS after a change, growing with the time nothing changed up to
 * RAMP_MAX_MS. After the predicted completion: COMPLETION_POLL_MS, the gaps doubling (the
 * prediction is usually right, so few reads are spent after it). And never longer than the wait
 * has lasted (from QUICK_MS): a rollout that runs faster than its settings predict (an emulator
 * at a compressed time scale) is still seen within seconds, at no cost at AWS's pace, where the
 * tasks take longer to start than this doubling takes to reach the failure bound.
 */
export function heartbeatDelay(input: HeartbeatInput): number {
  const { now, changedAt, completionAt, targetReadAt } = input;
  const bound = failureBound(input.failureWaves);
  const completion = completionAt === undefined ? undefined : completionAt + TICK_SLACK_MS;
  let delay = bound;
  if (completion !== undefined && now >= completion) {
    delay = Math.min(delay, Math.max(COMPLETION_POLL_MS, now - completion));
  } else {
    const predicted = Math.min(completion ?? Infinity, targetReadAt ?? Infinity);
    if (predicted === Infinity)
      delay = Math.min(delay, Math.min(RAMP_MAX_MS, Math.max(QUICK_MS, now - changedAt)));
    else {
      const gap = Math.max(0, predicted - now);
      delay = gap / Math.max(1, Math.ceil(gap / delay));
    }
  }
  if (targetReadAt !== undefined) delay = Math.min(delay, Math.max(0, targetReadAt - now));
  delay = Math.min(delay, Math.max(QUICK_MS, now - input.startedAt));
  return Math.max(100, Math.round(delay));
}

// ---------------------------------------------------------------- pacing

export interface PacingSettings {
  /** ECS calls allowed in any 60 s window (DescribeServices, ListTasks, DescribeTasks). */
  ecsCallsPerMinute: number;
  /** Longest delay between polls, including backoff. */
  maxDelayMs: number;
}

export const DEFAULT_PACING: PacingSettings = { ecsCallsPerMinute: 36, maxDelayMs: 30_000 };

/**
 * Delay before the next poll. `baseMs` is the deployment wait's schedule (schedule.ts,
 * heartbeatDelay); without it (pollUntil's one-off waits) every 2 s for the first 3 minutes, then
 * 3, 5 and 10 s as the wait grows long. Doubled per level of backoff after throttling or
 * transient errors; at most `maxDelayMs` (wait-max-delay-seconds); and never so soon that the ECS
 * calls of the last minute (plus the next poll's one) would exceed the budget.
 */
export function nextPollDelay(
  input: { elapsedMs: number; backoffLevel: number; now: number; ecsCallTimes: number[]; baseMs?: number },
  pacing = DEFAULT_PACING,
): number {
  const { elapsedMs, backoffLevel, now, ecsCallTimes } = input;
  const base =
    input.baseMs ??
    (elapsedMs < 3 * 60_000
      ? 2000
      : elapsedMs < 10 * 60_000
        ? 3000
        : elapsedMs < 20 * 60_000
          ? 5000
          : 10_000);
  let delay = Math.min(base * 2 ** Math.max(0, backoffLevel), pacing.maxDelayMs);
  const recent = ecsCallTimes.filter((t) => t > now - 60_000).sort((a, b) => a - b);
  const excess = recent.length + 1 - pacing.ecsCallsPerMinute;
  if (excess > 0) delay = Math.max(delay, recent[excess - 1] + 60_000 - now + 1);
  return delay;
}
