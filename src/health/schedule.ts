/**
 * When the wait reads what (issue 18): calls are spent only when the answer can have changed.
 * Pure; the reader (poll.ts) and the loop (wait.ts) hold the state and make the calls.
 *
 * Two clocks drive the reads:
 * - The heartbeat, one DescribeServices: it shows progress (running/pending counts, rolloutState,
 *   other deployments) and every failure signal (failedTasks, rolloutState FAILED, ECS's
 *   "unhealthy in target-group" and placement events) in one call. Every FAST_MS while the next
 *   task failure could fail the wait (live tasks ≥ failures still needed), so a failure is seen
 *   within FAST_MS; otherwise the delay grows with the time since the service last changed (2 s
 *   just after a change, up to SLOW_MS: a task start or a health-check cycle takes tens of seconds).
 * - The health-check clock, for DescribeTargetHealth. A load balancer marks a new target healthy
 *   after HealthyThresholdCount consecutive passing checks and unhealthy after
 *   UnhealthyThresholdCount failing ones, one check every HealthCheckIntervalSeconds, starting at
 *   registration ("Health checks for your target groups", Elastic Load Balancing user guide:
 *   targets start in `initial` and change state only on a check). So a target registered at r
 *   can change only at r + k·interval, k ≥ min(healthy, unhealthy threshold), and a healthy one
 *   no sooner than unhealthy-threshold checks after it was seen healthy: the groups are read
 *   TICK_SLACK_MS after those moments, never before a task of the deployment runs.
 * Completion: once every target is healthy ECS drains the old tasks for the deregistration delay
 * before the rollout is COMPLETED, so the heartbeat aims just after that moment, then polls
 * every COMPLETION_POLL_MS for COMPLETION_WINDOW_MS.
 * The loop then applies backoff, `wait-max-delay-seconds` and the ECS calls-per-minute cap.
 */

/** A target group's health-check settings (DescribeTargetGroups, DescribeTargetGroupAttributes), in ms. */
export interface HealthCheckClock {
  intervalMs: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  deregistrationDelayMs: number;
}

/** Heartbeat while the next failure could end the wait: a failure is seen within this. */
export const FAST_MS = 4000;
/** Heartbeat just after the service changed, growing to SLOW_MS while nothing changes. */
export const QUICK_MS = 2000;
export const SLOW_MS = 10_000;
/** Read a target group this long after the check that may have changed it. */
export const TICK_SLACK_MS = 500;
export const COMPLETION_POLL_MS = 2000;
export const COMPLETION_WINDOW_MS = 16_000;

/**
 * No target can change state sooner after registration: the shortest interval (5 s) times the
 * smallest threshold (2) (ELBv2 API reference, CreateTargetGroup: HealthCheckIntervalSeconds
 * 5–300, HealthyThresholdCount and UnhealthyThresholdCount 2–10).
 */
export const EARLIEST_CHANGE_MS = 10_000;

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

/** Whether the next failed task could end the wait (the verdict's threshold or the circuit breaker's). */
export function failureCouldEndWait(input: {
  failedTasks: number;
  /** Tasks of the followed deployment that are pending or running: the ones that can still fail. */
  liveTasks: number;
  stoppedTaskThreshold: number;
  /** ECS's circuit breaker threshold, when it is on. */
  circuitBreakerThreshold?: number;
}): boolean {
  const threshold = Math.min(input.stoppedTaskThreshold, input.circuitBreakerThreshold ?? Infinity);
  return input.liveTasks > 0 && input.liveTasks >= threshold - input.failedTasks;
}

/** ECS's circuit breaker threshold (ECS developer guide: max(3, min(200, ceil(desired / 2)))). */
export function circuitBreakerThreshold(desiredCount: number): number {
  return Math.max(3, Math.min(200, Math.ceil(desiredCount / 2)));
}

export interface HeartbeatInput {
  now: number;
  /** When the service's progress last changed (or the wait started). */
  changedAt: number;
  failureCouldEndWait: boolean;
  /** When the rollout can complete at the earliest (targets healthy + deregistration delay). */
  completionAt?: number;
  /** The earliest due target group read. */
  targetReadAt?: number;
}

/** Delay to the next poll before backoff and caps. */
export function heartbeatDelay(input: HeartbeatInput): number {
  const { now, changedAt, completionAt, targetReadAt } = input;
  let delay = input.failureCouldEndWait ? FAST_MS : Math.min(SLOW_MS, Math.max(QUICK_MS, now - changedAt));
  if (completionAt !== undefined) {
    const first = completionAt + TICK_SLACK_MS;
    if (now < first) delay = Math.min(delay, first - now);
    else if (now < first + COMPLETION_WINDOW_MS) delay = Math.min(delay, COMPLETION_POLL_MS);
  }
  if (targetReadAt !== undefined) delay = Math.min(delay, Math.max(0, targetReadAt - now));
  return Math.max(100, Math.round(delay));
}
