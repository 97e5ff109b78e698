/**
 * The ECS service scheduler as the emulator plays it: tasks move PROVISIONING -> PENDING -> RUNNING,
 * register in target groups, pass (or fail) health checks; deployments roll out, complete, fail on the
 * circuit breaker and roll back. Durations are simulated AWS seconds, scaled by World.dur().
 */
import type {
  DeploymentRecord,
  ImageBehaviour,
  RegionState,
  ServiceRecord,
  TargetGroupRecord,
  TargetRecord,
  TaskRecord,
} from './types.js';
import { activeRun, reconcileRun, startRun, targetGroupArnFor } from './ecs-strategies.js';
import { reconcileTaskSets } from './ecs-tasksets.js';
import type { World } from './world.js';

/** Simulated durations in AWS seconds. */
const DURATIONS = {
  provisioning: 10,
  pending: 10,
  slowStartExtra: 60,
  crashAfterRunning: 5,
  stopWithoutLoadBalancer: 5,
  initialHealthChecking: 5,
  containerHealthCheck: 30,
  stoppedTaskRetention: 3600,
};

export function taskId(task: TaskRecord): string {
  return task.id;
}

function addEvent(world: World, svc: ServiceRecord, message: string, at = world.now): void {
  svc.events.unshift({ id: world.ids.uuid(), createdAt: at, message });
  if (svc.events.length > 100) svc.events.length = 100;
}

export function svcEvent(world: World, svc: ServiceRecord, message: string): void {
  addEvent(world, svc, `(service ${svc.name}) ${message}`);
}

export function serviceTasks(region: RegionState, svc: ServiceRecord, deploymentId?: string): TaskRecord[] {
  return Object.values(region.tasks).filter(
    (t) =>
      t.clusterName === svc.clusterName &&
      t.serviceName === svc.name &&
      (deploymentId === undefined || t.deploymentId === deploymentId),
  );
}

function circuitBreakerThreshold(desired: number): number {
  return Math.max(3, Math.min(200, Math.ceil(desired / 2)));
}

/**
 * The target groups a task of the service registers in: the service's, or for the green tasks of a
 * blue/green, linear or canary deployment the alternate ones (ecs-strategies.ts). Without a task:
 * every group the service may use (its own and the alternates), to deregister from.
 */
function targetGroupsOf(
  region: RegionState,
  svc: ServiceRecord,
  task?: TaskRecord,
): { tg: TargetGroupRecord; port: number }[] {
  const out: { tg: TargetGroupRecord; port: number }[] = [];
  svc.loadBalancers.forEach((lb, i) => {
    const arns = task
      ? [targetGroupArnFor(svc, task, i)]
      : [lb.targetGroupArn, lb.advancedConfiguration?.alternateTargetGroupArn];
    for (const arn of arns) {
      const tg = arn ? region.targetGroups[arn] : undefined;
      if (tg) out.push({ tg, port: lb.containerPort });
    }
  });
  return out;
}

function allocateNetwork(world: World, region: RegionState) {
  const n = region.nextIp++;
  const subnet = region.subnets[n % region.subnets.length];
  const base = subnet.cidr.split('/')[0].split('.').slice(0, 3).join('.');
  const host = 10 + (Math.floor(n / region.subnets.length) % 240);
  return {
    ip: `${base}.${host}`,
    subnetId: subnet.id,
    availabilityZone: subnet.availabilityZone,
    eniId: 'eni-0' + world.ids.hex(16),
    attachmentId: world.ids.uuid(),
  };
}

function imagesOf(world: World, region: RegionState, taskDefinitionArn: string): string[] {
  const [family, rev] = taskDefinitionArn.split('task-definition/')[1].split(':');
  const td = region.taskDefinitions[family]?.[Number(rev) - 1];
  return td ? (td.body.containerDefinitions as any[]).map((c) => String(c.image)) : [];
}

export function behaviourOf(world: World, region: RegionState, taskDefinitionArn: string): ImageBehaviour {
  return world.behaviourFor(imagesOf(world, region, taskDefinitionArn));
}

