/**
 * The I/O half of the wait: reads one snapshot per poll with as few calls as will do.
 * Per full read: exactly one DescribeServices; DescribeTargetHealth of a target group only when
 * its answer can have changed (schedule.ts: just after a health check that can change a target of
 * a running task, or when ECS says so), the last answer reused otherwise; the groups' health-check
 * settings once (DescribeTargetGroups) when the first task runs, and their deregistration delay
 * once (DescribeTargetGroupAttributes) when a completion is worth predicting; ListTasks (startedBy
 * = the deployment id) only when more tasks run behind a load balancer than we know of;
 * DescribeTasks only for tasks that are new, left the running list, or were pending when the
 * running count moved. Stopped tasks' reasons, which only the report needs, are read once, when
 * the wait is about to fail or time out (readStoppedTasks).
 *
 * Only DescribeServices is required. The other reads are optional permissions (a role made for
 * aws-actions has none of them): a refused one is not made again in this wait, and one warning
 * per step says what is lost (what the verdict can no longer tell is in its own comment):
 * - ecs:ListTasks / ecs:DescribeTasks: the tasks. Stopped-task reasons are gone, and target health
 *   is judged per target group instead of per task (snapshot.ts, targetState).
 * - elasticloadbalancing:DescribeTargetHealth: health is judged on ECS alone (unless the user
 *   named the target groups: then it was asked for, and the refusal fails the wait).
 * - ecs:ListServiceDeployments / DescribeServiceRevisions / DescribeServiceDeployments: the
 *   history of a deployment ECS no longer lists is not read (history.ts says so in the verdict).
 *
 * BLUE_GREEN, LINEAR and CANARY services (issue 17) add one ECS call per poll: their verdict
 * follows the service deployment (stages.ts), so ListServiceDeployments once to find it, then one
 * DescribeServiceDeployments per poll, which between full reads may be the poll's only call
 * (readStage); for them these reads are required, and a refusal is one error naming the
 * permission. Target health is read in each load balancer's alternate target group too (green
 * registers there), and the production listener rule's weights (elasticloadbalancing:DescribeRules,
 * optional) give the traffic split while production traffic moves.
 */
