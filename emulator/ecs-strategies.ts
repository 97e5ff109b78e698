/**
 * ECS-native BLUE_GREEN, LINEAR and CANARY deployments (deployment controller ECS): the
 * configuration checks of CreateService/UpdateService, and the stage machine a service deployment
 * runs through. Green tasks register in the alternate target group; ECS then moves the test
 * listener rule, then the production listener rule (LINEAR and CANARY in steps, with their bake
 * between), bakes, and cleans up the blue tasks. Failures (green targets unhealthy in the
 * alternate group, a lifecycle hook answering FAILED, a deployment alarm in ALARM) roll back:
 * the rules go back to blue and the green tasks stop.
 *
 * Shapes and limits: ECS API reference (DeploymentConfiguration, LinearConfiguration,
 * CanaryConfiguration, DeploymentLifecycleHook, AdvancedConfiguration, ServiceDeployment,
 * StopServiceDeployment) and the SDK model (@aws-sdk/client-ecs: DeploymentStrategy,
 * ServiceDeploymentLifecycleStage, DeploymentLifecycleHookStage, ServiceDeploymentStatus). The
 * developer guide's "Amazon ECS blue/green deployments" gives the stage order. Stage durations and
 * the error messages are ours where the documentation shows none.
 *
 * After CLEAN_UP the service's loadBalancers[].targetGroupArn and alternateTargetGroupArn swap: the
 * target group that now takes production traffic is the service's (the emulator's model of ECS
 * alternating between the two groups).
 */
import { launchTasks, markCompleted, serviceTasks, stopTask, svcEvent } from './ecs-sim.js';
import type {
  AdvancedConfiguration,
  DeploymentRecord,
  LifecycleHookRun,
  ListenerRuleRecord,
  LoadBalancerRef,
  RegionState,
  ServiceDeploymentRecord,
  ServiceRecord,
  TaskRecord,
} from './types.js';
import { AwsError, clone, compact } from './util.js';
import type { World } from './world.js';

type Params = Record<string, any>;

export const STRATEGIES = ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'] as const;
type Strategy = (typeof STRATEGIES)[number];

/** DeploymentLifecycleHookStage (SDK model). */
const HOOK_STAGES = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRE_PRODUCTION_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
];

/** Simulated seconds: how long a stage without work takes, a hook's answer, ECS's alarm poll. */
const SECONDS = { stage: 5, hook: 10, hookRetry: 30, alarmPoll: 10, rollback: 5 };

/** Defaults of the API reference (LinearConfiguration, CanaryConfiguration). */
const DEFAULTS = { stepPercent: 10, stepBakeTimeInMinutes: 6, canaryPercent: 5, canaryBakeTimeInMinutes: 10 };

const invalid = (message: string) => new AwsError('InvalidParameterException', message);

function isMinutes(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1440;
}

/** A percentage that is a multiple of 0.1 within [min, 100]. */
function isPercent(v: unknown, min: number): boolean {
  return typeof v === 'number' && v >= min && v <= 100 && Math.abs(Math.round(v * 10) - v * 10) < 1e-9;
}

export function strategyOf(configuration: Params | undefined): Strategy {
  return (configuration?.strategy as Strategy) ?? 'ROLLING';
}

/**
 * Checks the strategy members of a (merged) deploymentConfiguration. Limits: bakeTimeInMinutes
 * 0-1440 and required for BLUE_GREEN (DeploymentConfiguration); stepPercent 3.0-100.0 and
 * canaryPercent 0.1-100.0 in steps of 0.1, bake times 0-1440 (LinearConfiguration,
 * CanaryConfiguration); hook stages from DeploymentLifecycleHookStage; alarms' three members
 * required (DeploymentAlarms).
 */
