/**
 * The health verdict: a pure function from one snapshot of a service (its deployments and
 * events, the followed deployment's tasks, target health per target group) to "healthy",
 * "failed because …" or "keep waiting". The waiting loop (wait.ts) only gathers snapshots and
 * acts on verdicts, so every decision here is tested as a table of successive snapshots. What a
 * snapshot shows is read in snapshot.ts; a deployment ECS no longer lists is judged in history.ts.
 *
 * With a least-privilege role some reads are missing (issue 14; poll.ts warns once of each), and
 * these rules can no longer fire:
 * - No tasks (ecs:ListTasks / DescribeTasks): the stopped-task threshold still fires, on ECS's
 *   `failedTasks` count, but without a cause; the "is unhealthy in target-group" event rule needs
 *   the task's start time for the grace period, so it does not fire; target health is checked
 *   per target group (every target not draining healthy) instead of per task of the deployment.
 * - No target health (elasticloadbalancing:DescribeTargetHealth): "targets unhealthy past the
 *   grace period" does not fire, and healthy rests on ECS alone, its rollout COMPLETED (the
 *   service reached a steady state, ECS API reference, Deployment.rolloutState). ECS stops and
 *   replaces a task whose target fails its health checks, so a failing target still ends the wait
 *   through `failedTasks`, the rollout FAILED or ECS's rollback; only later than it would have.
 * - No history (ecs:ListServiceDeployments …): see history.ts.
 */
import type { Deployment, Task } from '@aws-sdk/client-ecs';
import { historyVerdict, type DeploymentHistory } from './history.js';
import {
  deploymentName,
  describeStoppedTask,
  failedStoppedTasks,
  firstCause,
  lastCompletedRevision,
  newestLast,
  revisionName,
  statusLine,
  targetState,
  time,
  unhealthyEventsByTask,
  withCause,
  type HealthSnapshot,
} from './snapshot.js';
import {
  beforeProductionTraffic,
  deploymentStrategy,
  followsServiceDeployment,
  rememberStage,
  serviceDeploymentName,
  stageVerdict,
  type StageEntry,
  type StageVerdict,
} from './stages.js';
import type { WaitOutcome } from './types.js';

/** What the verdict remembers between snapshots. Start with `initialMemory()`. */
export interface VerdictMemory {
  /** The deployment followed; unset until the first snapshot picks the PRIMARY. */
  deploymentId?: string;
  /** The followed deployment's revision, once seen. */
  taskDefinitionArn?: string;
  /** The followed deployment's creation time (epoch ms): events before it are someone else's. */
  deploymentCreatedAt?: number;
  /** Revisions of the other deployments seen while following (ECS rolls back to one of them). */
  otherTaskDefinitionArns: string[];
  /** The newest COMPLETED deployment's revision seen (the default rollback target). */
  lastCompletedTaskDefinitionArn?: string;
  /**
   * The last target health problem seen per task id: ECS stops a task whose target fails its
   * checks, and once stopped its target is gone, so its stopped-task line repeats the reason.
   */
  targetProblems: Record<string, string>;
  /** BLUE_GREEN, LINEAR and CANARY (issue 17): the service deployment's lifecycle stages seen. */
  stages?: StageEntry[];
}

export interface VerdictSettings {
  /** Stopped (failed) tasks of the followed deployment that fail the wait. */
  stoppedTaskThreshold: number;
}

export const DEFAULT_VERDICT_SETTINGS: VerdictSettings = {
  // ECS's circuit breaker trips at max(3, min(200, ceil(desired / 2))) failed tasks; 3 is its
  // floor, so with few tasks we fail no later than ECS would, and earlier when it is disabled.
  stoppedTaskThreshold: 3,
};

export type VerdictStatus = 'healthy' | 'failed' | 'waiting';

export interface Verdict {
  status: VerdictStatus;
  /** Set when the status is final: 'healthy' or the kind of failure. */
  outcome?: WaitOutcome;
  /** One line for a person. */
  reason: string;
  /** Supporting lines (stopped tasks, target health reasons). */
  details: string[];
  /** The memory to pass with the next snapshot. */
  memory: VerdictMemory;
}

export function initialMemory(deploymentId?: string): VerdictMemory {
  return { deploymentId, otherTaskDefinitionArns: [], targetProblems: {} };
}

/**
 * The verdict on one snapshot. `history` is read (by the loop) only when the followed deployment
 * was never seen in the service's deployments; it tells a wrong id from one ECS already dropped.
 */
