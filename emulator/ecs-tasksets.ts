/**
 * Task sets of a blue/green service (deployment controller CODE_DEPLOY). ECS keeps each task set at
 * the service's desired count (replacing failed tasks), but it is CodeDeploy that creates the
 * replacement set, decides which set is PRIMARY (takes production traffic) and deletes the original
 * (emulator/codedeploy-sim.ts). The emulator keeps task sets as the service's deployment records so
 * that tasks, target registration and health reuse the ECS scheduler (ecs-sim.ts).
 */
import { behaviourOf, launchTasks, serviceTasks, stopTask, svcEvent, targetsHealthy } from './ecs-sim.js';
import type { DeploymentRecord, RegionState, ServiceRecord } from './types.js';
import { compact, epochSeconds } from './util.js';
import type { World } from './world.js';

/** A new task set, not yet taking production traffic (status ACTIVE); the scheduler starts its tasks. */
export function createTaskSet(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  taskDefinitionArn: string,
  externalId: string,
): DeploymentRecord {
  const set: DeploymentRecord = {
    id: world.ids.deploymentId(),
    status: 'ACTIVE',
    taskDefinition: taskDefinitionArn,
    desiredCount: svc.desiredCount,
    failedTasks: 0,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: '',
    createdAt: world.now,
    updatedAt: world.now,
    launchType: svc.launchType,
    platformVersion: svc.platformVersion,
    networkConfiguration: svc.networkConfiguration,
    circuitBreaker: { enable: false, rollback: false },
    threshold: 0,
    serviceRevisionArn: '',
    serviceDeploymentArn: '',
    externalId,
  };
  svc.deployments.push(set);
  return set;
}

/** Makes `set` the PRIMARY task set (production traffic); the others become ACTIVE. */
export function makePrimary(world: World, svc: ServiceRecord, set: DeploymentRecord): void {
  for (const other of svc.deployments) {
    if (other.status === 'PRIMARY') other.status = 'ACTIVE';
    other.updatedAt = world.now;
  }
  set.status = 'PRIMARY';
  // ECS lists the PRIMARY task set first, and serviceOut reads the service's revision from it.
  svc.deployments = [set, ...svc.deployments.filter((d) => d !== set)];
}

/** Deletes a task set: its tasks drain and stop, then it is gone. */
export function deleteTaskSet(
  world: World,
  region: RegionState,
  svc: ServiceRecord,
  set: DeploymentRecord,
): void {
  set.status = 'INACTIVE';
  set.updatedAt = world.now;
  reconcileTaskSets(world, region, svc);
}

/** Whether every task of the set runs and passes its health checks (the load balancer's included). */
export function taskSetHealthy(region: RegionState, svc: ServiceRecord, set: DeploymentRecord): boolean {
  const live = serviceTasks(region, svc, set.id).filter((t) => t.desiredStatus === 'RUNNING');
  return (
    live.length === set.desiredCount &&
    live.every(
      (t) => t.lastStatus === 'RUNNING' && t.healthStatus !== 'UNHEALTHY' && targetsHealthy(region, svc, t),
    )
  );
}

/** Whether the set is gone (deleted, all its tasks stopped). */
export function taskSetGone(svc: ServiceRecord, set: DeploymentRecord): boolean {
  return !svc.deployments.includes(set);
}

/** The scheduler for a CODE_DEPLOY service: each live set at the desired count, deleted sets emptied. */
export function reconcileTaskSets(world: World, region: RegionState, svc: ServiceRecord): void {
  for (const set of svc.deployments) {
    const live = serviceTasks(region, svc, set.id).filter((t) => t.desiredStatus === 'RUNNING');
    const scaleTo = set.status === 'INACTIVE' ? 0 : svc.desiredCount;
    set.desiredCount = scaleTo;
    if (live.length < scaleTo) {
      if (behaviourOf(world, region, set.taskDefinition) === 'unplaceable') {
        if (!set.placementFailureReported) {
          set.placementFailureReported = true;
          svcEvent(
            world,
            svc,
            'was unable to place a task because no container instance met all of its requirements.',
          );
        }
      } else launchTasks(world, region, svc, set, scaleTo - live.length);
    } else {
      for (const t of live.slice(scaleTo))
        stopTask(world, region, svc, t, {
          reason: `Scaling activity initiated by (deployment ${set.id})`,
          stopCode: 'ServiceSchedulerInitiated',
          announce: true,
        });
    }
  }
  svc.deployments = svc.deployments.filter(
    (d) => d.status !== 'INACTIVE' || serviceTasks(region, svc, d.id).some((t) => t.lastStatus !== 'STOPPED'),
  );
}

/**
 * A task set as DescribeServices reports it under `taskSets` (ECS API reference, TaskSet): a
 * deleted set is DRAINING until its tasks are gone; CodeDeploy's sets carry its deployment id
 * as `externalId` and `startedBy` names it.
 */
export function taskSetOut(
  region: RegionState,
  svc: ServiceRecord,
  set: DeploymentRecord,
): Record<string, any> {
  const tasks = serviceTasks(region, svc, set.id).filter((t) => t.desiredStatus === 'RUNNING');
  const steady = taskSetHealthy(region, svc, set);
  return compact({
    id: set.id,
    taskSetArn: `arn:aws:ecs:${region.name}:${svc.arn.split(':')[4]}:task-set/${svc.clusterName}/${svc.name}/${set.id}`,
    serviceArn: svc.arn,
    clusterArn: svc.clusterArn,
    startedBy: set.externalId ? 'CodeDeploy' : undefined,
    externalId: set.externalId,
    status: set.status === 'INACTIVE' ? 'DRAINING' : set.status,
    taskDefinition: set.taskDefinition,
    computedDesiredCount: set.desiredCount,
    pendingCount: tasks.filter((t) => t.lastStatus !== 'RUNNING').length,
    runningCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
    createdAt: epochSeconds(set.createdAt),
    updatedAt: epochSeconds(set.updatedAt),
    launchType: set.launchType,
    platformVersion: set.platformVersion,
    networkConfiguration: set.networkConfiguration,
    loadBalancers: svc.loadBalancers.map((lb) => ({ ...lb })),
    scale: { value: set.status === 'INACTIVE' ? 0 : 100, unit: 'PERCENT' },
    stabilityStatus: steady ? 'STEADY_STATE' : 'STABILIZING',
  });
}