/** Creates a task record of a service's deployment (not yet scheduled). */
export function createTask(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  dep: DeploymentRecord,
  at: number,
): TaskRecord {
  return newTask(
    world,
    region,
    {
      clusterName: svc.clusterName,
      serviceName: svc.name,
      deploymentId: dep.id,
      taskDefinitionArn: dep.taskDefinition,
      launchType: dep.launchType,
      platformVersion: dep.platformVersion,
    },
    at,
  );
}

/** Who a task belongs to and how it runs: a service's deployment, or RunTask (standalone). */
export interface TaskOwner {
  clusterName: string;
  serviceName?: string;
  deploymentId?: string;
  taskDefinitionArn: string;
  launchType: string;
  platformVersion: string;
  /** RunTask's own fields. */
  standalone?: Pick<
    TaskRecord,
    'startedBy' | 'group' | 'containerOverrides' | 'capacityProviderName' | 'tags'
  > & {
    subnetId?: string;
  };
}

function newTask(world: World, region: RegionState, owner: TaskOwner, at: number): TaskRecord {
  const [family, rev] = owner.taskDefinitionArn.split('task-definition/')[1].split(':');
  const td = region.taskDefinitions[family][Number(rev) - 1];
  const id = world.ids.hex(32);
  const arn = `arn:aws:ecs:${region.name}:${world.state.accountId}:task/${owner.clusterName}/${id}`;
  const net = allocateNetwork(world, region);
  const subnet = region.subnets.find((s) => s.id === owner.standalone?.subnetId);
  if (subnet) Object.assign(net, { subnetId: subnet.id, availabilityZone: subnet.availabilityZone });
  const images = (td.body.containerDefinitions as any[]).map((c) => String(c.image));
  const rule = world.behaviourRuleFor(images, owner.standalone ? 'run-task' : 'service');
  const task: TaskRecord = {
    arn,
    id,
    region: region.name,
    clusterName: owner.clusterName,
    serviceName: owner.serviceName,
    deploymentId: owner.deploymentId,
    startedBy: owner.standalone?.startedBy ?? owner.deploymentId,
    group: owner.standalone?.group,
    containerOverrides: owner.standalone?.containerOverrides,
    capacityProviderName: owner.standalone?.capacityProviderName,
    taskDefinitionArn: td.arn,
    behaviour: rule.behaviour,
    exit: rule.behaviour === 'exit' ? rule.exit : undefined,
    lastStatus: 'PROVISIONING',
    desiredStatus: 'RUNNING',
    healthStatus: 'UNKNOWN',
    createdAt: at,
    ...net,
    cpu: td.body.cpu,
    memory: td.body.memory,
    launchType: owner.launchType,
    platformVersion: owner.platformVersion === 'LATEST' ? '1.4.0' : owner.platformVersion,
    containers: (td.body.containerDefinitions as any[]).map((c) => ({
      name: c.name,
      image: c.image,
      essential: c.essential !== false,
      lastStatus: 'PENDING',
      healthStatus: 'UNKNOWN',
      containerArn: `arn:aws:ecs:${region.name}:${world.state.accountId}:container/${owner.clusterName}/${id}/${world.ids.uuid()}`,
      cpu: String(c.cpu ?? 0),
      memory: c.memory !== undefined ? String(c.memory) : undefined,
    })),
    tags: owner.standalone?.tags ?? [],
    version: 1,
  };
  region.tasks[arn] = task;
  return task;
}

/** RunTask: a standalone task (no service), started now and played out like a service's. */
export function startStandaloneTask(world: World, region: RegionState, owner: TaskOwner): TaskRecord {
  const task = newTask(world, region, owner, world.now);
  playTask(world, region, undefined, task);
  return task;
}

function bump(task: TaskRecord): void {
  task.version++;
}

