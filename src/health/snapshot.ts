/**
 * What one snapshot of a service shows, as facts for the verdict and lines for a person: which
 * tasks stopped for a reason and why, what the service events say of target health, the state of
 * the followed deployment's targets, and the status line. Pure, like the verdict.
 */
import type { Deployment, Service, ServiceDeployment, ServiceEvent, Task } from '@aws-sdk/client-ecs';
import type { TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';

/** One poll's view of the service: what the verdict is asked about. */
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
  /** The tasks could not be read (no ecs:ListTasks or ecs:DescribeTasks): `tasks` is empty. */
  tasksUnknown?: boolean;
  /**
   * BLUE_GREEN, LINEAR and CANARY services (issue 17): each load balancer's alternate target group
   * by its target group. A task's targets count in either: green registers in the alternate one
   * and ECS swaps the two roles when production traffic moves.
   */
  alternateTargetGroups?: Record<string, string>;
  /** The service deployment being followed (DescribeServiceDeployments), for those services. */
  serviceDeployment?: ServiceDeployment;
  /** Production traffic to green in percent, from the production listener rule's weights. */
  greenProductionPercent?: number;
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
export function withCause(reason: string, cause: string): string {
  return cause && reason.endsWith('.') ? reason.slice(0, -1) + cause : reason + cause;
}

export function firstCause(stopped: Task[], targetProblems: Record<string, string>): string {
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

/** "(task abc) (port 80) is unhealthy in (target-group arn) due to (reason …)" events, by task id. */
export function unhealthyEventsByTask(snapshot: HealthSnapshot): Record<string, string> {
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

/** `web-ui-client-tg` from a target group ARN. */
function targetGroupName(arn: string): string {
  return arn.split(':').pop()?.split('/')[1] ?? arn;
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
  // the deployment wants is known and running, or its targets cannot all be checked. Without the
  // tasks, ECS's running count is all there is.
  const runningCount = snapshot.tasksUnknown ? (followed.runningCount ?? 0) : running.length;
  if (runningCount < (followed.desiredCount ?? 0)) state.allHealthy = false;
  for (const group of snapshot.targetGroupArns) {
    const alternate = snapshot.alternateTargetGroups?.[group];
    const tagged = [group, ...(alternate ? [alternate] : [])].flatMap((arn) =>
      (snapshot.targets[arn] ?? []).map((d) => ({ d, group: arn })),
    );
    if (!snapshot.targets[group] && !(alternate && snapshot.targets[alternate])) {
      state.allHealthy = false;
      continue;
    }
    const descriptions = tagged.map((t) => t.d);
    const nameOf = (d: TargetHealthDescription) =>
      targetGroupName(tagged.find((t) => t.d === d)?.group ?? group);
    const groupName = alternate
      ? `${targetGroupName(group)} or ${targetGroupName(alternate)}`
      : targetGroupName(group);
    // Bridge and host network modes register container instances, not task addresses: there
    // every target not being drained must be healthy.
    // So are they when the tasks cannot be read: then no task's addresses are known.
    const byTask = !snapshot.tasksUnknown && running.every((t) => taskAddresses(t).length > 0);
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
        const line = `target ${d.Target?.Id}:${d.Target?.Port} in ${nameOf(d)}: ${health}${why ? ` (${why})` : ''}`;
        state.notHealthy.push(line);
        const taskId = task?.taskArn?.split('/').pop();
        if (taskId && health === 'unhealthy')
          state.problemsByTask[taskId] = `unhealthy in ${nameOf(d)}${why ? ` (${why})` : ''}`;
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
    // Target health is read on the health-check clock (schedule.ts): none can be healthy before.
    const read = snapshot.targetGroupArns.some((arn) => snapshot.targets[arn]);
    parts.push(
      read ? `targets ${targets.healthy}/${targets.total} healthy` : 'targets in initial health checks',
    );
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

/** The revision of the newest COMPLETED deployment among `deployments` (the default rollback target). */
export function lastCompletedRevision(
  deployments:
    { taskDefinition?: string; rolloutState?: string; createdAt?: Date | string | number }[] | undefined,
): string | undefined {
  return (deployments ?? [])
    .filter((d) => d.rolloutState === 'COMPLETED' && d.taskDefinition)
    .sort((a, b) => time(b.createdAt) - time(a.createdAt))[0]?.taskDefinition;
}