export function validateStrategyConfiguration(c: Params): void {
  const strategy = c.strategy ?? 'ROLLING';
  if (!STRATEGIES.includes(strategy))
    throw invalid(`Invalid deployment strategy: ${strategy}. Valid values: ${STRATEGIES.join(', ')}.`);
  if (c.bakeTimeInMinutes !== undefined && !isMinutes(c.bakeTimeInMinutes))
    throw invalid('bakeTimeInMinutes must be an integer from 0 to 1440.');
  if (strategy === 'BLUE_GREEN' && c.bakeTimeInMinutes === undefined)
    throw invalid('bakeTimeInMinutes must be specified when the deployment strategy is BLUE_GREEN.');
  const linear = c.linearConfiguration;
  if (linear !== undefined) {
    if (strategy !== 'LINEAR')
      throw invalid('linearConfiguration can only be specified when the deployment strategy is LINEAR.');
    if (linear.stepPercent !== undefined && !isPercent(linear.stepPercent, 3))
      throw invalid('linearConfiguration.stepPercent must be a multiple of 0.1 from 3.0 to 100.0.');
    if (linear.stepBakeTimeInMinutes !== undefined && !isMinutes(linear.stepBakeTimeInMinutes))
      throw invalid('linearConfiguration.stepBakeTimeInMinutes must be an integer from 0 to 1440.');
  }
  const canary = c.canaryConfiguration;
  if (canary !== undefined) {
    if (strategy !== 'CANARY')
      throw invalid('canaryConfiguration can only be specified when the deployment strategy is CANARY.');
    if (canary.canaryPercent !== undefined && !isPercent(canary.canaryPercent, 0.1))
      throw invalid('canaryConfiguration.canaryPercent must be a multiple of 0.1 from 0.1 to 100.0.');
    if (canary.canaryBakeTimeInMinutes !== undefined && !isMinutes(canary.canaryBakeTimeInMinutes))
      throw invalid('canaryConfiguration.canaryBakeTimeInMinutes must be an integer from 0 to 1440.');
  }
  if (c.lifecycleHooks !== undefined) {
    if (!Array.isArray(c.lifecycleHooks)) throw invalid('lifecycleHooks must be a list.');
    for (const hook of c.lifecycleHooks) {
      const targetType = hook?.targetType ?? 'AWS_LAMBDA';
      if (!['AWS_LAMBDA', 'PAUSE'].includes(targetType))
        throw invalid(`Invalid lifecycle hook targetType: ${targetType}.`);
      if (
        targetType === 'AWS_LAMBDA' &&
        !/^arn:aws[a-z-]*:lambda:[^:]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9$_-]+)?$/.test(
          String(hook?.hookTargetArn ?? ''),
        )
      )
        throw invalid('lifecycleHooks.hookTargetArn must be the ARN of a Lambda function.');
      if (
        targetType === 'AWS_LAMBDA' &&
        !/^arn:aws[a-z-]*:iam::\d{12}:role\//.test(String(hook?.roleArn ?? ''))
      )
        throw invalid('lifecycleHooks.roleArn must be the ARN of an IAM role.');
      const stages = hook?.lifecycleStages;
      if (!Array.isArray(stages) || stages.length === 0)
        throw invalid('lifecycleHooks.lifecycleStages must contain at least one stage.');
      for (const stage of stages)
        if (!HOOK_STAGES.includes(stage))
          throw invalid(`Invalid lifecycle stage: ${stage}. Valid values: ${HOOK_STAGES.join(', ')}.`);
    }
  }
  if (c.alarms !== undefined) {
    const a = c.alarms;
    if (
      !Array.isArray(a?.alarmNames) ||
      a.alarmNames.some((n: unknown) => typeof n !== 'string' || n.length === 0) ||
      typeof a.enable !== 'boolean' ||
      typeof a.rollback !== 'boolean'
    )
      throw invalid('alarms requires alarmNames (a list of alarm names), enable and rollback.');
  }
}

function ruleByArn(region: RegionState, arn: unknown): ListenerRuleRecord | undefined {
  return (region.listenerRules ?? []).find((r) => r.arn === arn);
}

/**
 * A load balancer's advancedConfiguration (AdvancedConfiguration): the alternate target group
 * exists and is not the production one; the listener rules exist; roleArn is an IAM role ARN.
 */