/** Starts a task's life cycle according to its behaviour. */
function playTask(world: World, region: RegionState, svc: ServiceRecord | undefined, task: TaskRecord): void {
  const t0 = task.createdAt;
  const pendingAt = t0 + world.dur(DURATIONS.provisioning);
  world.schedule(pendingAt, () => {
    if (task.desiredStatus !== 'RUNNING') return;
    task.lastStatus = 'PENDING';
    task.pullStartedAt = world.now;
    task.connectivityAt = world.now;
    bump(task);
    if (svc) reconcile(world, region, svc);
  });
  const pull = DURATIONS.pending + (task.behaviour === 'slow-start' ? DURATIONS.slowStartExtra : 0);
  const runningAt = pendingAt + world.dur(pull);
  if (task.behaviour === 'unpullable') {
    world.schedule(runningAt, () => {
      if (task.desiredStatus !== 'RUNNING') return;
      const image = task.containers.find((c) => c.essential)?.image ?? task.containers[0].image;
      const reason = `CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref ${image}: ${image}: not found`;
      for (const c of task.containers) {
        c.lastStatus = 'STOPPED';
        c.reason = reason;
      }
      task.pullStoppedAt = world.now;
      stopTask(world, region, svc, task, {
        reason,
        stopCode: 'TaskFailedToStart',
        failed: true,
        immediate: true,
      });
    });
    return;
  }
  world.schedule(runningAt, () => {
    if (task.desiredStatus !== 'RUNNING') return;
    task.lastStatus = 'RUNNING';
    task.pullStoppedAt = world.now;
    task.startedAt = world.now;
    for (const c of task.containers) {
      c.lastStatus = 'RUNNING';
      c.runtimeId = `${task.id}-${world.ids.digits(10)}`;
    }
    bump(task);
    onTaskRunning(world, region, svc, task);
    if (svc) reconcile(world, region, svc);
  });
}

