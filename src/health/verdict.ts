import type {
  Deployment,
  Service,
  ServiceDeployment,
  ServiceDeploymentBrief,
  ServiceEvent,
  Task,
} from '@aws-sdk/client-ecs';
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { WaitOutcome } from './types.js';

/**
 * The health verdict: a pure function from one snapshot of a service (its deployments and
 * events, the followed deployment's tasks, target health per target group) to "healthy",
 * "failed because …" or "keep waiting". The waiting loop (wait.ts) only gathers snapshots and
 * acts on verdicts, so every decision here is tested as a table of successive snapshots.
 */
export interface HealthSnapshot {
  /** Clock time of the snapshot, epoch ms (compared with AWS timestamps such as a task's startedAt). */
  now: number;
  service: Service;
  /** The followed deployment's tasks known so far, running and stopped, as last described. */
  tasks: Task[];
  /** Target health per target group ARN, for the groups read in this poll. */
  targets: Record<string, TargetHealthDescription[]>;
  /** The target groups that must be healthy (the service's load balancers' unless given). */
  targetGroupArns: string[];
}

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
 * What the service deployment history says of a deployment DescribeServices no longer lists (ECS
 * drops a deployment once its tasks are gone: rolled back, or replaced by a later deploy).
 */
export interface DeploymentHistory {
  /** The revision the deployment's tasks ran (ListTasks startedBy = its id, kept about an hour). */
  taskDefinitionArn: string;
  /** The service deployment that started it (DescribeServiceDeployments), when one matched. */
  serviceDeployment?: ServiceDeployment;
  /** Service deployments created after it, newest first. */
  later: ServiceDeploymentBrief[];
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

  const followed = deployments.find((d) => d.id === memory.deploymentId);
  const stopped = failedStoppedTasks(snapshot.tasks);
  if (followed) Object.assign(memory.targetProblems, targetState(snapshot, followed).problemsByTask);
  const stoppedDetails = stopped.map((task) => describeStoppedTask(task, memory.targetProblems));

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
    if (primary && isRollbackTo(primary, memory)) {
      return result(
        'failed',
        'rolled-back-by-ecs',
        rolledBackReason(memory, primary, undefined, stopped),
        stoppedDetails,
      );
    }
    if (primary) return result('failed', 'replaced', replacedReason(memory, primary), stoppedDetails);
    return result(
      'failed',
      'failed',
      `Deployment ${memory.deploymentId} disappeared from service ${service.serviceName}`,
      stoppedDetails,
    );
  }

  if (followed.status !== 'PRIMARY') {
    if (primary && followed.rolloutState === 'FAILED') {
      return result(
        'failed',
        'rolled-back-by-ecs',
        rolledBackReason(memory, primary, followed, stopped),
        stoppedDetails,
      );
    }
    if (primary) return result('failed', 'replaced', replacedReason(memory, primary), stoppedDetails);
  }

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
    return result(
      'failed',
      'failed',
      `Targets of ${deploymentName(followed)} are unhealthy past the ${grace} s health check grace period: ${targets.unhealthyPastGrace[0]}`,
      [...targets.unhealthyPastGrace, ...stoppedDetails],
    );
  }

  const rolloutDone =
    followed.status === 'PRIMARY' &&
    (followed.rolloutState
      ? followed.rolloutState === 'COMPLETED'
      : deployments.length === 1 && (followed.runningCount ?? 0) === (followed.desiredCount ?? 0));
  if (rolloutDone && targets.allHealthy) {
    return result(
      'healthy',
      'healthy',
      `Deployment ${deploymentName(followed)} is healthy: ${statusLine(snapshot, followed)}`,
    );
  }
  return result('waiting', undefined, statusLine(snapshot, followed), targets.notHealthy);
}

type HistoryVerdict = Pick<Verdict, 'status' | 'outcome' | 'reason'>;

