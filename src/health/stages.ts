/**
 * ECS-native BLUE_GREEN, LINEAR and CANARY deployments (issue 17): ECS runs them itself and
 * records each as a *service deployment* with a lifecycle stage and a status (ECS API reference,
 * ServiceDeployment, ServiceDeploymentLifecycleStage, ServiceDeploymentStatus). For such a
 * service the deployment's task counts say little (green scales up fully before any traffic
 * moves), so the verdict follows the service deployment: this module is its pure half, from one
 * DescribeServiceDeployments answer to "done / failed because … / keep waiting", the stages seen
 * and the progress lines. ROLLING services never come here (verdict.ts as before).
 */
import type { Service, ServiceDeployment, ServiceDeploymentBrief } from '@aws-sdk/client-ecs';
import type { Rule } from '@aws-sdk/client-elastic-load-balancing-v2';
import { time } from './snapshot.js';
import type { WaitOutcome } from './types.js';

/** A lifecycle stage as first seen, epoch ms. */
export interface StageEntry {
  stage: string;
  startedAt: number;
}

/**
 * The strategy ECS runs a service's deployments with. Absent means ROLLING (the default, ECS API
 * reference, DeploymentConfiguration.strategy); a CODE_DEPLOY or EXTERNAL controller has none.
 */
export function deploymentStrategy(service: Service): string {
  const controller = service.deploymentController?.type ?? 'ECS';
  if (controller !== 'ECS') return controller;
  return service.deploymentConfiguration?.strategy ?? 'ROLLING';
}

/** Whether the wait follows the service deployment (BLUE_GREEN, LINEAR, CANARY). */
export function followsServiceDeployment(service: Service): boolean {
  return ['BLUE_GREEN', 'LINEAR', 'CANARY'].includes(deploymentStrategy(service));
}

/** ECS's lifecycle stages in the order a deployment passes them (ECS API reference, lifecycleStage). */
const LIFECYCLE_ORDER = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRE_PRODUCTION_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP',
];
/** LINEAR and CANARY go through these two again for every step of the shift (ECS API reference). */
const STEP_STAGES = ['PRE_PRODUCTION_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT'];

/**
 * Whether something other than tasks can fail the service deployment from one moment to the
 * next, so the wait must look every few seconds: a deployment alarm, which ECS watches up to
 * and including BAKE_TIME, or a lifecycle hook that is yet to answer (one of its stages is the
 * current one or still ahead; while LINEAR or CANARY steps, a hook of either step stage runs
 * again). Past the last hook's stage, only tasks can (issue 18: the heartbeat then follows the
 * failure pace instead).
 */
export function stageCanFailAnyMoment(service: Service, stage: string | undefined): boolean {
  const configuration = service.deploymentConfiguration;
  const at = stage === undefined ? 0 : LIFECYCLE_ORDER.indexOf(stage);
  // A stage this code does not know: assume the worst.
  if (at < 0) return true;
  if (configuration?.alarms?.enable && at <= LIFECYCLE_ORDER.indexOf('BAKE_TIME')) return true;
  const stepping = STEP_STAGES.includes(stage ?? '');
  return (configuration?.lifecycleHooks ?? []).some((hook) =>
    (hook.lifecycleStages ?? []).some(
      (hookStage) =>
        LIFECYCLE_ORDER.indexOf(hookStage) >= at || (stepping && STEP_STAGES.includes(hookStage)),
    ),
  );
}

/**
 * What a stage read (poll.ts, readStage) compares with the last full read: any change in the
 * status, the stage, the alarms ECS saw in ALARM or a hook's status calls for a full read.
 */
export function stageWatchKey(sd: ServiceDeployment | undefined): string {
  if (!sd) return '';
  return [
    sd.status,
    sd.lifecycleStage,
    ...(sd.alarms?.triggeredAlarmNames ?? []),
    ...(sd.lifecycleHookDetails ?? []).map((hook) => `${hook.hookId ?? hook.targetArn}:${hook.status}`),
  ].join('|');
}

/**
 * The stages in which production traffic has not moved yet: green runs behind the alternate
 * target group and at most test traffic reaches it (ECS API reference, lifecycleStage).
 */
const BEFORE_PRODUCTION_TRAFFIC = new Set(
  LIFECYCLE_ORDER.slice(0, LIFECYCLE_ORDER.indexOf('PRODUCTION_TRAFFIC_SHIFT')),
);

export function beforeProductionTraffic(stage: string | undefined): boolean {
  return stage === undefined || BEFORE_PRODUCTION_TRAFFIC.has(stage);
}