function onTaskRunning(
  world: World,
  region: RegionState,
  svc: ServiceRecord | undefined,
  task: TaskRecord,
): void {
  const td =
    region.taskDefinitions[task.taskDefinitionArn.split('task-definition/')[1].split(':')[0]][
      Number(task.taskDefinitionArn.split(':').pop()) - 1
    ];
  const containerHealthCheck = (td.body.containerDefinitions as any[]).find(
    (c) => c.essential !== false && c.healthCheck,
  )?.healthCheck as { interval?: number; retries?: number } | undefined;

  if (task.behaviour === 'crash') {
    world.schedule(world.now + world.dur(DURATIONS.crashAfterRunning), () => {
      if (task.desiredStatus !== 'RUNNING') return;
      for (const c of task.containers) {
        c.lastStatus = 'STOPPED';
        c.exitCode = c.essential ? 1 : 137;
      }
      stopTask(world, region, svc, task, {
        reason: 'Essential container in task exited',
        stopCode: 'EssentialContainerExited',
        failed: true,
        immediate: true,
      });
    });
  }

  if (task.behaviour === 'exit') {
    const exit = task.exit ?? { exitCode: 0 };
    world.schedule(world.now + world.dur(exit.runSeconds ?? DURATIONS.crashAfterRunning), () => {
      if (task.desiredStatus !== 'RUNNING') return;
      for (const c of task.containers) {
        c.lastStatus = 'STOPPED';
        // ECS stops the other containers when an essential one exits (SIGTERM, then SIGKILL).
        c.exitCode = c.essential ? exit.exitCode : 137;
        if (c.essential && exit.reason) c.reason = exit.reason;
      }
      stopTask(world, region, svc, task, {
        reason: 'Essential container in task exited',
        stopCode: 'EssentialContainerExited',
        failed: exit.exitCode !== 0,
        immediate: true,
      });
    });
  }

  if (!svc) return;

  if (containerHealthCheck) {
    const interval = containerHealthCheck.interval ?? DURATIONS.containerHealthCheck;
    const retries = containerHealthCheck.retries ?? 3;
    if (task.behaviour === 'unhealthy' && svc.loadBalancers.length === 0) {
      world.schedule(world.now + world.dur(interval * retries), () => {
        if (task.desiredStatus !== 'RUNNING') return;
        task.healthStatus = 'UNHEALTHY';
        for (const c of task.containers) if (c.essential) c.healthStatus = 'UNHEALTHY';
        svcEvent(world, svc, `(task ${task.id}) failed container health checks.`);
        stopTask(world, region, svc, task, {
          reason: 'Task failed container health checks',
          stopCode: 'ServiceSchedulerInitiated',
          failed: true,
        });
      });
    } else if (task.behaviour !== 'crash') {
      world.schedule(world.now + world.dur(interval), () => {
        if (task.desiredStatus !== 'RUNNING') return;
        task.healthStatus = 'HEALTHY';
        for (const c of task.containers) if (c.essential) c.healthStatus = 'HEALTHY';
        bump(task);
        reconcile(world, region, svc);
      });
    }
  }

  // Target health runs on the health-check clock, as the wait's schedule assumes (issue 18): a new
  // target is `initial` from registration, healthy after HealthyThresholdCount consecutive passing
  // checks and unhealthy after UnhealthyThresholdCount failing ones, one check every
  // HealthCheckIntervalSeconds (ELB user guide, "Health checks for your target groups"; ELBv2 API
  // reference, TargetGroup), so it changes only at registration + k × interval (scaled).
  for (const { tg, port } of targetGroupsOf(region, svc, task)) {
    const target: TargetRecord = {
      id: task.ip,
      port,
      availabilityZone: task.availabilityZone,
      taskArn: task.arn,
      state: 'initial',
      reason: 'Elb.RegistrationInProgress',
      description: 'Target registration is in progress',
      registeredAt: world.now,
    };
    tg.targets.push(target);
    svcEvent(world, svc, `registered 1 targets in (target-group ${tg.arn})`);
    world.schedule(
      world.now + world.dur(Math.min(DURATIONS.initialHealthChecking, tg.healthCheckIntervalSeconds)),
      () => {
        if (!tg.targets.includes(target) || target.state !== 'initial') return;
        target.reason = 'Elb.InitialHealthChecking';
        target.description = 'Initial health checks in progress';
      },
    );
    if (task.behaviour === 'unhealthy') {
      const unhealthyAt = world.now + world.dur(tg.healthCheckIntervalSeconds * tg.unhealthyThresholdCount);
      world.schedule(unhealthyAt, () => {
        if (!tg.targets.includes(target) || target.state !== 'initial') return;
        Object.assign(target, {
          state: 'unhealthy',
          reason: 'Target.ResponseCodeMismatch',
          description: 'Health checks failed with these codes: [502]',
        });
        svcEvent(
          world,
          svc,
          `(task ${task.id}) (port ${port}) is unhealthy in (target-group ${tg.arn}) due to (reason Health checks failed with these codes: [502]).`,
        );
        reconcile(world, region, svc);
      });
      // ECS acts on the next health check after the target turned unhealthy, and ignores ELB health
      // until the grace period (from the task's start) is over.
      const stopAt = Math.max(
        unhealthyAt + world.dur(tg.healthCheckIntervalSeconds),
        (task.startedAt ?? world.now) + world.dur(svc.healthCheckGracePeriodSeconds),
      );
      world.schedule(stopAt, () => {
        if (task.desiredStatus !== 'RUNNING' || target.state !== 'unhealthy') return;
        stopTask(world, region, svc, task, {
          reason: `Task failed ELB health checks in (target-group ${tg.arn})`,
          stopCode: 'ServiceSchedulerInitiated',
          failed: true,
        });
      });
    } else {
      const healthyAt = world.now + world.dur(tg.healthCheckIntervalSeconds * tg.healthyThresholdCount);
      world.schedule(healthyAt, () => {
        if (!tg.targets.includes(target) || target.state !== 'initial') return;
        Object.assign(target, { state: 'healthy', reason: undefined, description: undefined });
        delete (target as any).reason;
        delete (target as any).description;
        reconcile(world, region, svc);
      });
    }
  }
}

interface StopOptions {
  reason: string;
  stopCode: string;
  /** counts as a failed task of its deployment (circuit breaker) */
  failed?: boolean;
  /** the containers are already gone (crash, pull failure): STOPPED now, targets drain on their own */
  immediate?: boolean;
  /** emit "has stopped N running tasks" */
  announce?: boolean;
}