/** The verdict on a deployment ECS no longer lists, from its service deployment's status. */
function historyVerdict(
  service: Service,
  memory: VerdictMemory,
  primary: Deployment | undefined,
  history: DeploymentHistory,
  cause: string,
): HistoryVerdict {
  const deployment = `${memory.deploymentId} (revision ${revisionName(memory.taskDefinitionArn)})`;
  const now = primary ? `${deploymentName(primary)} is now PRIMARY` : 'no deployment is PRIMARY';
  const sd = history.serviceDeployment;
  const why = (sd?.statusReason ?? sd?.rollback?.reason)?.trim();
  const failed = `Deployment ${deployment} failed${why ? ` (${why})` : ''}`;
  const verdict = (outcome: WaitOutcome, reason: string): HistoryVerdict => ({
    status: 'failed',
    outcome,
    reason,
  });
  if (!sd?.status) {
    // Its tasks say it was this service's, but the history no longer has it (or never had it:
    // ECS records service deployments since October 2024).
    return verdict(
      'replaced',
      `Deployment ${deployment} is no longer a deployment of service ${service.serviceName} and its service deployment history is gone: ${now}`,
    );
  }
  switch (sd.status) {
    case 'ROLLBACK_SUCCESSFUL':
      return verdict('rolled-back-by-ecs', `${failed} and ECS rolled it back: ${now}${cause}`);
    case 'ROLLBACK_REQUESTED':
    case 'ROLLBACK_IN_PROGRESS':
      return verdict('rolled-back-by-ecs', `${failed} and ECS is rolling it back: ${now}${cause}`);
    case 'ROLLBACK_FAILED':
      return verdict(
        'rolled-back-by-ecs',
        `${failed} and ECS rolled it back, but the rollback failed too: ${now}${cause}`,
      );
  }
  if (sd.status === 'STOPPED' && sd.deploymentCircuitBreaker?.status === 'TRIGGERED')
    return verdict(
      'failed',
      `Rollout of ${deployment} FAILED: ${withCause(why ?? 'no reason given', cause)}`,
    );
  if (history.later.length > 0 && primary) {
    const since =
      history.later.length > 1 ? `, the newest of ${history.later.length} deployments started after it` : '';
    return verdict(
      'replaced',
      `Deployment ${deployment} was replaced by deployment ${deploymentName(primary)}${since}: someone else deployed`,
    );
  }
  // The history has it as current but DescribeServices does not list it yet: the two are
  // eventually consistent, so look again at the next poll.
  return {
    status: 'waiting',
    outcome: undefined,
    reason: `Deployment ${deployment} is not listed by the service yet (service deployment ${sd.status})`,
  };
}

/**
 * The service deployment that started a deployment, from ListServiceDeployments: the newest one
 * created at or before the deployment's first task (a service deployment has no ecs-svc id, and a
 * deployment's tasks are the only link). `later` are the ones created after it, newest first.
 */