export function validateAdvancedConfiguration(
  region: RegionState,
  value: unknown,
  targetGroupArn: string,
): AdvancedConfiguration {
  const a = value as Params;
  if (typeof a !== 'object' || a === null) throw invalid('advancedConfiguration must be an object.');
  if (
    !region.targetGroups[a.alternateTargetGroupArn] &&
    !region.preparedTargetGroups?.[a.alternateTargetGroupArn]
  )
    throw invalid(`The alternate target group ${String(a.alternateTargetGroupArn)} does not exist.`);
  if (a.alternateTargetGroupArn === targetGroupArn)
    throw invalid('The alternate target group must be different from the target group of the load balancer.');
  if (!ruleByArn(region, a.productionListenerRule))
    throw invalid(`The production listener rule ${String(a.productionListenerRule)} does not exist.`);
  if (a.testListenerRule !== undefined && !ruleByArn(region, a.testListenerRule))
    throw invalid(`The test listener rule ${String(a.testListenerRule)} does not exist.`);
  if (!/^arn:aws[a-z-]*:iam::\d{12}:role\//.test(String(a.roleArn ?? '')))
    throw invalid('advancedConfiguration.roleArn must be the ARN of an IAM role.');
  return compact({
    alternateTargetGroupArn: a.alternateTargetGroupArn,
    productionListenerRule: a.productionListenerRule,
    testListenerRule: a.testListenerRule,
    roleArn: a.roleArn,
  }) as AdvancedConfiguration;
}

/**
 * For a non-ROLLING strategy every load balancer needs an advancedConfiguration: the given one, or
 * the fixture's prepared one. Returns the load balancers the service gets (checks, changes nothing).
 */
export function withAdvancedConfiguration(
  svc: Pick<ServiceRecord, 'deploymentController' | 'preparedAdvancedConfiguration'>,
  deploymentConfiguration: Params,
  loadBalancers: LoadBalancerRef[],
): LoadBalancerRef[] {
  const strategy = strategyOf(deploymentConfiguration);
  if (strategy === 'ROLLING') return loadBalancers;
  if (svc.deploymentController !== 'ECS')
    throw invalid(`The deployment strategy ${strategy} requires the ECS deployment controller.`);
  return loadBalancers.map((lb, i) => {
    if (lb.advancedConfiguration) return lb;
    const prepared = svc.preparedAdvancedConfiguration?.[i];
    if (!prepared)
      throw invalid(
        `loadBalancers[${i}].advancedConfiguration must be specified for the deployment strategy ${strategy}.`,
      );
    return { ...lb, advancedConfiguration: { ...prepared } };
  });
}

/**
 * Once a service uses advancedConfiguration: a prepared alternate target group joins the region's
 * target groups, and each listener rule forwards to it (weight 0) besides the production group.
 */
export function activateAdvancedConfiguration(region: RegionState, loadBalancers: LoadBalancerRef[]): void {
  for (const lb of loadBalancers) {
    const a = lb.advancedConfiguration;
    if (!a) continue;
    const prepared = region.preparedTargetGroups?.[a.alternateTargetGroupArn];
    if (prepared) {
      region.targetGroups[prepared.arn] = prepared;
      delete region.preparedTargetGroups![prepared.arn];
    }
    for (const ruleArn of [a.productionListenerRule, a.testListenerRule]) {
      const rule = ruleByArn(region, ruleArn);
      if (rule && !rule.forward.some((f) => f.targetGroupArn === a.alternateTargetGroupArn))
        rule.forward.push({ targetGroupArn: a.alternateTargetGroupArn, weight: 0 });
    }
  }
}

// ------------------------------------------------------------------ the stage machine

/** The service deployment whose strategy run is under way, if any. */
export function activeRun(svc: ServiceRecord): ServiceDeploymentRecord | undefined {
  const sd = svc.serviceDeployments[0];
  return sd?.run && !sd.run.done ? sd : undefined;
}

/** The target group a task registers in: the alternate one for the green tasks of a run under way. */
export function targetGroupArnFor(svc: ServiceRecord, task: TaskRecord | undefined, lbIndex: number): string {
  const lb = svc.loadBalancers[lbIndex];
  const sd = activeRun(svc);
  if (task && sd && sd.run!.greenDeploymentId === task.deploymentId && lb.advancedConfiguration)
    return lb.advancedConfiguration.alternateTargetGroupArn;
  return lb.targetGroupArn;
}

/** Starts a run for a new service deployment when the strategy is not ROLLING and there are blue tasks. */
export function startRun(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  green: DeploymentRecord,
  blue: DeploymentRecord | undefined,
): void {
  const strategy = strategyOf(svc.deploymentConfiguration);
  if (strategy === 'ROLLING' || svc.deploymentController !== 'ECS' || !blue) return;
  sd.status = 'PENDING';
  sd.run = {
    strategy,
    blueDeploymentId: svc.lastCompleted?.deploymentId ?? blue.id,
    greenDeploymentId: green.id,
    productionPercent: 0,
    testPercent: 0,
    stages: [],
    hooks: [],
    epoch: 0,
  };
  const alarms = svc.deploymentConfiguration?.alarms;
  if (alarms)
    sd.alarms = {
      status: alarms.enable ? 'MONITORING' : 'DISABLED',
      alarmNames: [...alarms.alarmNames],
      triggeredAlarmNames: [],
    };
  later(world, region, svc, sd, 1, () => enter(world, region, svc, sd, 'RECONCILE_SERVICE'));
  if (alarms?.enable) pollAlarms(world, region, svc, sd);
}

/** Runs `fn` after `seconds` unless the run ended or rolled back meanwhile. */
function later(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  seconds: number,
  fn: () => void,
): void {
  const run = sd.run!;
  const epoch = run.epoch;
  world.schedule(world.now + world.dur(seconds), () => {
    if (run.done || run.epoch !== epoch) return;
    fn();
  });
}

function deploymentById(svc: ServiceRecord, id: string): DeploymentRecord | undefined {
  return svc.deployments.find((d) => d.id === id);
}

function enter(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  stage: string,
): void {
  const run = sd.run!;
  if (sd.status === 'PENDING') sd.status = 'IN_PROGRESS';
  sd.lifecycleStage = stage;
  sd.updatedAt = world.now;
  run.stages.push({ stage, at: world.now });
  svcEvent(world, svc, `service deployment ${sd.arn.split('/').pop()} entered lifecycle stage ${stage}.`);
  const next = (to: string) => () => enter(world, region, svc, sd, to);
  switch (stage) {
    case 'RECONCILE_SERVICE':
      return later(world, region, svc, sd, SECONDS.stage, () =>
        hooksThen(world, region, svc, sd, ['RECONCILE_SERVICE'], next('PRE_SCALE_UP')),
      );
    case 'PRE_SCALE_UP':
      return hooksThen(world, region, svc, sd, ['PRE_SCALE_UP'], next('SCALE_UP'));
    case 'SCALE_UP': {
      const green = deploymentById(svc, run.greenDeploymentId)!;
      launchTasks(world, region, svc, green, svc.desiredCount);
      return; // reconcileRun() moves on once the green targets are healthy
    }
    case 'POST_SCALE_UP':
      return hooksThen(world, region, svc, sd, ['POST_SCALE_UP'], next('TEST_TRAFFIC_SHIFT'));
    case 'TEST_TRAFFIC_SHIFT':
      shift(region, svc, 'test', 100);
      run.testPercent = 100;
      return later(world, region, svc, sd, SECONDS.stage, () =>
        hooksThen(world, region, svc, sd, ['TEST_TRAFFIC_SHIFT'], next('POST_TEST_TRAFFIC_SHIFT')),
      );
    case 'POST_TEST_TRAFFIC_SHIFT':
      return hooksThen(world, region, svc, sd, ['POST_TEST_TRAFFIC_SHIFT'], next('PRODUCTION_TRAFFIC_SHIFT'));
    case 'PRODUCTION_TRAFFIC_SHIFT':
      return hooksThen(world, region, svc, sd, ['PRE_PRODUCTION_TRAFFIC_SHIFT'], () =>
        shiftSteps(world, region, svc, sd, productionSteps(svc.deploymentConfiguration), () =>
          hooksThen(
            world,
            region,
            svc,
            sd,
            ['PRODUCTION_TRAFFIC_SHIFT'],
            next('POST_PRODUCTION_TRAFFIC_SHIFT'),
          ),
        ),
      );
    case 'POST_PRODUCTION_TRAFFIC_SHIFT':
      return hooksThen(world, region, svc, sd, ['POST_PRODUCTION_TRAFFIC_SHIFT'], next('BAKE_TIME'));
    case 'BAKE_TIME':
      return later(
        world,
        region,
        svc,
        sd,
        Math.max(SECONDS.stage, 60 * (svc.deploymentConfiguration?.bakeTimeInMinutes ?? 0)),
        next('CLEAN_UP'),
      );
    case 'CLEAN_UP':
      return cleanUp(world, region, svc, sd);
  }
}

/** The production weights (percent on green) step by step, with the bake (minutes) after each step. */
export function productionSteps(configuration: Params): { percent: number; bakeMinutes: number }[] {
  const strategy = strategyOf(configuration);
  if (strategy === 'CANARY') {
    const c = configuration.canaryConfiguration ?? {};
    const percent = c.canaryPercent ?? DEFAULTS.canaryPercent;
    if (percent >= 100) return [{ percent: 100, bakeMinutes: 0 }];
    return [
      { percent, bakeMinutes: c.canaryBakeTimeInMinutes ?? DEFAULTS.canaryBakeTimeInMinutes },
      { percent: 100, bakeMinutes: 0 },
    ];
  }
  if (strategy === 'LINEAR') {
    const c = configuration.linearConfiguration ?? {};
    const step = c.stepPercent ?? DEFAULTS.stepPercent;
    const bake = c.stepBakeTimeInMinutes ?? DEFAULTS.stepBakeTimeInMinutes;
    const steps: { percent: number; bakeMinutes: number }[] = [];
    // tenths, so that 3 x 33.3 does not end at 99.89999
    for (let p = step * 10; p < 1000; p += step * 10) steps.push({ percent: p / 10, bakeMinutes: bake });
    steps.push({ percent: 100, bakeMinutes: 0 }); // no bake after 100 percent (LinearConfiguration)
    return steps;
  }
  return [{ percent: 100, bakeMinutes: 0 }];
}

function shiftSteps(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  steps: { percent: number; bakeMinutes: number }[],
  done: () => void,
): void {
  const [step, ...rest] = steps;
  if (!step) return done();
  shift(region, svc, 'production', step.percent);
  sd.run!.productionPercent = step.percent;
  sd.updatedAt = world.now;
  svcEvent(world, svc, `shifted ${step.percent}% of production traffic to the new service revision.`);
  later(world, region, svc, sd, Math.max(SECONDS.stage, 60 * step.bakeMinutes), () =>
    shiftSteps(world, region, svc, sd, rest, done),
  );
}

/** Sets a listener rule's forward weights: `greenPercent` on the alternate group, the rest on the production one. */
function shift(
  region: RegionState,
  svc: ServiceRecord,
  which: 'production' | 'test',
  greenPercent: number,
): void {
  for (const lb of svc.loadBalancers) {
    const a = lb.advancedConfiguration;
    if (!a) continue;
    const rule = ruleByArn(region, which === 'production' ? a.productionListenerRule : a.testListenerRule);
    if (!rule) continue;
    rule.forward = [
      { targetGroupArn: lb.targetGroupArn, weight: 100 - greenPercent },
      { targetGroupArn: a.alternateTargetGroupArn, weight: greenPercent },
    ];
  }
}

/** Runs the lifecycle hooks registered for `stages`, then `next` once every one SUCCEEDED. */
function hooksThen(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  stages: string[],
  next: () => void,
): void {
  const hooks = ((sd.deploymentConfiguration?.lifecycleHooks ?? []) as Params[]).filter((h) =>
    (h.lifecycleStages as string[]).some((s) => stages.includes(s)),
  );
  if (hooks.length === 0) return later(world, region, svc, sd, SECONDS.stage, next);
  const runs = hooks.map((h) => {
    const run: LifecycleHookRun = {
      hookId: world.ids.uuid(),
      targetArn: String(h.hookTargetArn ?? 'PAUSE'),
      stage: stages[0],
      status: 'IN_PROGRESS',
      startedAt: world.now,
    };
    sd.run!.hooks.push(run);
    return run;
  });
  const poll = () => {
    for (const run of runs) {
      if (run.status !== 'IN_PROGRESS') continue;
      const behaviour = world.hookBehaviours.get(run.targetArn) ?? 'succeed';
      if (behaviour === 'succeed') run.status = 'SUCCEEDED';
      if (behaviour === 'fail') {
        run.status = 'FAILED';
        return rollback(
          world,
          region,
          svc,
          sd,
          `Lifecycle hook ${run.targetArn} returned FAILED in lifecycle stage ${run.stage}.`,
        );
      }
    }
    sd.updatedAt = world.now;
    if (runs.every((r) => r.status === 'SUCCEEDED')) return next();
    // ECS invokes a hook that answered IN_PROGRESS again later
    later(world, region, svc, sd, SECONDS.hookRetry, poll);
  };
  later(world, region, svc, sd, SECONDS.hook, poll);
}

/**
 * ECS's watch of the deployment alarms: every stage from the start up to and including BAKE_TIME
 * (developer guide, "Amazon ECS blue/green service deployments workflow": the monitoring phase
 * watches alarm states during the bake time and starts a rollback when issues are detected; "How
 * CloudWatch alarms detect Amazon ECS deployment failures": ECS keeps monitoring the alarms during
 * the bake time). Once CLEAN_UP terminates the blue tasks there is nothing to roll back to.
 */
function pollAlarms(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
): void {
  const alarms = svc.deploymentConfiguration?.alarms ?? sd.deploymentConfiguration?.alarms;
  const check = () => {
    if (sd.lifecycleStage === 'CLEAN_UP') return;
    const names: string[] = sd.deploymentConfiguration?.alarms?.alarmNames ?? alarms?.alarmNames ?? [];
    const firing = names.filter((n) => world.alarmStates.get(n) === 'ALARM');
    if (firing.length > 0) {
      sd.alarms = { status: 'TRIGGERED', alarmNames: [...names], triggeredAlarmNames: firing };
      const reason = `CloudWatch alarm(s) ${firing.join(', ')} in ALARM state.`;
      if (sd.deploymentConfiguration?.alarms?.rollback) return rollback(world, region, svc, sd, reason);
      return stopRun(world, svc, sd, 'STOPPED', reason);
    }
    later(world, region, svc, sd, SECONDS.alarmPoll, check);
  };
  later(world, region, svc, sd, SECONDS.alarmPoll, check);
}

/** Called by the scheduler (ecs-sim reconcile) while a run is under way: SCALE_UP's progress and green failures. */
export function reconcileRun(world: World, region: RegionState, svc: ServiceRecord): void {
  const sd = activeRun(svc)!;
  const run = sd.run!;
  if (sd.status !== 'IN_PROGRESS' && sd.status !== 'PENDING') return;
  const green = serviceTasks(region, svc, run.greenDeploymentId);
  if (run.productionPercent === 0) {
    // before any production traffic moved: a green target unhealthy in the alternate group rolls back
    for (const [i, lb] of svc.loadBalancers.entries()) {
      const alt =
        lb.advancedConfiguration && region.targetGroups[lb.advancedConfiguration.alternateTargetGroupArn];
      const bad = alt?.targets.find((t) => t.state === 'unhealthy' && green.some((g) => g.arn === t.taskArn));
      if (alt && bad)
        return rollback(
          world,
          region,
          svc,
          sd,
          `Target ${bad.id}:${bad.port} of the new service revision is unhealthy in the alternate target group ${alt.name} (${bad.reason ?? 'health checks failed'}); no production traffic was shifted (loadBalancers[${i}]).`,
        );
    }
  }
  const failed = green.find((t) => t.failed);
  if (failed)
    return rollback(
      world,
      region,
      svc,
      sd,
      `A task of the new service revision failed: ${failed.stoppedReason}.`,
    );
  if (sd.lifecycleStage === 'SCALE_UP' && !run.scaledUp) {
    const live = green.filter((t) => t.desiredStatus === 'RUNNING');
    const ready =
      live.length >= svc.desiredCount &&
      live.every((t) => {
        if (t.lastStatus !== 'RUNNING' || t.healthStatus === 'UNHEALTHY') return false;
        return svc.loadBalancers.every((_lb, i) => {
          const tg = region.targetGroups[targetGroupArnFor(svc, t, i)];
          return tg?.targets.some((x) => x.taskArn === t.arn && x.state === 'healthy');
        });
      });
    if (ready) {
      run.scaledUp = true;
      hooksThen(world, region, svc, sd, [], () => enter(world, region, svc, sd, 'POST_SCALE_UP'));
    }
  }
}

function cleanUp(world: World, region: RegionState, svc: ServiceRecord, sd: ServiceDeploymentRecord): void {
  const run = sd.run!;
  for (const t of serviceTasks(region, svc)) {
    if (t.deploymentId !== run.greenDeploymentId && t.desiredStatus === 'RUNNING')
      stopTask(world, region, svc, t, {
        reason: `Scaling activity initiated by (deployment ${run.greenDeploymentId})`,
        stopCode: 'ServiceSchedulerInitiated',
        announce: true,
      });
  }
  // SUCCESSFUL once the blue tasks have drained and stopped
  const whenStopped = () => {
    if (
      serviceTasks(region, svc).some(
        (t) => t.deploymentId !== run.greenDeploymentId && t.lastStatus !== 'STOPPED',
      )
    )
      return later(world, region, svc, sd, SECONDS.stage, whenStopped);
    succeed();
  };
  later(world, region, svc, sd, SECONDS.stage, whenStopped);
  const succeed = () => {
    // the alternate target group now takes production traffic: it becomes the service's
    for (const lb of svc.loadBalancers) {
      const a = lb.advancedConfiguration;
      if (!a) continue;
      // new objects: the service revisions keep the configuration they were created with
      lb.advancedConfiguration = { ...a, alternateTargetGroupArn: lb.targetGroupArn };
      lb.targetGroupArn = a.alternateTargetGroupArn;
    }
    const green = deploymentById(svc, run.greenDeploymentId)!;
    markCompleted(svc, green, world.now);
    if (sd.alarms?.status === 'MONITORING') sd.alarms.status = 'MONITORING_COMPLETE';
    svc.deployments = [green];
    finish(world, svc, sd, 'SUCCESSFUL');
    svcEvent(world, svc, `(deployment ${green.id}) deployment completed.`);
    svcEvent(world, svc, 'has reached a steady state.');
  };
}

function finish(
  world: World,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  status: string,
  reason?: string,
): void {
  sd.run!.done = true;
  sd.status = status;
  if (reason) sd.statusReason = reason;
  sd.finishedAt = world.now;
  sd.updatedAt = world.now;
}

/** The deployment alarms fired without rollback: the deployment stops where it is. */
function stopRun(
  world: World,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  status: string,
  reason: string,
): void {
  const green = deploymentById(svc, sd.run!.greenDeploymentId);
  if (green) {
    green.rolloutState = 'FAILED';
    green.rolloutStateReason = reason;
  }
  finish(world, svc, sd, status, reason);
  sd.stoppedAt = world.now;
}

/**
 * ECS's rollback of a run: ROLLBACK_REQUESTED, then ROLLBACK_IN_PROGRESS (the listener rules go
 * back to blue, the green tasks stop), then ROLLBACK_SUCCESSFUL.
 */
export function rollback(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  reason: string,
): void {
  const run = sd.run!;
  run.epoch++;
  const blue = deploymentById(svc, run.blueDeploymentId);
  sd.status = 'ROLLBACK_REQUESTED';
  sd.statusReason = reason;
  sd.updatedAt = world.now;
  sd.rollback = {
    reason: 'Rolling back to the source service revision.',
    startedAt: world.now,
    serviceRevisionArn: blue?.serviceRevisionArn ?? sd.sourceServiceRevisions[0]?.arn ?? '',
  };
  svcEvent(world, svc, `service deployment ${sd.arn.split('/').pop()} rollback requested: ${reason}`);
  later(world, region, svc, sd, SECONDS.rollback, () => {
    sd.status = 'ROLLBACK_IN_PROGRESS';
    sd.updatedAt = world.now;
    shift(region, svc, 'production', 0);
    shift(region, svc, 'test', 0);
    run.productionPercent = 0;
    run.testPercent = 0;
    const green = deploymentById(svc, run.greenDeploymentId);
    if (green) {
      green.rolloutState = 'FAILED';
      green.rolloutStateReason = reason;
      green.status = 'ACTIVE';
      green.updatedAt = world.now;
    }
    for (const t of serviceTasks(region, svc, run.greenDeploymentId))
      if (t.desiredStatus === 'RUNNING')
        stopTask(world, region, svc, t, {
          reason: `Rollback of service deployment ${sd.arn.split('/').pop()}`,
          stopCode: 'ServiceSchedulerInitiated',
          announce: true,
        });
    if (blue) {
      blue.status = 'PRIMARY';
      blue.updatedAt = world.now;
      svc.deployments = [blue, ...svc.deployments.filter((d) => d !== blue)];
    }
    later(world, region, svc, sd, SECONDS.rollback, () => {
      svc.deployments = svc.deployments.filter(
        (d) => d === blue || serviceTasks(region, svc, d.id).some((t) => t.lastStatus !== 'STOPPED'),
      );
      finish(world, svc, sd, 'ROLLBACK_SUCCESSFUL');
      svcEvent(world, svc, 'has reached a steady state.');
    });
  });
}

// ------------------------------------------------------------------ StopServiceDeployment

/** Statuses StopServiceDeployment acts on (developer guide, "Stopping Amazon ECS service deployments"). */
const STOPPABLE = ['PENDING', 'IN_PROGRESS', 'STOP_REQUESTED', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS'];

/**
 * StopServiceDeployment. ROLLBACK: PENDING and IN_PROGRESS move to ROLLBACK_REQUESTED and roll back
 * (developer guide, "Stopping Amazon ECS service deployments"); a deployment already rolling back
 * or stopping continues; one that finished cannot be stopped (ConflictException, message ours). A
 * rolling deployment rolls back through the scheduler (`rollbackRolling`).
 *
 * ABORT (the SDK model's StopServiceDeploymentStopType lists ABORT | ROLLBACK; the API reference
 * documents only ROLLBACK's effect): stops without rolling back. PENDING and IN_PROGRESS move to
 * STOP_REQUESTED, then STOPPED with stoppedAt set (ServiceDeployment.stoppedAt: "A user manually
 * stops the deployment"); the listener rules keep the weights they had and neither revision's tasks
 * are stopped. The emulator accepts ABORT only for a BLUE_GREEN, LINEAR or CANARY run (its limit,
 * not a documented one): a rolling deployment has no stage to stop at.
 */
export function stopServiceDeployment(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  sd: ServiceDeploymentRecord,
  stopType: string,
  rollbackRolling: (reason: string) => void,
): void {
  const run = sd.run && !sd.run.done ? sd.run : undefined;
  if (stopType !== 'ROLLBACK' && !(stopType === 'ABORT' && (run || !STOPPABLE.includes(sd.status))))
    throw invalid(
      `stopType ${stopType} is not supported for this service deployment. The valid value is ROLLBACK.`,
    );
  if (!STOPPABLE.includes(sd.status))
    throw new AwsError(
      'ConflictException',
      `The service deployment ${sd.arn} is in status ${sd.status} and cannot be stopped.`,
    );
  if (!['PENDING', 'IN_PROGRESS'].includes(sd.status)) return;
  if (stopType === 'ABORT') return abort(world, region, svc, sd);
  const reason = 'Service deployment rolled back because of a StopServiceDeployment request.';
  if (run) return rollback(world, region, svc, sd, reason);
  rollbackRolling(reason);
}

/** ABORT: STOP_REQUESTED, then STOPPED where the run stood (no rollback). */
function abort(world: World, region: RegionState, svc: ServiceRecord, sd: ServiceDeploymentRecord): void {
  const reason = 'Service deployment stopped because of a StopServiceDeployment request (ABORT).';
  sd.run!.epoch++; // the stage machine stops here
  sd.status = 'STOP_REQUESTED';
  sd.statusReason = reason;
  sd.updatedAt = world.now;
  svcEvent(world, svc, `service deployment ${sd.arn.split('/').pop()} stop requested: ${reason}`);
  later(world, region, svc, sd, SECONDS.rollback, () => stopRun(world, svc, sd, 'STOPPED', reason));
}

// ------------------------------------------------------------------ output

/** The members a strategy adds to DescribeServiceDeployments' ServiceDeployment. */
export function strategyOut(sd: ServiceDeploymentRecord): Params {
  return compact({
    lifecycleStage: sd.lifecycleStage,
    lifecycleHookDetails: sd.run?.hooks.length
      ? sd.run.hooks.map((h) => ({
          hookId: h.hookId,
          targetType: h.targetArn === 'PAUSE' ? 'PAUSE' : 'AWS_LAMBDA',
          targetArn: h.targetArn === 'PAUSE' ? undefined : h.targetArn,
          status: h.status,
        }))
      : undefined,
    alarms: sd.alarms ? clone(sd.alarms) : undefined,
  });
}

/** ServiceRevisionSummary's requested traffic weights of a revision in a run (undefined outside runs). */
export function trafficWeights(
  sd: ServiceDeploymentRecord,
  target: boolean,
): { requestedProductionTrafficWeight: number; requestedTestTrafficWeight: number } | undefined {
  const run = sd.run;
  if (!run) return undefined;
  return target
    ? { requestedProductionTrafficWeight: run.productionPercent, requestedTestTrafficWeight: run.testPercent }
    : {
        requestedProductionTrafficWeight: 100 - run.productionPercent,
        requestedTestTrafficWeight: 100 - run.testPercent,
      };
}

/** Each service's advancedConfiguration (given or prepared by the fixture), for the admin route. */
export function advancedConfigurations(region: RegionState): Record<string, AdvancedConfiguration[]> {
  const out: Record<string, AdvancedConfiguration[]> = {};
  for (const c of Object.values(region.clusters))
    for (const svc of Object.values(c.services)) {
      const list = svc.loadBalancers.map(
        (lb, i) => lb.advancedConfiguration ?? svc.preparedAdvancedConfiguration?.[i],
      );
      if (list.length > 0 && list.every(Boolean))
        out[`${c.name}/${svc.name}`] = list as AdvancedConfiguration[];
    }
  return out;
}