export function stopTask(
  world: World,
  region: RegionState,
  svc: ServiceRecord | undefined,
  task: TaskRecord,
  opts: StopOptions,
): void {
  if (task.desiredStatus === 'STOPPED') return;
  task.desiredStatus = 'STOPPED';
  task.stoppingAt = world.now;
  task.stoppedReason = opts.reason;
  task.stopCode = opts.stopCode;
  bump(task);
  if (opts.failed && svc) {
    task.failed = true;
    const dep = svc.deployments.find((d) => d.id === task.deploymentId);
    if (dep) {
      dep.failedTasks++;
      dep.updatedAt = world.now;
      const sd = svc.serviceDeployments.find((s) => s.arn === dep.serviceDeploymentArn);
      if (sd && dep.rollbackOf === undefined) sd.circuitBreaker.failureCount = dep.failedTasks;
    }
  }
  // deregister from target groups: targets drain for the deregistration delay
  let drain = 0;
  const tgs = svc
    ? targetGroupsOf(region, svc)
    : Object.values(region.targetGroups).map((tg) => ({ tg, port: 0 }));
  for (const { tg } of tgs) {
    const targets = tg.targets.filter((x) => x.taskArn === task.arn && x.state !== 'draining');
    if (targets.length === 0) continue;
    for (const target of targets) {
      Object.assign(target, {
        state: 'draining',
        reason: 'Target.DeregistrationInProgress',
        description: 'Target deregistration is in progress',
      });
    }
    if (svc) svcEvent(world, svc, `deregistered ${targets.length} targets in (target-group ${tg.arn})`);
    const delay = world.dur(tg.deregistrationDelaySeconds);
    drain = Math.max(drain, delay);
    world.schedule(world.now + delay, () => {
      tg.targets = tg.targets.filter((x) => !targets.includes(x));
      if (svc) reconcile(world, region, svc);
    });
  }
  if (opts.announce && svc) {
    if (drain > 0) svcEvent(world, svc, `has begun draining connections on 1 tasks.`);
    svcEvent(world, svc, `has stopped 1 running tasks: (task ${task.id}).`);
  }
  const finish = () => {
    if (task.lastStatus === 'STOPPED') return;
    task.lastStatus = 'STOPPED';
    task.executionStoppedAt ??= world.now;
    task.stoppedAt = world.now;
    for (const c of task.containers) {
      if (c.lastStatus !== 'STOPPED') {
        c.lastStatus = 'STOPPED';
        if (task.startedAt !== undefined && c.exitCode === undefined) c.exitCode = 0;
      }
    }
    bump(task);
    if (svc) reconcile(world, region, svc);
  };
  if (opts.immediate) {
    finish();
    return;
  }
  task.lastStatus = task.startedAt !== undefined ? 'DEACTIVATING' : 'STOPPING';
  const after = drain > 0 ? drain : world.dur(DURATIONS.stopWithoutLoadBalancer);
  world.schedule(world.now + after, finish);
  if (svc) reconcile(world, region, svc);
}

export function targetsHealthy(region: RegionState, svc: ServiceRecord, task: TaskRecord): boolean {
  for (const { tg } of targetGroupsOf(region, svc, task)) {
    const target = tg.targets.find((x) => x.taskArn === task.arn);
    if (!target || target.state !== 'healthy') return false;
  }
  return true;
}