import {
  DescribeServiceDeploymentsCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  type ServiceDeployment,
  type ServiceDeploymentBrief,
  type Deployment,
  type DesiredStatus,
  type ECSClient,
  type Service,
  type Task,
} from '@aws-sdk/client-ecs';
import {
  DescribeRulesCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client,
  type TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { listServiceDeployments, readService, serviceRevisionTaskDefinition } from '../ecs/reads.js';
import {
  accessDenial,
  permissionFix,
  permissionWarning,
  warnOnce,
  type IamDenial,
} from '../lib/access-denied.js';
import { ActionError, InputError } from '../lib/errors.js';
import { matchServiceDeployment, type DeploymentHistory } from './history.js';
import {
  nextTargetReadAt,
  TICK_SLACK_MS,
  targetReadDue,
  type HealthCheckClock,
  type TargetGroupReads,
} from './schedule.js';
import { targetState, time, type HealthSnapshot } from './snapshot.js';
import {
  deploymentStrategy,
  followsServiceDeployment,
  greenWeight,
  pickServiceDeployment,
} from './stages.js';

/** What the reader reads, and with which clients. */
export interface ReaderOptions {
  ecs: ECSClient;
  elb: ElasticLoadBalancingV2Client;
  cluster: string;
  service: string;
  targetGroupArns?: string[];
  signal?: AbortSignal;
  now: () => number;
  /** A read left out for want of an optional permission (default: a warning, once per step). */
  warn?: (message: string) => void;
}

/** The optional reads, each turned off by its first refusal. */
type OptionalRead = 'tasks' | 'targetHealth' | 'healthCheckSettings' | 'history' | 'listenerRule';

/**
 * What a person loses without each optional read. Without the health-check settings nothing is
 * lost but calls (target health is read at every poll, as before issue 18): no warning, since a
 * role without elasticloadbalancing:DescribeTargetHealth lacks them too and is warned about that.
 */
const LOST: Record<Exclude<OptionalRead, 'healthCheckSettings'>, string> = {
  tasks:
    "The deployment's tasks cannot be read, so stopped-task reasons are not reported and target health is checked per target group, not per task",
  targetHealth:
    'Target health is not checked: the deployment is judged on ECS alone (its rollout state, task counts and events)',
  history:
    'The service deployment history cannot be read, so a deployment ECS no longer lists cannot be told rolled back from replaced',
  listenerRule:
    'The production listener rule cannot be read, so the traffic split shown is the one the service deployment requested',
};

/** Which client a call went to, for the call budget and the benchmark. */
type CallService = 'ecs' | 'elbv2';

const RELIST_MS = 30_000;
const DESCRIBE_TASKS_MAX = 100;
/** ListServiceDeployments pages read at most (100 deployments): the followed one is recent. */
const HISTORY_PAGES = 5;

export class SnapshotReader {
  /** The followed deployment's tasks by ARN, as last described. */
  private readonly tasks = new Map<string, Task>();
  private last: { running: number; failed: number; desired?: number } = { running: 0, failed: 0 };
  /** Tasks known to have stopped (none of the deployment runs) whose stoppedReason is not read yet. */
  private readonly reasonUnread = new Set<string>();
  /** failedTasks when the STOPPED list was last read: read it again only when more failed. */
  private failedWhenListedStopped = 0;
  private lastListAt = -Infinity;
  private listedStoppedOfGone = false;
  /** Epoch ms of every ECS call made, for the calls-per-minute budget. */
  readonly ecsCallTimes: number[] = [];
  /** Calls by service and operation. */
  readonly calls: Record<string, number> = {};
  /** True when a call of the last read needed retries (throttling or a transient error). */
  retried = false;
  /** The optional reads IAM refused, with the refusal. */
  private readonly denied: Partial<Record<OptionalRead, IamDenial>> = {};
  /** The service deployment followed (BLUE_GREEN, LINEAR, CANARY), once ListServiceDeployments found it. */
  private serviceDeploymentArn?: string;
  /** Target health as last read, per group: reused until the group's answer can change (schedule.ts). */
  private readonly targetCache: Record<string, TargetHealthDescription[]> = {};
  private readonly targetReads = new Map<string, TargetGroupReads>();
  /** Health-check settings per group, read once when the first task runs (undefined: not yet read). */
  private clocks?: Record<string, HealthCheckClock>;
  /** Without the tasks: when ECS first counted a running task (their registration, roughly). */
  private firstRunningSeenAt?: number;
  /** The longest deregistration delay of the groups, in ms, once read (readDrainDelays). */
  private drain?: number;
  /** When every target of the followed deployment was first seen healthy (the check's tick). */
  private healthySince?: number;

  constructor(private readonly options: ReaderOptions) {}

  /**
   * One poll; `final`: the last one before a timeout, which reads every target group for the
   * report. `knownServiceDeployment`: as a stage read (readStage) just found it, not read again.
   */
  async read(
    deploymentId: string | undefined,
    final = false,
    knownServiceDeployment?: ServiceDeployment,
  ): Promise<HealthSnapshot> {
    this.retried = false;
    const service = await this.describeService();
    const id = deploymentId ?? service.deployments?.find((d) => d.status === 'PRIMARY')?.id;
    const followed = service.deployments?.find((d) => d.id === id);
    const targetGroupArns = this.options.targetGroupArns ?? [
      ...new Set(
        (service.loadBalancers ?? []).map((lb) => lb.targetGroupArn).filter((arn): arn is string => !!arn),
      ),
    ];
    const staged = followsServiceDeployment(service);
    const alternateTargetGroups: Record<string, string> = {};
    if (staged)
      for (const lb of service.loadBalancers ?? [])
        if (lb.targetGroupArn && lb.advancedConfiguration?.alternateTargetGroupArn)
          alternateTargetGroups[lb.targetGroupArn] = lb.advancedConfiguration.alternateTargetGroupArn;
    const serviceDeployment = staged
      ? (knownServiceDeployment ?? (await this.readServiceDeployment(deploymentStrategy(service), followed)))
      : undefined;
    await this.optional('tasks', async () => {
      if (followed?.id) await this.refreshTasks(followed.id, followed, targetGroupArns.length > 0, final);
      else if (id && !this.listedStoppedOfGone) {
        // The deployment is gone (ECS rolled it back between two polls): its stopped tasks are the
        // cause a person needs, and only the STOPPED list still has them. Once.
        this.listedStoppedOfGone = true;
        const stopped = await this.listTasks(id, 'STOPPED');
        await this.describeTasks(stopped.filter((arn) => !this.tasks.has(arn)));
      }
    });
    const tasks = [...this.tasks.values()];
    const tasksUnknown = this.denied.tasks !== undefined;
    const targets: Record<string, TargetHealthDescription[]> = {};
    // Without the tasks, ECS's running count says when targets are worth reading.
    const running = tasksUnknown
      ? (followed?.runningCount ?? 0) > 0
      : tasks.some((t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING');
    if (running && this.firstRunningSeenAt === undefined) this.firstRunningSeenAt = this.options.now();
    const groups = targetGroupArns.flatMap((arn) =>
      alternateTargetGroups[arn] ? [arn, alternateTargetGroups[arn]] : [arn],
    );
    const registeredAt = !running
      ? []
      : tasksUnknown
        ? [this.firstRunningSeenAt!]
        : tasks
            .filter((t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING' && t.startedAt)
            .map((t) => time(t.startedAt));
    const readNow: string[] = [];
    if (running && !this.denied.targetHealth) {
      const now = this.options.now();
      // Read as soon as a task runs: from then on its registration time predicts every read
      // (schedule.ts), so the heartbeat need not run quick to find the moments.
      await this.readHealthCheckClocks(groups);
      const known = this.clocks !== undefined || this.denied.healthCheckSettings !== undefined;
      const completed = followed?.rolloutState === 'COMPLETED' || serviceDeployment?.status === 'SUCCESSFUL';
      for (const arn of groups) {
        const reads = this.groupReads(arn);
        const forced = final || completed || this.unhealthyEventSince(service, arn, reads.lastReadAt);
        if (known ? targetReadDue(reads, registeredAt, now, forced) : forced) readNow.push(arn);
      }
      await this.optional('targetHealth', async () => {
        for (const arn of readNow) this.targetCache[arn] = await this.describeTargetHealth(arn);
      });
    }
    for (const arn of groups) if (this.targetCache[arn]) targets[arn] = this.targetCache[arn];
    const rule = staged
      ? service.loadBalancers?.find((lb) => lb.advancedConfiguration?.productionListenerRule)
          ?.advancedConfiguration
      : undefined;
    let greenProductionPercent: number | undefined;
    const stage = serviceDeployment?.lifecycleStage;
    if (
      rule?.productionListenerRule &&
      rule.alternateTargetGroupArn &&
      serviceDeployment?.status === 'IN_PROGRESS'
    ) {
      // The rule's weights move only while ECS shifts production traffic: read them then, and
      // once as each other stage starts; between, the split read last still holds (it is shown
      // in the progress lines only, so this saves one ELBv2 call on most polls).
      if (stage === 'PRODUCTION_TRAFFIC_SHIFT' || stage !== this.weightReadInStage)
        await this.optional('listenerRule', async () => {
          this.lastGreenWeight = await this.productionWeight(
            rule.productionListenerRule!,
            rule.alternateTargetGroupArn!,
          );
          this.weightReadInStage = stage;
        });
      greenProductionPercent = this.lastGreenWeight;
    }
    const snapshot: HealthSnapshot = {
      now: this.options.now(),
      service,
      tasks,
      targets,
      // Unread target health is not waited for: the verdict judges on ECS alone.
      targetGroupArns: this.denied.targetHealth ? [] : targetGroupArns,
      ...(tasksUnknown ? { tasksUnknown } : {}),
      ...(staged ? { alternateTargetGroups, serviceDeployment } : {}),
      ...(greenProductionPercent !== undefined ? { greenProductionPercent } : {}),
    };
    this.noteTargetReads(snapshot, followed, readNow, registeredAt);
    if (this.healthySince !== undefined || stage === 'BAKE_TIME' || stage === 'CLEAN_UP')
      await this.readDrainDelays();
    return snapshot;
  }

  /**
   * Between two full reads of a BLUE_GREEN, LINEAR or CANARY wait, while a hook or an alarm can
   * fail the service deployment at any moment: the service deployment alone (one call).
   * Undefined before ECS lists it (the caller then reads in full).
   */
  async readStage(previous: HealthSnapshot): Promise<ServiceDeployment | undefined> {
    if (!this.serviceDeploymentArn) return undefined;
    this.retried = false;
    return this.readServiceDeployment(deploymentStrategy(previous.service), undefined);
  }

  /** After a poll: which groups were read, whether all is healthy, and since when. */
  private noteTargetReads(
    snapshot: HealthSnapshot,
    followed: Deployment | undefined,
    readNow: string[],
    registeredAt: number[],
  ): void {
    this.registeredAt = registeredAt;
    this.groups = [...snapshot.targetGroupArns, ...Object.values(snapshot.alternateTargetGroups ?? {})];
    if (readNow.length === 0) return;
    const healthy = !!followed && targetState(snapshot, followed).allHealthy;
    const at = snapshot.now;
    if (healthy && this.healthySince === undefined) {
      // Read on schedule: the targets turned healthy at the check just before (TICK_SLACK_MS).
      const scheduled = readNow.every((arn) => {
        const next = nextTargetReadAt(this.groupReads(arn), registeredAt);
        return next !== undefined && at - next < 1000;
      });
      this.healthySince = scheduled ? at - TICK_SLACK_MS : at;
    }
    if (!healthy) this.healthySince = undefined;
    for (const arn of readNow)
      this.targetReads.set(arn, { ...this.groupReads(arn), lastReadAt: at, healthy });
  }

  /** The production listener rule's share for green as last read, and in which stage. */
  private lastGreenWeight?: number;
  private weightReadInStage?: string;

  /** The target groups read and the registration times of the followed running tasks, as of the last poll. */
  private groups: string[] = [];
  private registeredAt: number[] = [];

  /** The earliest moment a target group read is due (schedule.ts); undefined while none can change. */
  nextTargetReadAt(): number | undefined {
    if (this.denied.targetHealth) return undefined;
    const due = this.groups
      .map((arn) => nextTargetReadAt(this.groupReads(arn), this.registeredAt))
      .filter((at): at is number => at !== undefined);
    return due.length ? Math.min(...due) : undefined;
  }

  /**
   * The earliest the rollout can be COMPLETED, once every target is healthy: ECS then drains the
   * other deployments' tasks for the deregistration delay. Undefined when not predictable.
   */
  completionAt(snapshot: HealthSnapshot, deploymentId: string | undefined): number | undefined {
    if (this.healthySince === undefined || this.drain === undefined) return undefined;
    // ECS lists the old deployment until its last task stopped (drained), then COMPLETES ours.
    const others = (snapshot.service.deployments ?? []).some((d) => d.id !== deploymentId);
    return this.healthySince + (others ? this.drain : 0);
  }

  /** The longest deregistration delay of the target groups, once their settings are read. */
  drainMs(): number | undefined {
    return this.drain;
  }

  private groupReads(arn: string): TargetGroupReads {
    return this.targetReads.get(arn) ?? { clock: this.clocks?.[arn], healthy: false };
  }

  /** ECS's "(task …) … is unhealthy in (target-group <arn>)" event since the group's last read. */
  private unhealthyEventSince(service: Service, arn: string, since: number | undefined): boolean {
    return (service.events ?? []).some(
      (e) =>
        time(e.createdAt) > (since ?? 0) && !!e.message?.includes(`is unhealthy in (target-group ${arn})`),
    );
  }

  /**
   * The groups' health-check settings, once: DescribeTargetGroups (all groups in one call).
   * Optional: without them the groups are read at every poll, as before issue 18.
   */
  private async readHealthCheckClocks(groups: string[]): Promise<void> {
    if (this.clocks || this.denied.healthCheckSettings || groups.length === 0) return;
    const clocks: Record<string, HealthCheckClock> = {};
    await this.optional('healthCheckSettings', async () => {
      const out = await this.elbRead('DescribeTargetGroups', () =>
        this.options.elb.send(new DescribeTargetGroupsCommand({ TargetGroupArns: groups }), {
          abortSignal: this.options.signal,
        }),
      );
      for (const tg of out?.TargetGroups ?? []) {
        if (!tg.TargetGroupArn || !tg.HealthCheckIntervalSeconds) continue;
        clocks[tg.TargetGroupArn] = {
          intervalMs: tg.HealthCheckIntervalSeconds * 1000,
          // ELB's defaults when a field is missing (ELB user guide, health check settings).
          healthyThreshold: tg.HealthyThresholdCount ?? 5,
          unhealthyThreshold: tg.UnhealthyThresholdCount ?? 2,
        };
      }
    });
    this.clocks = clocks;
    for (const arn of groups) {
      const reads = this.targetReads.get(arn);
      if (reads) this.targetReads.set(arn, { ...reads, clock: clocks[arn] });
    }
  }

  /**
   * The groups' deregistration delay (DescribeTargetGroupAttributes, one call per group), once,
   * when a completion is first worth predicting: the targets are all healthy, or a staged
   * deployment bakes or cleans up. Not with the settings, when the first task runs: a rollout
   * whose tasks crash never needs it, and a failing wait is short, so two calls are a large part
   * of its budget (issue 18: ≤ 15 calls a minute).
   */
  private async readDrainDelays(): Promise<void> {
    if (this.drain !== undefined || !this.clocks || this.denied.healthCheckSettings) return;
    let drain = 0;
    await this.optional('healthCheckSettings', async () => {
      for (const arn of Object.keys(this.clocks!)) {
        const attributes = await this.elbRead('DescribeTargetGroupAttributes', () =>
          this.options.elb.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }), {
            abortSignal: this.options.signal,
          }),
        );
        const delay = attributes?.Attributes?.find(
          (a) => a.Key === 'deregistration_delay.timeout_seconds',
        )?.Value;
        // ELB's default when the attribute is missing (ELB user guide, deregistration delay).
        drain = Math.max(drain, Number(delay ?? 300) * 1000);
      }
    });
    if (!this.denied.healthCheckSettings) this.drain = drain;
  }

  /** One ELBv2 read of the wait's own, a missing target group the user named being a bad input. */
  private async elbRead<T extends { $metadata?: { attempts?: number } }>(
    operation: string,
    call: () => Promise<T>,
    targetGroupArn?: string,
  ): Promise<T> {
    try {
      return await this.send('elbv2', operation, call);
    } catch (error) {
      throw this.targetGroupInputError(error, targetGroupArn) ?? error;
    }
  }

  /**
   * The service deployment of the followed deployment: found once with ListServiceDeployments
   * (the one created nearest the deployment: a service deployment names no ecs-svc id), then one
   * DescribeServiceDeployments per poll. Undefined while ECS lists none yet (eventual consistency:
   * the verdict waits). Required for these strategies: IAM's refusal is one error.
   */
  private async readServiceDeployment(
    strategy: string,
    followed: Deployment | undefined,
  ): Promise<ServiceDeployment | undefined> {
    const { cluster, service, signal } = this.options;
    try {
      if (!this.serviceDeploymentArn) {
        const out = await this.send('ecs', 'ListServiceDeployments', () =>
          listServiceDeployments(this.options.ecs, { cluster, service }, signal),
        );
        this.serviceDeploymentArn = pickServiceDeployment(
          out.serviceDeployments ?? [],
          followed?.createdAt,
        )?.serviceDeploymentArn;
        if (!this.serviceDeploymentArn) return undefined;
      }
      const arn = this.serviceDeploymentArn;
      const out = await this.send('ecs', 'DescribeServiceDeployments', () =>
        this.options.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }), {
          abortSignal: signal,
        }),
      );
      return out.serviceDeployments?.[0];
    } catch (error) {
      const denial = accessDenial(error);
      if (!denial) throw error;
      throw new ActionError(
        `Service ${service} deploys with the ${strategy} strategy, whose progress only its service deployment shows: ${permissionFix(denial)}`,
        {},
        { cause: error },
      );
    }
  }

  /** Production traffic to green in percent: the alternate target group's share of the rule's forward weights. */
  private async productionWeight(
    ruleArn: string,
    alternateTargetGroupArn: string,
  ): Promise<number | undefined> {
    const out = await this.send('elbv2', 'DescribeRules', () =>
      this.options.elb.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }), {
        abortSignal: this.options.signal,
      }),
    );
    return greenWeight(out.Rules?.[0], alternateTargetGroupArn);
  }

  /**
   * Runs the reads of an optional permission until IAM refuses one; from then on, never again in
   * this wait. A refusal of what the user asked for (target groups they named) is not optional.
   */
  private async optional(read: OptionalRead, reads: () => Promise<void>): Promise<void> {
    if (this.denied[read]) return;
    try {
      await reads();
    } catch (error) {
      const denial = accessDenial(error);
      if (!denial || (read === 'targetHealth' && this.options.targetGroupArns)) throw error;
      this.denied[read] = denial;
      if (read !== 'healthCheckSettings')
        (this.options.warn ?? warnOnce)(permissionWarning(denial, LOST[read]));
    }
  }

  /**
   * The service deployment history of a deployment DescribeServices does not list. Only its tasks
   * (startedBy = its id) tie an ecs-svc id to the service: with none, the id is unknown (no calls
   * made). Else ListServiceDeployments, the matched one's target revision (DescribeServiceRevisions)
   * to confirm it ran the tasks' task definition, and its details (DescribeServiceDeployments).
   */
  async readHistory(deploymentId: string, known: Task[]): Promise<DeploymentHistory | undefined> {
    const tasks = known.filter((t) => t.startedBy === deploymentId && t.taskDefinitionArn);
    if (tasks.length === 0) return undefined;
    const taskDefinitionArn = tasks[0].taskDefinitionArn!;
    let history: DeploymentHistory | undefined;
    await this.optional('history', async () => {
      history = await this.readServiceDeployments(tasks, taskDefinitionArn);
    });
    return history ?? { taskDefinitionArn, later: [], unreadable: this.denied.history?.action };
  }

  private async readServiceDeployments(tasks: Task[], taskDefinitionArn: string): Promise<DeploymentHistory> {
    const { cluster, service, signal } = this.options;
    const briefs: ServiceDeploymentBrief[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const out = await this.send('ecs', 'ListServiceDeployments', () =>
        listServiceDeployments(this.options.ecs, { cluster, service, nextToken }, signal),
      );
      briefs.push(...(out.serviceDeployments ?? []));
      nextToken = out.nextToken;
      if (!nextToken) break;
    }
    const { match, later } = matchServiceDeployment(briefs, tasks);
    if (!match?.serviceDeploymentArn || !match.targetServiceRevisionArn)
      return { taskDefinitionArn, later: [] };
    const revision = await this.send('ecs', 'DescribeServiceRevisions', () =>
      serviceRevisionTaskDefinition(this.options.ecs, match.targetServiceRevisionArn!, signal),
    );
    // Not the revision its tasks ran: the deployment is not the one this service deployment started.
    if (revision.taskDefinition !== taskDefinitionArn) return { taskDefinitionArn, later: [] };
    const described = await this.send('ecs', 'DescribeServiceDeployments', () =>
      this.options.ecs.send(
        new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [match.serviceDeploymentArn!] }),
        { abortSignal: signal },
      ),
    );
    return { taskDefinitionArn, serviceDeployment: described.serviceDeployments?.[0], later };
  }

  private async describeService(): Promise<Service> {
    const { cluster, service } = this.options;
    let read;
    try {
      read = await this.send('ecs', 'DescribeServices', () =>
        readService(this.options.ecs, { cluster, service }, this.options.signal),
      );
    } catch (error) {
      // A wrong cluster name is a bad input, not a failed deployment: name the input.
      if ((error as Error).name === 'ClusterNotFoundException') {
        throw new InputError(
          'cluster',
          `cluster ${cluster} not found`,
          'Check the cluster name and aws-region',
        );
      }
      throw error;
    }
    if (!read.found) {
      throw new InputError(
        'service',
        `service ${service} not found in cluster ${cluster} (${read.missing})`,
        'Check the service and cluster names and aws-region',
      );
    }
    return read.found;
  }

  /**
   * Tasks matter once they run behind a load balancer (their addresses are the targets) or once
   * some failed (their stopped reasons): while a rollout's tasks are pending, a poll is one call.
   */
  private async refreshTasks(
    deploymentId: string,
    d: Deployment,
    behindLoadBalancer: boolean,
    final: boolean,
  ): Promise<void> {
    const running = d.runningCount ?? 0;
    const failed = d.failedTasks ?? 0;
    const now = this.options.now();
    const toDescribe = new Set<string>();
    // None of the deployment's tasks runs: the ones we knew running have stopped, and there is
    // nothing to list. Only their stoppedReason is missing, which a report needs and the verdict
    // does not (ECS's failedTasks counts the failures; a scale-in stop is no failure): they leave
    // the known tasks until readStoppedTasks reads them once, before the wait reports a failure,
    // instead of a DescribeTasks at every wave of crashes (issue 18: ≤ 15 calls a minute).
    if (running === 0)
      for (const t of this.tasks.values())
        if (t.desiredStatus === 'RUNNING' && t.lastStatus === 'RUNNING') {
          this.tasks.delete(t.taskArn!);
          this.reasonUnread.add(t.taskArn!);
        }
    const knownLive = [...this.tasks.values()].filter((t) => t.desiredStatus === 'RUNNING');

    // More tasks run than we know of: list at once when the count grew, else at most every 30 s
    // (ECS also counts tasks still draining after a stop, which we know as STOPPED).
    const unknownRunning =
      behindLoadBalancer &&
      running > knownLive.length &&
      (running > this.last.running || now - this.lastListAt >= RELIST_MS);
    let listed: Set<string> | undefined;
    const resized = this.last.desired !== undefined && d.desiredCount !== this.last.desired;
    if ((unknownRunning || resized) && running > 0) {
      if (behindLoadBalancer || knownLive.length > 0) {
        this.lastListAt = now;
        listed = new Set(await this.listTasks(deploymentId, 'RUNNING'));
        for (const arn of listed) if (!this.tasks.has(arn)) toDescribe.add(arn);
        // Left the RUNNING list: stopped, and its stoppedReason is what a person needs.
        for (const t of knownLive) if (!listed.has(t.taskArn!)) toDescribe.add(t.taskArn!);
      }
    }
    if (failed > this.last.failed && !listed && running > 0) {
      // Some task failed: the ones we know as live are the likely ones (no listing needed).
      for (const t of knownLive) toDescribe.add(t.taskArn!);
    }
    if (running !== this.last.running) {
      // Pending tasks that may have started since: their startedAt and addresses matter.
      for (const t of knownLive) if (t.lastStatus !== 'RUNNING') toDescribe.add(t.taskArn!);
    }
    this.last = { running, failed, desired: d.desiredCount };
    await this.describeTasks([...toDescribe]);

    if (final) await this.listStoppedTasks(deploymentId, failed);
  }

  /**
   * Tasks that started and stopped between two polls, or never ran: only the STOPPED list has
   * them, and only for their stoppedReason, which the verdict does not need to fail (ECS's
   * failedTasks count decides). So they are read once, when the wait is about to end without
   * success (the loop's readStoppedTasks) or time out, not at every wave of failures: that cost
   * two calls a wave, most of a crashing wait's budget (issue 18: ≤ 15 calls a minute).
   */
  private async listStoppedTasks(deploymentId: string, failed: number): Promise<boolean> {
    const described = [...this.tasks.values()].filter((t) => t.desiredStatus === 'STOPPED').length;
    if (failed <= described || failed <= this.failedWhenListedStopped) return false;
    this.failedWhenListedStopped = failed;
    // The tasks known to have stopped may be all the failures: then they alone are described.
    const stopped =
      failed - described > this.reasonUnread.size ? await this.listTasks(deploymentId, 'STOPPED') : [];
    const toRead = [...new Set([...this.reasonUnread, ...stopped.filter((arn) => !this.tasks.has(arn))])];
    await this.describeTasks(toRead);
    return toRead.length > 0;
  }

  /**
   * Before the wait reports a failure: the stopped tasks of the followed deployment that were not
   * read yet, so that the report names their cause. Returns every task known when some were
   * added. Best effort: the failure is reported either way, so a refused or failed read is not
   * one more error (a cancellation still ends it).
   */
  async readStoppedTasks(
    snapshot: HealthSnapshot,
    deploymentId: string | undefined,
  ): Promise<Task[] | undefined> {
    if (this.denied.tasks) return undefined;
    const followed = snapshot.service.deployments?.find((d) => d.id === deploymentId);
    let added = false;
    try {
      await this.optional('tasks', async () => {
        if (followed?.id) added = await this.listStoppedTasks(followed.id, followed.failedTasks ?? 0);
        else {
          // Gone from the service (ECS rolled it back): the poll read its STOPPED list already
          // (read, listedStoppedOfGone); any task known to have stopped that it missed is left.
          const left = [...this.reasonUnread];
          await this.describeTasks(left);
          added = left.length > 0;
        }
      });
    } catch (error) {
      if (this.options.signal?.aborted) throw error;
      return undefined;
    }
    return added ? [...this.tasks.values()] : undefined;
  }

  private async listTasks(startedBy: string, desiredStatus: DesiredStatus): Promise<string[]> {
    const arns: string[] = [];
    let nextToken: string | undefined;
    do {
      // startedBy must not be combined with serviceName/family filters (ECS API reference).
      const out = await this.send('ecs', 'ListTasks', () =>
        this.options.ecs.send(
          new ListTasksCommand({ cluster: this.options.cluster, startedBy, desiredStatus, nextToken }),
          {
            abortSignal: this.options.signal,
          },
        ),
      );
      arns.push(...(out.taskArns ?? []));
      nextToken = out.nextToken;
    } while (nextToken);
    return arns;
  }

  private async describeTasks(arns: string[]): Promise<void> {
    for (let i = 0; i < arns.length; i += DESCRIBE_TASKS_MAX) {
      const out = await this.send('ecs', 'DescribeTasks', () =>
        this.options.ecs.send(
          new DescribeTasksCommand({
            cluster: this.options.cluster,
            tasks: arns.slice(i, i + DESCRIBE_TASKS_MAX),
          }),
          {
            abortSignal: this.options.signal,
          },
        ),
      );
      for (const task of out.tasks ?? [])
        if (task.taskArn) {
          this.tasks.set(task.taskArn, task);
          this.reasonUnread.delete(task.taskArn);
        }
    }
  }

  private async describeTargetHealth(targetGroupArn: string): Promise<TargetHealthDescription[]> {
    const out = await this.elbRead(
      'DescribeTargetHealth',
      () =>
        this.options.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }), {
          abortSignal: this.options.signal,
        }),
      targetGroupArn,
    );
    return out.TargetHealthDescriptions ?? [];
  }

  /** A target group the user named that does not exist is a bad input (and no reason to roll back). */
  private targetGroupInputError(error: unknown, targetGroupArn?: string): InputError | undefined {
    if (!this.options.targetGroupArns || (error as Error).name !== 'TargetGroupNotFoundException')
      return undefined;
    // DescribeTargetGroups does not say which one ("One or more target groups not found").
    const missing = targetGroupArn ?? this.options.targetGroupArns.join(', ');
    return new InputError(
      'target-group-arns',
      `target group ${missing} not found`,
      "Check the ARN and aws-region, or leave the input empty to use the service's target groups",
    );
  }

  private async send<T extends { $metadata?: { attempts?: number } }>(
    service: CallService,
    operation: string,
    call: () => Promise<T>,
  ): Promise<T> {
    const key = `${service}:${operation}`;
    this.calls[key] = (this.calls[key] ?? 0) + 1;
    if (service === 'ecs') this.ecsCallTimes.push(this.options.now());
    const out = await call();
    if ((out?.$metadata?.attempts ?? 1) > 1) this.retried = true;
    return out;
  }
}