/** `10:03:05` (UTC), the way the wait prints times. */
export function clockTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(11, 19);
}

/** The stages seen so far, with the current one added when it is new. */
export function rememberStage(
  stages: StageEntry[],
  sd: ServiceDeployment | undefined,
  now: number,
): StageEntry[] {
  const stage = sd?.lifecycleStage;
  const previous = stages[stages.length - 1];
  if (!stage || previous?.stage === stage) return stages;
  // ECS stamps updatedAt when the stage changes (the API reference says only "last updated"; the
  // emulator does so). When it lies between the previous stage's start and now, it is this
  // stage's start, which a slow heartbeat sees late; otherwise the moment it was seen.
  const updatedAt = sd?.updatedAt === undefined ? undefined : time(sd.updatedAt);
  const startedAt =
    updatedAt !== undefined && updatedAt > (previous?.startedAt ?? -Infinity) && updatedAt <= now
      ? updatedAt
      : now;
  return [...stages, { stage, startedAt }];
}

/**
 * What failed the service deployment, in a person's words: the alarms ECS saw in ALARM, a
 * lifecycle hook that FAILED or TIMED_OUT, else ECS's statusReason (or the rollback's reason)
 * without its closing full stop.
 */
export function serviceDeploymentCause(sd: ServiceDeployment): string {
  const alarms = sd.alarms?.triggeredAlarmNames ?? [];
  if (alarms.length > 0) return alarms.map((name) => `alarm ${name} in ALARM`).join(', ');
  const hook = (sd.lifecycleHookDetails ?? []).find((h) => h.status === 'FAILED' || h.status === 'TIMED_OUT');
  // ECS's reasons end with a full stop; the verdict goes on after the cause (`…; ECS rolled it back`)
  const reason = (sd.statusReason ?? sd.rollback?.reason)?.trim().replace(/\.+$/, '');
  if (hook) {
    const target = hook.targetArn?.split(':').pop() ?? hook.hookId ?? 'unknown';
    return `lifecycle hook ${target} ${hook.status}${reason ? ` (${reason})` : ''}`;
  }
  return reason || 'no reason given';
}

/** The part of the verdict the service deployment decides. */
export interface StageVerdict {
  /** `done`: ECS says SUCCESSFUL (target health is still checked by the caller). */
  status: 'done' | 'failed' | 'waiting';
  outcome?: WaitOutcome;
  reason: string;
}

/**
 * The verdict on the service deployment alone. Fails fast on a failed hook or an alarm in ALARM
 * while ECS still reports IN_PROGRESS (ECS's rollback follows a moment later); follows ECS's own
 * rollback (ROLLBACK_REQUESTED, ROLLBACK_IN_PROGRESS) to ROLLBACK_SUCCESSFUL or ROLLBACK_FAILED,
 * both reported as rolled back by ECS.
 */
export function stageVerdict(sd: ServiceDeployment, strategy: string): StageVerdict {
  const stage = sd.lifecycleStage ?? 'no stage yet';
  const name = serviceDeploymentName(sd, strategy);
  const at = `at stage ${stage}`;
  const cause = () => serviceDeploymentCause(sd);
  const failed = (outcome: WaitOutcome, reason: string): StageVerdict => ({
    status: 'failed',
    outcome,
    reason,
  });
  switch (sd.status) {
    case 'SUCCESSFUL':
      return { status: 'done', reason: `${name} is SUCCESSFUL` };
    case 'ROLLBACK_REQUESTED':
    case 'ROLLBACK_IN_PROGRESS':
      return {
        status: 'waiting',
        reason: `${name} failed ${at}: ${cause()}; ECS is rolling it back (${sd.status})`,
      };
    case 'ROLLBACK_SUCCESSFUL':
      return failed(
        'rolled-back-by-ecs',
        `${name} failed ${at}: ${cause()}; ECS rolled it back (ROLLBACK_SUCCESSFUL)`,
      );
    case 'ROLLBACK_FAILED':
      return failed(
        'rolled-back-by-ecs',
        `${name} failed ${at}: ${cause()}; ECS rolled it back, but the rollback failed too (ROLLBACK_FAILED)`,
      );
    case 'STOPPED':
    case 'STOP_REQUESTED':
      return failed('failed', `${name} was stopped ${at} (${sd.status}): ${cause()}`);
  }
  const alarms = sd.alarms?.triggeredAlarmNames ?? [];
  const hookFailed = (sd.lifecycleHookDetails ?? []).some(
    (h) => h.status === 'FAILED' || h.status === 'TIMED_OUT',
  );
  if (alarms.length > 0 || hookFailed) return failed('failed', `${name} failed ${at}: ${cause()}`);
  return { status: 'waiting', reason: `${name} is ${sd.status ?? 'PENDING'} ${at}` };
}