/** Creates a new PRIMARY deployment (the old PRIMARY becomes ACTIVE). */
export function createDeployment(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  taskDefinitionArn: string,
  opts: { rollbackOf?: DeploymentRecord; serviceRevisionArn?: string } = {},
): DeploymentRecord {
  const now = world.now;
  const old = svc.deployments[0];
  if (old) {
    old.status = 'ACTIVE';
    old.updatedAt = now;
    const oldSd = svc.serviceDeployments.find((s) => s.arn === old.serviceDeploymentArn);
    if (oldSd && oldSd.status === 'IN_PROGRESS' && !opts.rollbackOf) {
      oldSd.status = 'STOPPED';
      oldSd.statusReason = 'Service deployment was stopped because a newer deployment was started.';
      oldSd.stoppedAt = now;
      oldSd.updatedAt = now;
      oldSd.circuitBreaker.status =
        oldSd.circuitBreaker.status === 'DISABLED' ? 'DISABLED' : 'MONITORING_COMPLETE';
    }
    if (oldSd?.run && !oldSd.run.done && !opts.rollbackOf) {
      oldSd.run.done = true;
      oldSd.status = 'STOPPED';
      oldSd.statusReason = 'Service deployment was stopped because a newer deployment was started.';
      oldSd.stoppedAt = now;
      oldSd.updatedAt = now;
    }
  }
  const cb = svc.deploymentConfiguration?.deploymentCircuitBreaker ?? {};
  const fresh = `arn:aws:ecs:${region.name}:${world.state.accountId}:service-revision/${svc.clusterName}/${svc.name}/${world.ids.digits(19)}`;
  // ECS creates no service revision for a rollback: it reuses the last successful one. (The fresh
  // id is drawn anyway, so the ids generated for a seed stay what they were.)
  const revisionArn = opts.serviceRevisionArn ?? fresh;
  const dep: DeploymentRecord = {
    id: world.ids.deploymentId(),
    status: 'PRIMARY',
    taskDefinition: taskDefinitionArn,
    desiredCount: svc.desiredCount,
    failedTasks: 0,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: 'ECS deployment ecs-svc/pending in progress.',
    createdAt: now,
    updatedAt: now,
    launchType: svc.launchType,
    platformVersion: svc.platformVersion,
    networkConfiguration: svc.networkConfiguration,
    volumeConfigurations: svc.volumeConfigurations,
    circuitBreaker: { enable: cb.enable === true, rollback: cb.rollback === true && !opts.rollbackOf },
    threshold: circuitBreakerThreshold(svc.desiredCount),
    serviceRevisionArn: revisionArn,
    serviceDeploymentArn: opts.rollbackOf
      ? opts.rollbackOf.serviceDeploymentArn
      : `arn:aws:ecs:${region.name}:${world.state.accountId}:service-deployment/${svc.clusterName}/${svc.name}/${world.ids.hex(22)}`,
    rollbackOf: opts.rollbackOf?.id,
  };
  dep.rolloutStateReason = `ECS deployment ${dep.id} in progress.`;
  if (!svc.serviceRevisions.some((r) => r.arn === revisionArn)) {
    svc.serviceRevisions.unshift({
      arn: revisionArn,
      taskDefinition: taskDefinitionArn,
      createdAt: now,
      launchType: svc.launchType,
      platformVersion: svc.platformVersion,
      platformFamily: svc.platformFamily,
      loadBalancers: svc.loadBalancers.map((lb) => ({ ...lb })),
      networkConfiguration: svc.networkConfiguration,
    });
  }
  if (!opts.rollbackOf) {
    svc.serviceDeployments.unshift({
      arn: dep.serviceDeploymentArn,
      deploymentId: dep.id,
      serviceArn: svc.arn,
      clusterArn: svc.clusterArn,
      createdAt: now,
      startedAt: now,
      updatedAt: now,
      sourceServiceRevisions: svc.deployments.map((d) => {
        const tasks = serviceTasks(region, svc, d.id).filter((t) => t.desiredStatus === 'RUNNING');
        return {
          arn: d.serviceRevisionArn,
          requestedTaskCount: tasks.length,
          runningTaskCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
          pendingTaskCount: tasks.filter((t) => t.lastStatus !== 'RUNNING').length,
        };
      }),
      targetServiceRevisionArn: revisionArn,
      status: 'IN_PROGRESS',
      deploymentConfiguration: JSON.parse(JSON.stringify(svc.deploymentConfiguration ?? {})),
      circuitBreaker: {
        status: dep.circuitBreaker.enable ? 'MONITORING' : 'DISABLED',
        failureCount: 0,
        threshold: dep.threshold,
      },
    });
    if (svc.serviceDeployments.length > 100) svc.serviceDeployments.length = 100;
  }
  svc.deployments.unshift(dep);
  if (!opts.rollbackOf) startRun(world, region, svc, svc.serviceDeployments[0], dep, old);
  return dep;
}

