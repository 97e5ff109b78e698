/**
 * A CodeDeploy blue/green deployment of an ECS service, played over simulated time (CodeDeploy User
 * Guide, "What happens during an Amazon ECS deployment" and "Deployment configurations on an Amazon
 * ECS compute platform"): Created, then InProgress; Install creates the replacement task set and
 * waits until its tasks are healthy (failing after 60 minutes); AllowTraffic shifts production
 * traffic by the deployment configuration (all at once, linear or canary), the replacement becomes
 * the PRIMARY task set; after the group's termination wait the original task set is deleted, and
 * once its tasks are gone the deployment has Succeeded. A failure or a stop with automatic rollback
 * starts a rollback deployment that routes traffic back to the original set and deletes the
 * replacement. Lifecycle hooks (Lambda functions) and the test listener are not emulated.
 */
import { reconcile, svcEvent } from './ecs-sim.js';
import { createTaskSet, deleteTaskSet, makePrimary, taskSetGone, taskSetHealthy } from './ecs-tasksets.js';
import type {
  CodeDeployDeploymentRecord,
  CodeDeployGroupRecord,
  DeploymentRecord,
  RegionState,
  ServiceRecord,
} from './types.js';
import type { World } from './world.js';

/** Simulated seconds. */
const TIMING = {
  /** Created -> InProgress */
  start: 2,
  /** how often CodeDeploy looks at the replacement task set */
  check: 15,
  /** Install gives up on a replacement task set that is not healthy after 60 minutes */
  installTimeout: 3600,
};

type TrafficShift = { kind: 'all' } | { kind: 'linear' | 'canary'; percent: number; minutes: number };

/** The predefined configurations for the ECS compute platform (CodeDeploy User Guide). */
export const ECS_DEPLOYMENT_CONFIGS: Record<string, TrafficShift> = {
  'CodeDeployDefault.ECSAllAtOnce': { kind: 'all' },
  'CodeDeployDefault.ECSLinear10PercentEvery1Minutes': { kind: 'linear', percent: 10, minutes: 1 },
  'CodeDeployDefault.ECSLinear10PercentEvery3Minutes': { kind: 'linear', percent: 10, minutes: 3 },
  'CodeDeployDefault.ECSCanary10Percent5Minutes': { kind: 'canary', percent: 10, minutes: 5 },
  'CodeDeployDefault.ECSCanary10Percent15Minutes': { kind: 'canary', percent: 10, minutes: 15 },
};

/** The traffic steps of a configuration: [seconds after the shift starts, percent on the replacement]. */
export function trafficSteps(shift: TrafficShift): [number, number][] {
  if (shift.kind === 'all') return [[0, 100]];
  if (shift.kind === 'canary')
    return [
      [0, shift.percent],
      [shift.minutes * 60, 100],
    ];
  const steps: [number, number][] = [];
  for (let i = 1; (i - 1) * shift.percent < 100; i++)
    steps.push([(i - 1) * shift.minutes * 60, Math.min(100, i * shift.percent)]);
  return steps;
}

const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'];

export function isActive(dep: CodeDeployDeploymentRecord): boolean {
  return ACTIVE_STATUSES.includes(dep.status);
}

interface Context {
  world: World;
  region: RegionState;
  group: CodeDeployGroupRecord;
  svc: ServiceRecord;
}

/** Starts playing a deployment created by CreateDeployment. */
export function playDeployment(ctx: Context, dep: CodeDeployDeploymentRecord): void {
  const { world, region, svc } = ctx;
  world.schedule(world.now + world.dur(TIMING.start), () => {
    if (dep.status !== 'Created') return;
    dep.status = 'InProgress';
    dep.startTime = world.now;
    dep.lifecycleEvent = 'Install';
    const original = svc.deployments.find((d) => d.status === 'PRIMARY');
    dep.originalTaskSet = original?.id;
    const replacement = createTaskSet(world, region, svc, dep.taskDefinitionArn, dep.id);
    dep.replacementTaskSet = replacement.id;
    reconcile(world, region, svc);
    waitForInstall(ctx, dep, replacement, world.now + world.dur(TIMING.installTimeout));
  });
}

function waitForInstall(
  ctx: Context,
  dep: CodeDeployDeploymentRecord,
  replacement: DeploymentRecord,
  deadline: number,
): void {
  const { world, region, svc } = ctx;
  const check = () => {
    if (dep.status !== 'InProgress') return;
    if (taskSetHealthy(region, svc, replacement)) return shiftTraffic(ctx, dep, replacement);
    if (world.now >= deadline)
      return failDeployment(ctx, dep, {
        code: 'ECS_UPDATE_ERROR',
        message: `The deployment timed out while waiting for the replacement task set to become healthy. This time out period is ${TIMING.installTimeout / 60} minutes.`,
      });
    world.schedule(Math.min(deadline, world.now + world.dur(TIMING.check)), check);
  };
  world.schedule(world.now + world.dur(TIMING.check), check);
}