/** `CANARY service deployment Ab1Cd2`, as the verdict's reasons name it. */
export function serviceDeploymentName(sd: ServiceDeployment, strategy: string): string {
  return `${strategy} service deployment ${serviceDeploymentId(sd)}`;
}

/** The id at the end of a service deployment ARN (`…:service-deployment/cluster/service/<id>`). */
export function serviceDeploymentId(sd: { serviceDeploymentArn?: string }): string {
  return sd.serviceDeploymentArn?.split('/').pop() ?? '(unknown)';
}

/**
 * One progress line for the current stage: the production traffic split (from the listener
 * rule's weights when read, else what the service deployment requested), and the bake time
 * left during BAKE_TIME (DeploymentConfiguration.bakeTimeInMinutes).
 */
export function stageProgress(
  sd: ServiceDeployment,
  stages: StageEntry[],
  now: number,
  greenProductionPercent?: number,
): string {
  const current = stages[stages.length - 1];
  const parts = [
    `stage ${sd.lifecycleStage ?? 'none'}${current ? ` since ${clockTime(current.startedAt)}` : ''}`,
  ];
  const green = greenProductionPercent ?? sd.targetServiceRevision?.requestedProductionTrafficWeight;
  if (green !== undefined)
    parts.push(`production traffic ${round(green)}% green / ${round(100 - green)}% blue`);
  const bake = sd.deploymentConfiguration?.bakeTimeInMinutes;
  if (sd.lifecycleStage === 'BAKE_TIME' && bake !== undefined && current) {
    const left = Math.max(0, current.startedAt + bake * 60_000 - now);
    parts.push(`bake time left ${formatDuration(left)} of ${bake} min`);
  }
  return parts.join(', ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `1 min 05 s`, `42 s`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** A stage of the timeline: when it started and how long it lasted (epoch ms, ms). */
export interface StageSpan extends StageEntry {
  durationMs: number;
}

/** Each stage lasts until the next one starts; the last one until `end` (when the wait ended). */
export function stageTimeline(stages: StageEntry[], end: number): StageSpan[] {
  return stages.map((entry, i) => ({
    ...entry,
    durationMs: Math.max(0, (stages[i + 1]?.startedAt ?? end) - entry.startedAt),
  }));
}

/** The stage timeline of the job summary: a markdown table of stage, start time (UTC), duration. */
export function stageTableLines(spans: StageSpan[]): string[] {
  return [
    '| Stage | Started (UTC) | Duration |',
    '| --- | --- | --- |',
    // Stage names are ECS's enum values (letters and underscores): nothing to escape.
    ...spans.map((s) => `| ${s.stage} | ${clockTime(s.startedAt)} | ${formatDuration(s.durationMs)} |`),
  ];
}

/**
 * The service deployment of a deployment, from ListServiceDeployments: the one created nearest
 * the deployment's own creation (UpdateService creates both; a service deployment names no
 * ecs-svc id). Without a creation time, the newest.
 */
export function pickServiceDeployment(
  briefs: ServiceDeploymentBrief[],
  createdAt: Date | undefined,
): ServiceDeploymentBrief | undefined {
  const newestFirst = [...briefs].sort((x, y) => time(y.createdAt) - time(x.createdAt));
  if (!createdAt) return newestFirst[0];
  const at = time(createdAt);
  return newestFirst.sort((x, y) => Math.abs(time(x.createdAt) - at) - Math.abs(time(y.createdAt) - at))[0];
}

/**
 * Production traffic to green in percent, from the production listener rule (ELBv2
 * DescribeRules): the alternate target group's share of the forward action's weights. Undefined
 * when the rule forwards to neither through weights.
 */
export function greenWeight(rule: Rule | undefined, alternateTargetGroupArn: string): number | undefined {
  const groups = rule?.Actions?.find((a) => a.Type === 'forward')?.ForwardConfig?.TargetGroups ?? [];
  const total = groups.reduce((sum, g) => sum + (g.Weight ?? 0), 0);
  if (total === 0) return undefined;
  const green = groups.find((g) => g.TargetGroupArn === alternateTargetGroupArn)?.Weight ?? 0;
  return (green / total) * 100;
}