function failDeployment(world: World, region: RegionState, svc: ServiceRecord, dep: DeploymentRecord): void {
  const now = world.now;
  dep.rolloutState = 'FAILED';
  dep.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.';
  dep.updatedAt = now;
  svcEvent(world, svc, `deployment ${dep.id} deployment failed: tasks failed to start.`);
  const sd = svc.serviceDeployments.find((s) => s.arn === dep.serviceDeploymentArn);
  if (sd) {
    sd.updatedAt = now;
    if (dep.rollbackOf === undefined) sd.circuitBreaker.status = 'TRIGGERED';
  }
  const target = svc.lastCompleted;
  if (dep.circuitBreaker.rollback && target) {
    if (sd) {
      sd.status = 'ROLLBACK_IN_PROGRESS';
      sd.statusReason = 'ECS deployment circuit breaker: tasks failed to start.';
      sd.rollback = {
        reason: 'ECS deployment circuit breaker: rolling back to the last completed service revision.',
        startedAt: now,
        serviceRevisionArn: target.serviceRevisionArn,
      };
    }
    svcEvent(world, svc, `rolling back to deployment ${target.deploymentId}.`);
    createDeployment(world, region, svc, target.taskDefinition, {
      rollbackOf: dep,
      serviceRevisionArn: target.serviceRevisionArn,
    });
  } else if (sd) {
    if (dep.rollbackOf !== undefined) {
      sd.status = 'ROLLBACK_FAILED';
    } else {
      sd.status = 'STOPPED';
      sd.stoppedAt = now;
    }
    sd.statusReason = 'ECS deployment circuit breaker: tasks failed to start.';
  }
}

/** A deployment reached COMPLETED: it is what the service rolls back to from now on. */
export function markCompleted(svc: ServiceRecord, dep: DeploymentRecord, now: number): void {
  dep.rolloutState = 'COMPLETED';
  dep.rolloutStateReason = `ECS deployment ${dep.id} completed.`;
  dep.updatedAt = now;
  svc.lastCompleted = {
    taskDefinition: dep.taskDefinition,
    deploymentId: dep.id,
    serviceRevisionArn: dep.serviceRevisionArn,
  };
}

function completeDeployment(world: World, svc: ServiceRecord, dep: DeploymentRecord): void {
  const now = world.now;
  markCompleted(svc, dep, now);
  const sd = svc.serviceDeployments.find((s) => s.arn === dep.serviceDeploymentArn);
  if (sd) {
    sd.status = dep.rollbackOf !== undefined ? 'ROLLBACK_SUCCESSFUL' : 'SUCCESSFUL';
    sd.finishedAt = now;
    sd.updatedAt = now;
    if (sd.circuitBreaker.status === 'MONITORING') sd.circuitBreaker.status = 'MONITORING_COMPLETE';
  }
  svcEvent(world, svc, `(deployment ${dep.id}) deployment completed.`);
  svcEvent(world, svc, 'has reached a steady state.');
}

export function launchTasks(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  dep: DeploymentRecord,
  count: number,
): TaskRecord[] {
  const tasks: TaskRecord[] = [];
  for (let i = 0; i < count; i++) tasks.push(createTask(world, region, svc, dep, world.now));
  svcEvent(world, svc, `has started ${count} tasks: ${tasks.map((t) => `(task ${t.id})`).join(' ')}.`);
  for (const t of tasks) playTask(world, region, svc, t);
  return tasks;
}

const reconciling = new WeakSet<ServiceRecord>();

/** The service scheduler: brings the service toward its desired state at world.now. */
export function reconcile(world: World, region: RegionState, svc: ServiceRecord): void {
  if (reconciling.has(svc)) return;
  reconciling.add(svc);
  try {
    reconcileOnce(world, region, svc);
    // ECS forgets stopped tasks after about an hour
    const horizon = world.now - world.dur(DURATIONS.stoppedTaskRetention);
    for (const t of serviceTasks(region, svc)) {
      if (t.lastStatus === 'STOPPED' && (t.stoppedAt ?? world.now) < horizon) delete region.tasks[t.arn];
    }
  } finally {
    reconciling.delete(svc);
  }
}