function shiftTraffic(ctx: Context, dep: CodeDeployDeploymentRecord, replacement: DeploymentRecord): void {
  const { world, svc } = ctx;
  dep.lifecycleEvent = 'AllowTraffic';
  const start = world.now;
  const shift = ECS_DEPLOYMENT_CONFIGS[dep.deploymentConfigName] ?? { kind: 'all' };
  for (const [after, percent] of trafficSteps(shift)) {
    world.schedule(start + world.dur(after), () => {
      if (dep.status !== 'InProgress') return;
      dep.trafficPercent = percent;
      if (percent < 100) return;
      makePrimary(world, svc, replacement);
      svcEvent(
        world,
        svc,
        `(deployment ${dep.id}) production traffic shifted to task set ${replacement.id}.`,
      );
      terminateOriginal(ctx, dep);
    });
  }
}

function terminateOriginal(ctx: Context, dep: CodeDeployDeploymentRecord): void {
  const { world, region, svc, group } = ctx;
  dep.lifecycleEvent = 'AfterAllowTraffic';
  world.schedule(world.now + world.dur(group.terminationWaitMinutes * 60), () => {
    if (dep.status !== 'InProgress') return;
    dep.lifecycleEvent = 'TerminateOriginalTaskSet';
    const original = svc.deployments.find((d) => d.id === dep.originalTaskSet);
    if (original) deleteTaskSet(world, region, svc, original);
    whenGone(ctx, original, () => {
      if (dep.status !== 'InProgress') return;
      dep.status = 'Succeeded';
      dep.completeTime = world.now;
      dep.lifecycleEvent = '';
      group.lastSuccessful = dep.id;
    });
  });
}

/** Runs `then` once the task set is gone (its tasks stopped), looking each time the world changes. */
function whenGone(ctx: Context, set: DeploymentRecord | undefined, then: () => void): void {
  const { world, svc } = ctx;
  const check = () => {
    if (!set || taskSetGone(svc, set)) return then();
    world.schedule(world.now + world.dur(1), check);
  };
  check();
}

export function failDeployment(
  ctx: Context,
  dep: CodeDeployDeploymentRecord,
  error: { code: string; message: string },
): void {
  dep.status = 'Failed';
  dep.completeTime = ctx.world.now;
  dep.errorInformation = error;
  if (ctx.group.autoRollback) rollBack(ctx, dep);
}

/** StopDeployment: Stopped now; with `autoRollbackEnabled`, rolled back. */
export function stopDeployment(ctx: Context, dep: CodeDeployDeploymentRecord, autoRollback: boolean): void {
  dep.status = 'Stopped';
  dep.completeTime = ctx.world.now;
  dep.errorInformation = { code: 'MANUAL_STOP', message: 'The deployment was stopped by a user.' };
  if (autoRollback) rollBack(ctx, dep);
}

/** A rollback deployment: production traffic back on the original task set, the replacement deleted. */
function rollBack(ctx: Context, failed: CodeDeployDeploymentRecord): void {
  const { world, region, svc, group } = ctx;
  const original = svc.deployments.find((d) => d.id === failed.originalTaskSet);
  const replacement = svc.deployments.find((d) => d.id === failed.replacementTaskSet);
  const rollback: CodeDeployDeploymentRecord = {
    id: newDeploymentId(world),
    applicationName: failed.applicationName,
    groupName: failed.groupName,
    deploymentConfigName: failed.deploymentConfigName,
    status: 'InProgress',
    creator: 'codeDeployRollback',
    revision: failed.revision,
    taskDefinitionArn: original?.taskDefinition ?? failed.taskDefinitionArn,
    createTime: world.now,
    startTime: world.now,
    rollbackInfo: { rollbackTriggeringDeploymentId: failed.id },
    originalTaskSet: failed.replacementTaskSet,
    replacementTaskSet: failed.originalTaskSet,
    trafficPercent: 100,
    lifecycleEvent: 'AllowTraffic',
  };
  region.codeDeploy!.deployments[rollback.id] = rollback;
  failed.rollbackInfo = { rollbackDeploymentId: rollback.id };
  failed.trafficPercent = 0;
  group.lastAttempted = rollback.id;
  if (original) makePrimary(world, svc, original);
  if (replacement) deleteTaskSet(world, region, svc, replacement);
  whenGone(ctx, replacement, () => {
    rollback.status = 'Succeeded';
    rollback.completeTime = world.now;
    rollback.lifecycleEvent = '';
  });
}

/** `d-` and nine upper-case letters and digits, as CodeDeploy's deployment ids. */
export function newDeploymentId(world: World): string {
  return `d-${world.ids.hex(9).toUpperCase()}`;
}