export function healthVerdict(
  snapshot: HealthSnapshot,
  previous: VerdictMemory,
  settings = DEFAULT_VERDICT_SETTINGS,
  history?: DeploymentHistory,
): Verdict {
  const { service } = snapshot;
  const deployments = service.deployments ?? [];
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  const memory = remember(snapshot, previous, primary);
  const result = (
    status: VerdictStatus,
    outcome: WaitOutcome | undefined,
    reason: string,
    details: string[] = [],
  ): Verdict => ({
    status,
    outcome,
    reason,
    details,
    memory,
  });

  if (service.status && service.status !== 'ACTIVE') {
    return result(
      'failed',
      'failed',
      `Service ${service.serviceName} is ${service.status}: it was deleted while waiting`,
    );
  }

  // ECS-native BLUE_GREEN, LINEAR, CANARY (issue 17): the service deployment decides first.
  const sd = followsServiceDeployment(service) ? snapshot.serviceDeployment : undefined;
  let staged: StageVerdict | undefined;
  if (sd) {
    memory.stages = rememberStage(memory.stages ?? [], sd, snapshot.now);
    staged = stageVerdict(sd, deploymentStrategy(service));
    if (staged.status === 'failed') return result('failed', staged.outcome, staged.reason);
    // ECS is rolling back: its deployments come and go; the service deployment says how it ends.
    if (sd.status?.startsWith('ROLLBACK_')) return result('waiting', undefined, staged.reason);
  }

  const followed = deployments.find((d) => d.id === memory.deploymentId);
  const stopped = failedStoppedTasks(snapshot.tasks);
  if (followed) Object.assign(memory.targetProblems, targetState(snapshot, followed).problemsByTask);
  const stoppedDetails = stopped.map((task) => describeStoppedTask(task, memory.targetProblems));
  /** Another deployment is PRIMARY now: ECS's rollback of ours, or someone else's deploy. */
  const overtaken = (primary: Deployment, rolledBack: boolean, followedNow?: Deployment): Verdict =>
    rolledBack
      ? result(
          'failed',
          'rolled-back-by-ecs',
          rolledBackReason(memory, primary, followedNow, stopped),
          stoppedDetails,
        )
      : result('failed', 'replaced', replacedReason(memory, primary), stoppedDetails);

  if (!followed) {
    if (!memory.taskDefinitionArn) {
      if (history) {
        const seen = { ...memory, taskDefinitionArn: history.taskDefinitionArn };
        // The stopped tasks' cause belongs in the error as much as when ECS's rollback is seen live.
        const cause = firstCause(stopped, memory.targetProblems);
        const known = historyVerdict(service, seen, primary, history, cause);
        // While waiting, the deployment stays "not yet seen", so the next poll asks the history again.
        return { ...known, details: stoppedDetails, memory: known.status === 'waiting' ? memory : seen };
      }
      const current = primary ? ` The PRIMARY deployment is ${deploymentName(primary)}` : '';
      return result(
        'failed',
        'not-found',
        `Deployment ${memory.deploymentId} is not a deployment of service ${service.serviceName}.${current}`,
      );
    }
    if (primary) return overtaken(primary, isRollbackTo(primary, memory));
    return result(
      'failed',
      'failed',
      `Deployment ${memory.deploymentId} disappeared from service ${service.serviceName}`,
      stoppedDetails,
    );
  }

  if (followed.status !== 'PRIMARY' && primary)
    return overtaken(primary, followed.rolloutState === 'FAILED', followed);

  if (followed.rolloutState === 'FAILED') {
    const why = followed.rolloutStateReason || 'no reason given';
    return result(
      'failed',
      'failed',
      `Rollout of ${deploymentName(followed)} FAILED: ${withCause(why, firstCause(stopped, memory.targetProblems))}`,
      stoppedDetails,
    );
  }

  const failureEvent = failureEventOf(snapshot, memory);
  if (failureEvent) return result('failed', 'failed', `ECS reports: ${failureEvent}`, stoppedDetails);

  const failedCount = Math.max(stopped.length, followed.failedTasks ?? 0);
  if (failedCount >= settings.stoppedTaskThreshold) {
    return result(
      'failed',
      'failed',
      `${failedCount} tasks of ${deploymentName(followed)} stopped${firstCause(stopped, memory.targetProblems)}`,
      stoppedDetails,
    );
  }

  const targets = targetState(snapshot, followed);
  if (targets.unhealthyPastGrace.length > 0) {
    const grace = service.healthCheckGracePeriodSeconds ?? 0;
    if (sd && beforeProductionTraffic(sd.lifecycleStage))
      return result(
        'failed',
        'failed',
        `${serviceDeploymentName(sd, deploymentStrategy(service))} failed at stage ${sd.lifecycleStage ?? 'no stage yet'}: targets of ${deploymentName(followed)} are unhealthy in the alternate target group past the ${grace} s health check grace period, before any production traffic moved (production is untouched): ${targets.unhealthyPastGrace[0]}`,
        [...targets.unhealthyPastGrace, ...stoppedDetails],
      );
    return result(
      'failed',
      'failed',
      `Targets of ${deploymentName(followed)} are unhealthy past the ${grace} s health check grace period: ${targets.unhealthyPastGrace[0]}`,
      [...targets.unhealthyPastGrace, ...stoppedDetails],
    );
  }

  // Until ECS lists the service deployment (eventually consistent), it cannot be done.
  const rolloutDone = followsServiceDeployment(service)
    ? staged?.status === 'done'
    : followed.status === 'PRIMARY' &&
      (followed.rolloutState
        ? followed.rolloutState === 'COMPLETED'
        : deployments.length === 1 && (followed.runningCount ?? 0) === (followed.desiredCount ?? 0));
  if (rolloutDone && targets.allHealthy) {
    return result(
      'healthy',
      'healthy',
      `Deployment ${deploymentName(followed)} is healthy: ${staged ? `${staged.reason}, ` : ''}${statusLine(snapshot, followed)}`,
    );
  }
  const waiting = statusLine(snapshot, followed);
  return result('waiting', undefined, staged ? `${staged.reason}; ${waiting}` : waiting, targets.notHealthy);
}