function reconcileOnce(world: World, region: RegionState, svc: ServiceRecord): void {
  if (svc.status !== 'ACTIVE') {
    for (const t of serviceTasks(region, svc)) {
      if (t.desiredStatus === 'RUNNING')
        stopTask(world, region, svc, t, { reason: 'Service deleted', stopCode: 'ServiceSchedulerInitiated' });
    }
    if (svc.status === 'DRAINING' && serviceTasks(region, svc).every((t) => t.lastStatus === 'STOPPED')) {
      svc.status = 'INACTIVE';
      svc.deployments = svc.deployments.slice(0, 1);
      if (svc.deployments[0]) svc.deployments[0].status = 'INACTIVE';
    }
    return;
  }
  // Blue/green: CodeDeploy, not the scheduler, decides which task set serves and which goes.
  if (svc.deploymentController === 'CODE_DEPLOY') return reconcileTaskSets(world, region, svc);
  // Blue/green, linear, canary: the stage machine (ecs-strategies.ts) launches and retires tasks.
  if (activeRun(svc)) return reconcileRun(world, region, svc);
  let primary = svc.deployments[0];
  if (!primary) return;
  if (
    primary.rolloutState === 'IN_PROGRESS' &&
    primary.circuitBreaker.enable &&
    primary.failedTasks >= primary.threshold
  ) {
    failDeployment(world, region, svc, primary);
    primary = svc.deployments[0];
  }
  primary.desiredCount = svc.desiredCount;
  const live = () => serviceTasks(region, svc, primary.id).filter((t) => t.desiredStatus === 'RUNNING');
  const current = live();
  // A deployment stopped by the circuit breaker (without rollback) launches no more tasks.
  const launching = !(primary.rolloutState === 'FAILED' && primary.circuitBreaker.enable);
  if (launching && current.length < primary.desiredCount) {
    if (behaviourOf(world, region, primary.taskDefinition) === 'unplaceable') {
      if (!primary.placementFailureReported) {
        primary.placementFailureReported = true;
        svcEvent(
          world,
          svc,
          'was unable to place a task because no container instance met all of its requirements.',
        );
      }
    } else {
      launchTasks(world, region, svc, primary, primary.desiredCount - current.length);
    }
  } else if (current.length > primary.desiredCount) {
    const extra = current
      .sort(
        (a, b) =>
          Number(a.lastStatus === 'RUNNING') - Number(b.lastStatus === 'RUNNING') ||
          b.createdAt - a.createdAt,
      )
      .slice(0, current.length - primary.desiredCount);
    for (const t of extra)
      stopTask(world, region, svc, t, {
        reason: `Scaling activity initiated by (deployment ${primary.id})`,
        stopCode: 'ServiceSchedulerInitiated',
        announce: true,
      });
  }
  const now = live();
  const healthy =
    primary.rolloutState !== 'FAILED' &&
    now.length === primary.desiredCount &&
    now.every(
      (t) => t.lastStatus === 'RUNNING' && t.healthStatus !== 'UNHEALTHY' && targetsHealthy(region, svc, t),
    );
  if (!healthy) return;
  // the new deployment is healthy: drain and stop the older deployments' tasks
  for (const dep of svc.deployments.slice(1)) {
    for (const t of serviceTasks(region, svc, dep.id)) {
      if (t.desiredStatus === 'RUNNING')
        stopTask(world, region, svc, t, {
          reason: `Scaling activity initiated by (deployment ${primary.id})`,
          stopCode: 'ServiceSchedulerInitiated',
          announce: true,
        });
    }
  }
  svc.deployments = svc.deployments.filter(
    (d, i) => i === 0 || serviceTasks(region, svc, d.id).some((t) => t.lastStatus !== 'STOPPED'),
  );
  if (svc.deployments.length === 1 && primary.rolloutState === 'IN_PROGRESS')
    completeDeployment(world, svc, primary);
}