export function matchServiceDeployment(
  briefs: ServiceDeploymentBrief[],
  tasks: Task[],
): { match?: ServiceDeploymentBrief; later: ServiceDeploymentBrief[] } {
  const firstTask = Math.min(
    ...tasks.map((t) => time(t.createdAt ?? t.startedAt ?? t.stoppingAt)).filter((t) => t > 0),
  );
  const newestFirst = [...briefs].sort((a, b) => time(b.createdAt) - time(a.createdAt));
  if (!Number.isFinite(firstTask)) return { later: [] };
  const index = newestFirst.findIndex((b) => time(b.createdAt) <= firstTask);
  if (index < 0) return { later: [] };
  return { match: newestFirst[index], later: newestFirst.slice(0, index) };
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
  const completed = deployments
    .filter((d) => d.rolloutState === 'COMPLETED' && d.taskDefinition)
    .sort((a, b) => time(b.createdAt) - time(a.createdAt))[0];
  return {
    deploymentId,
    taskDefinitionArn: followed?.taskDefinition ?? previous.taskDefinitionArn,
    deploymentCreatedAt: followed?.createdAt ? time(followed.createdAt) : previous.deploymentCreatedAt,
    otherTaskDefinitionArns: [...others],
    lastCompletedTaskDefinitionArn: completed?.taskDefinition ?? previous.lastCompletedTaskDefinitionArn,
    // Events only fill gaps: target health's own lines carry the reason code.
    targetProblems: { ...unhealthyEventsByTask(snapshot), ...previous.targetProblems },
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

/** `ecs-svc/123 (revision family:7)` */
export function deploymentName(d: Deployment): string {
  return `${d.id} (revision ${revisionName(d.taskDefinition)})`;
}

/** `family:7` from a task definition ARN. */
export function revisionName(taskDefinitionArn: string | undefined): string {
  if (!taskDefinitionArn) return 'unknown';
  return taskDefinitionArn.split('/').pop() ?? taskDefinitionArn;
}

// ---------------------------------------------------------------- stopped tasks

/**
 * Tasks that stopped because something went wrong. Stops the scheduler makes on its own
 * (scale-in, replacing old tasks), user StopTask calls and Spot interruptions say nothing about
 * the new revision.
 */
export function failedStoppedTasks(tasks: Task[]): Task[] {
  return tasks.filter((t) => {
    if (t.desiredStatus !== 'STOPPED' && t.lastStatus !== 'STOPPED') return false;
    if (
      t.stopCode === 'UserInitiated' ||
      t.stopCode === 'SpotInterruption' ||
      t.stopCode === 'TerminationNotice'
    )
      return false;
    return !/^Scaling activity initiated by/i.test(t.stoppedReason ?? '');
  });
}

export function describeStoppedTask(task: Task, targetProblems: Record<string, string> = {}): string {
  const id = task.taskArn?.split('/').pop() ?? 'unknown';
  const target = targetProblems[id] ? `; last target health: ${targetProblems[id]}` : '';
  const essential = (task.containers ?? []).filter((c) => c.exitCode !== undefined || c.reason);
  const containers = essential.map((c) => {
    const exit = c.exitCode !== undefined ? `exit code ${c.exitCode}` : 'no exit code';
    return `container ${c.name}: ${exit}${c.reason ? ` (${c.reason})` : ''}`;
  });
  const reason = task.stoppedReason ?? 'no stopped reason';
  const code = task.stopCode ? ` [${task.stopCode}]` : '';
  return `task ${id} (${revisionName(task.taskDefinitionArn)}) stopped${code}: ${reason}${containers.length ? `; ${containers.join('; ')}` : ''}${target}`;
}

/** ECS's reasons end in a full stop; the cause starts a new sentence after it, without a second one. */
function withCause(reason: string, cause: string): string {
  return cause && reason.endsWith('.') ? reason.slice(0, -1) + cause : reason + cause;
}

function firstCause(stopped: Task[], targetProblems: Record<string, string>): string {
  const last = [...stopped].sort(
    (a, b) => time(b.stoppingAt ?? b.stoppedAt) - time(a.stoppingAt ?? a.stoppedAt),
  )[0];
  if (!last) return '';
  const container =
    (last.containers ?? []).find((c) => c.exitCode !== undefined && c.exitCode !== 0) ??
    (last.containers ?? []).find((c) => c.reason);
  const exit = container
    ? ` (container ${container.name}${container.exitCode !== undefined ? ` exit code ${container.exitCode}` : ''}${container.reason && container.reason !== last.stoppedReason ? `: ${container.reason}` : ''})`
    : '';
  const target = targetProblems[last.taskArn?.split('/').pop() ?? ''];
  return `. Last stopped task: ${last.stoppedReason ?? 'no stopped reason'}${exit}${target ? `; its target was ${target}` : ''}`;
}

// ---------------------------------------------------------------- events

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

/** "(task abc) (port 80) is unhealthy in (target-group arn) due to (reason …)" events, by task id. */
function unhealthyEventsByTask(snapshot: HealthSnapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const event of newestLast(snapshot.service.events ?? [])) {
    const m =
      /\(task ([0-9a-f]+)\).*is unhealthy in \(target-group [^)]*?targetgroup\/([^/)]+)[^)]*\)(?: due to \(reason (.*)\))?/i.exec(
        event.message ?? '',
      );
    if (m) out[m[1]] = `unhealthy in ${m[2]}${m[3] ? ` (${m[3]})` : ''}`;
  }
  return out;
}

export function newestLast(events: ServiceEvent[]): ServiceEvent[] {
  // ECS lists newest first; reversing before a stable sort keeps same-second events in order.
  return [...events].reverse().sort((a, b) => time(a.createdAt) - time(b.createdAt));
}

// ---------------------------------------------------------------- targets

interface TargetState {
  allHealthy: boolean;
  healthy: number;
  total: number;
  /** "target 10.0.1.12:8000 in tg-name: unhealthy (Target.ResponseCodeMismatch: …)" */
  notHealthy: string[];
  unhealthyPastGrace: string[];
  /** task id → "unhealthy in tg (Reason: Description)" for targets that are not healthy */
  problemsByTask: Record<string, string>;
}