/** Updates the memory with what this snapshot shows. */
function remember(
  snapshot: HealthSnapshot,
  previous: VerdictMemory,
  primary: Deployment | undefined,
): VerdictMemory {
  const deployments = snapshot.service.deployments ?? [];
  const deploymentId = previous.deploymentId ?? primary?.id;
  const followed = deployments.find((d) => d.id === deploymentId);
  const others = new Set(previous.otherTaskDefinitionArns);
  for (const d of deployments) {
    // Only deployments older than ours: a newer one is someone else's deploy (or ECS's rollback).
    if (
      followed &&
      d.id !== deploymentId &&
      d.taskDefinition &&
      d.taskDefinition !== followed.taskDefinition &&
      !isCreatedAfter(d, followed)
    ) {
      others.add(d.taskDefinition);
    }
  }
  return {
    deploymentId,
    taskDefinitionArn: followed?.taskDefinition ?? previous.taskDefinitionArn,
    deploymentCreatedAt: followed?.createdAt ? time(followed.createdAt) : previous.deploymentCreatedAt,
    otherTaskDefinitionArns: [...others],
    lastCompletedTaskDefinitionArn:
      lastCompletedRevision(deployments) ?? previous.lastCompletedTaskDefinitionArn,
    // Events only fill gaps: target health's own lines carry the reason code.
    targetProblems: { ...unhealthyEventsByTask(snapshot), ...previous.targetProblems },
    ...(previous.stages ? { stages: previous.stages } : {}),
  };
}

function isCreatedAfter(d: Deployment, followed: Deployment): boolean {
  return !!followed.createdAt && !!d.createdAt && time(d.createdAt) > time(followed.createdAt);
}

/** A deployment created after ours that runs a revision the service ran before: ECS's rollback. */
function isRollbackTo(primary: Deployment, memory: VerdictMemory): boolean {
  return (
    !!primary.taskDefinition &&
    memory.otherTaskDefinitionArns.includes(primary.taskDefinition) &&
    primary.id !== memory.deploymentId
  );
}

function rolledBackReason(
  memory: VerdictMemory,
  primary: Deployment,
  followed: Deployment | undefined,
  stopped: Task[],
): string {
  const why = followed?.rolloutStateReason ? ` (${followed.rolloutStateReason})` : '';
  return (
    `Deployment ${memory.deploymentId} (revision ${revisionName(memory.taskDefinitionArn)}) failed${why} and ECS rolled it back: ` +
    `${deploymentName(primary)} is now PRIMARY${firstCause(stopped, memory.targetProblems)}`
  );
}

function replacedReason(memory: VerdictMemory, primary: Deployment): string {
  return `Deployment ${memory.deploymentId} (revision ${revisionName(memory.taskDefinitionArn)}) was replaced by deployment ${deploymentName(primary)}: someone else deployed`;
}

/** ECS events that mean the rollout cannot succeed as is. */
function failureEventOf(snapshot: HealthSnapshot, memory: VerdictMemory): string | undefined {
  const since = memory.deploymentCreatedAt ?? 0;
  const taskIds = new Set(snapshot.tasks.map((t) => t.taskArn?.split('/').pop()));
  const grace = (snapshot.service.healthCheckGracePeriodSeconds ?? 0) * 1000;
  for (const event of newestLast(snapshot.service.events ?? [])) {
    if (time(event.createdAt) < since) continue;
    const message = event.message ?? '';
    if (/was unable to place a task/i.test(message)) return message;
    // "(service x) (task abc) (port 80) is unhealthy in (target-group arn) due to (reason …)"
    const unhealthy = /\(task ([0-9a-f]+)\).*is unhealthy in \(target-group/i.exec(message);
    if (unhealthy && taskIds.has(unhealthy[1])) {
      const task = snapshot.tasks.find((t) => t.taskArn?.endsWith(`/${unhealthy[1]}`));
      if (task?.startedAt && time(event.createdAt) - time(task.startedAt) >= grace) return message;
    }
  }
  return undefined;
}