/** The IP addresses of a task (awsvpc network mode), the ids its targets are registered under. */
function taskAddresses(task: Task): string[] {
  const out = new Set<string>();
  for (const attachment of task.attachments ?? []) {
    for (const detail of attachment.details ?? [])
      if (detail.name === 'privateIPv4Address' && detail.value) out.add(detail.value);
  }
  for (const c of task.containers ?? [])
    for (const ni of c.networkInterfaces ?? []) if (ni.privateIpv4Address) out.add(ni.privateIpv4Address);
  return [...out];
}

export function targetState(snapshot: HealthSnapshot, followed: Deployment): TargetState {
  const running = snapshot.tasks.filter((t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING');
  const grace = (snapshot.service.healthCheckGracePeriodSeconds ?? 0) * 1000;
  const state: TargetState = {
    allHealthy: true,
    healthy: 0,
    total: 0,
    notHealthy: [],
    unhealthyPastGrace: [],
    problemsByTask: {},
  };
  if (snapshot.targetGroupArns.length === 0) return state;
  // ECS counts a task as running before the load balancer has seen it: wait until every task
  // the deployment wants is known and running, or its targets cannot all be checked.
  if (running.length < (followed.desiredCount ?? 0)) state.allHealthy = false;
  for (const group of snapshot.targetGroupArns) {
    const descriptions = snapshot.targets[group];
    if (!descriptions) {
      state.allHealthy = false;
      continue;
    }
    const groupName = group.split(':').pop()?.split('/')[1] ?? group;
    // Bridge and host network modes register container instances, not task addresses: there
    // every target not being drained must be healthy.
    const byTask = running.every((t) => taskAddresses(t).length > 0);
    for (const task of byTask ? running : [undefined]) {
      const addresses = task ? taskAddresses(task) : [];
      const mine = descriptions.filter((d) =>
        task ? addresses.includes(d.Target?.Id ?? '') : d.TargetHealth?.State !== 'draining',
      );
      if (task && mine.length === 0) {
        state.allHealthy = false;
        state.total++;
        state.notHealthy.push(`task ${task.taskArn?.split('/').pop()} has no target in ${groupName} yet`);
        continue;
      }
      for (const d of mine) {
        state.total++;
        const health = d.TargetHealth?.State ?? 'unknown';
        if (health === 'healthy') {
          state.healthy++;
          continue;
        }
        state.allHealthy = false;
        const why = [d.TargetHealth?.Reason, d.TargetHealth?.Description].filter(Boolean).join(': ');
        const line = `target ${d.Target?.Id}:${d.Target?.Port} in ${groupName}: ${health}${why ? ` (${why})` : ''}`;
        state.notHealthy.push(line);
        const taskId = task?.taskArn?.split('/').pop();
        if (taskId && health === 'unhealthy')
          state.problemsByTask[taskId] = `unhealthy in ${groupName}${why ? ` (${why})` : ''}`;
        const startedAt = task?.startedAt ? time(task.startedAt) : undefined;
        if (health === 'unhealthy' && startedAt !== undefined && snapshot.now - startedAt >= grace)
          state.unhealthyPastGrace.push(line);
      }
    }
  }
  return state;
}

// ---------------------------------------------------------------- status line

/** One line for the log, printed when it changes: counts, targets and rollout state. */
export function statusLine(snapshot: HealthSnapshot, followed: Deployment | undefined): string {
  if (!followed) return `deployment ${snapshot.service.deployments?.[0]?.id ?? 'unknown'} not found`;
  const parts = [
    `desired ${followed.desiredCount ?? 0}`,
    `pending ${followed.pendingCount ?? 0}`,
    `running ${followed.runningCount ?? 0}`,
  ];
  if (followed.failedTasks) parts.push(`failed ${followed.failedTasks}`);
  if (snapshot.targetGroupArns.length > 0 && (followed.runningCount ?? 0) > 0) {
    const targets = targetState(snapshot, followed);
    parts.push(`targets ${targets.healthy}/${targets.total} healthy`);
  }
  parts.push(`rollout ${followed.rolloutState ?? 'n/a'}`);
  if (followed.status !== 'PRIMARY') parts.push(`deployment now ${followed.status ?? 'unknown'}`);
  const others = (snapshot.service.deployments ?? []).filter((d) => d.id !== followed.id).length;
  if (others) parts.push(`${others} other deployment${others > 1 ? 's' : ''}`);
  return parts.join(' · ');
}

export function time(value: Date | string | number | undefined): number {
  if (value === undefined) return 0;
  if (value instanceof Date) return value.getTime();
  return typeof value === 'number' ? value : Date.parse(value);
}
