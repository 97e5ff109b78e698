/**
 * The rollback's calls: read the service, find the revision to put back, UpdateService (unless
 * ECS is already rolling back to it) and wait for that deployment. What to do is decided in
 * policy.ts; the waiting is the one waiting loop (src/health/wait.ts).
 */
import {
  DescribeServiceDeploymentsCommand,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
  type Service,
  type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import { listServiceDeployments, readService, serviceRevisionTaskDefinition } from '../ecs/reads.js';
import type { WaitOptions } from '../health/types.js';
import { lastCompletedRevision, revisionName, time } from '../health/snapshot.js';
import { followsServiceDeployment, serviceDeploymentCause, serviceDeploymentId } from '../health/stages.js';
import { pollUntil } from '../health/until.js';
import { waitForDeployment } from '../health/wait.js';
import { accessDenial, permissionFix, warnOnce } from '../lib/access-denied.js';
import { awsError } from '../lib/aws.js';
import { ActionError, InputError } from '../lib/errors.js';
import { log } from '../lib/log-safe.js';
import {
  NATIVE_ROLLBACK_REFUSALS,
  nativeRollbackStart,
  rollbackStart,
  type InFlightServiceDeployment,
  type RollbackResult,
} from './policy.js';

export interface RollbackOptions extends WaitOptions {
  /** Revision to put back: an ARN or family:revision. Default: the last COMPLETED deployment's. */
  toTaskDefinitionArn?: string;
}

/**
 * Puts the service back on a known-good revision and waits for it. When ECS's circuit breaker is
 * already rolling back to that revision, follows ECS's rollback deployment instead of starting another.
 */
export async function rollbackService(options: RollbackOptions): Promise<RollbackResult> {
  const { ecs, cluster, service } = options;
  const current = await describeService(options);
  const target = options.toTaskDefinitionArn ?? (await findLastCompletedRevision(options, current));
  const primary = current.deployments?.find((d) => d.status === 'PRIMARY');
  const start = rollbackStart(primary, target);
  // ECS's own rollback (StopServiceDeployment) for the strategies that shift traffic; a ROLLING
  // service keeps the UpdateService rollback it always had (issue 17: "existing ROLLING behaviour
  // stays as it is"). Stopping a ROLLING service deployment is left for later: see the issue note.
  if (start.action === 'update' && followsServiceDeployment(current)) {
    const native = await nativeRollback(options, target);
    if (native) return native;
  }
  let deploymentId: string | undefined;
  const updated = start.action === 'update';
  if (start.action === 'follow') {
    deploymentId = start.deploymentId;
  } else {
    // Issue 12: after a cancellation no change is started; and the UpdateService is not aborted
    // once sent (ECS may have applied it), so that the caller can say what was done.
    if (options.signal?.aborted)
      throw new ActionError(`Cancelled: service ${service} was not rolled back to ${revisionName(target)}`);
    try {
      const out = await ecs.send(new UpdateServiceCommand({ cluster, service, taskDefinition: target }));
      deploymentId = out.service?.deployments?.find((d) => d.status === 'PRIMARY')?.id;
    } catch (error) {
      throw awsError(error, `rolling service ${service} back to ${revisionName(target)}`);
    }
  }
  if (!deploymentId)
    throw new ActionError(
      `Rolling service ${service} back to ${revisionName(target)}: ECS returned no PRIMARY deployment`,
    );
  const wait = await waitForDeployment({ ...options, deploymentId });
  return {
    toTaskDefinitionArn: primary?.taskDefinition && !updated ? primary.taskDefinition : target,
    deploymentId,
    updated,
    wait,
  };
}

async function describeService(options: WaitOptions): Promise<Service> {
  let read;
  try {
    read = await readService(options.ecs, options, options.signal);
  } catch (error) {
    throw awsError(error, `describing service ${options.service}`);
  }
  if (read.found) return read.found;
  throw new InputError(
    'service',
    `service ${options.service} not found in cluster ${options.cluster}`,
    'Check the service and cluster names and aws-region',
  );
}

/**
 * The revision of the service's last COMPLETED deployment: from its deployments when ECS still
 * lists it, else from the service deployment history (ListServiceDeployments, then the
 * revision's task definition from DescribeServiceRevisions).
 */
async function findLastCompletedRevision(options: WaitOptions, current: Service): Promise<string> {
  const listed = lastCompletedRevision(current.deployments);
  if (listed) return listed;
  const { ecs, cluster, service, signal } = options;
  try {
    const history = await listServiceDeployments(
      ecs,
      { cluster, service, status: ['SUCCESSFUL', 'ROLLBACK_SUCCESSFUL'] },
      signal,
    );
    const newest = (history.serviceDeployments ?? []).sort(
      (a, b) => time(b.createdAt) - time(a.createdAt),
    )[0];
    if (newest?.targetServiceRevisionArn) {
      const revision = await serviceRevisionTaskDefinition(ecs, newest.targetServiceRevisionArn, signal);
      if (revision.taskDefinition) return revision.taskDefinition;
    }
  } catch (error) {
    throw awsError(error, `finding the last successful deployment of service ${service}`);
  }
  throw new ActionError(
    `Cannot roll back service ${service}: it has no COMPLETED deployment to return to. Set rollback-task-definition to the revision to restore`,
  );
}

/** The service deployment statuses a rollback can still act on (ECS API reference, ServiceDeploymentStatus). */
const IN_FLIGHT = ['PENDING', 'IN_PROGRESS', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS'] as const;

/**
 * Issue 17: ECS's own rollback (StopServiceDeployment, stopType ROLLBACK) of the service
 * deployment in flight, when the policy (nativeRollbackStart) says ECS can do it, then waited for
 * until ROLLBACK_SUCCESSFUL through the one polling helper. Undefined when UpdateService is to do
 * the rollback: no service deployment in flight, its history unreadable, or ECS refused the stop
 * (said once).
 */
async function nativeRollback(options: RollbackOptions, target: string): Promise<RollbackResult | undefined> {
  const { ecs, cluster, service, signal } = options;
  let sd: InFlightServiceDeployment | undefined;
  try {
    const listed = await listServiceDeployments(ecs, { cluster, service, status: [...IN_FLIGHT] }, signal);
    const newest = (listed?.serviceDeployments ?? []).sort(
      (a, b) => time(b.createdAt) - time(a.createdAt),
    )[0];
    if (newest?.serviceDeploymentArn) {
      const described = await describeServiceDeployment(options, newest.serviceDeploymentArn);
      const source = described?.sourceServiceRevisions?.[0]?.arn;
      sd = {
        serviceDeploymentArn: newest.serviceDeploymentArn,
        status: described?.status ?? newest.status,
        sourceTaskDefinitionArn: source
          ? (await serviceRevisionTaskDefinition(ecs, source, signal)).taskDefinition
          : undefined,
      };
    }
  } catch (error) {
    const denial = accessDenial(error);
    if (!denial) throw awsError(error, `reading the service deployments of service ${service}`);
    warnOnce(
      `Rolling back with UpdateService: the service deployment in flight cannot be read to roll it back with StopServiceDeployment. ${permissionFix(denial)}`,
    );
    return undefined;
  }
  const start = nativeRollbackStart(sd, target);
  if (start.action === 'update') return undefined;
  const arn = start.serviceDeploymentArn;
  if (start.action === 'stop-service-deployment') {
    if (signal?.aborted)
      throw new ActionError(`Cancelled: service ${service} was not rolled back to ${revisionName(target)}`);
    try {
      await ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
    } catch (error) {
      const name = (error as Error).name;
      // Any refusal (a 4xx: not supported for this deployment, not allowed, no longer stoppable)
      // leaves the rollback to UpdateService; only AWS failing to answer fails it.
      const refused =
        NATIVE_ROLLBACK_REFUSALS.has(name) || (error as { $fault?: string }).$fault === 'client';
      if (!refused && !accessDenial(error))
        throw awsError(
          error,
          `stopping service deployment ${serviceDeploymentId({ serviceDeploymentArn: arn })} of service ${service} with rollback`,
        );
      const denial = accessDenial(error);
      warnOnce(
        `StopServiceDeployment (ROLLBACK) was refused for service ${service} (${name}: ${(error as Error).message}); rolling back with UpdateService instead${denial ? `. ${permissionFix(denial)}` : ''}`,
      );
      return undefined;
    }
    log.info(
      `Stopped service deployment ${serviceDeploymentId({ serviceDeploymentArn: arn })} of service ${service} with ROLLBACK: ECS returns it to ${revisionName(target)}`,
    );
  }
  const id = serviceDeploymentId({ serviceDeploymentArn: arn });
  const polled = await pollUntil<ServiceDeployment | undefined>({
    read: async () => ({ value: await describeServiceDeployment(options, arn), calls: 1 }),
    done: (d) => !!d?.status && !(IN_FLIGHT as readonly string[]).includes(d.status),
    timeoutMs: options.timeoutMs,
    doing: `waiting for the rollback of service deployment ${id} of service ${service}`,
    signal,
    clock: options.clock,
    pacing: options.pacing,
  });
  const status = polled.value?.status ?? 'unknown';
  const healthy = polled.outcome === 'done' && status === 'ROLLBACK_SUCCESSFUL';
  const reason =
    polled.outcome === 'done'
      ? healthy
        ? `Service deployment ${id} is ROLLBACK_SUCCESSFUL: service ${service} runs ${revisionName(target)} again`
        : `Service deployment ${id} ended ${status}: ${serviceDeploymentCause(polled.value!)}`
      : `${polled.outcome === 'timeout' ? 'Timed out' : 'Cancelled'} waiting for the rollback of service deployment ${id} (${status})`;
  return {
    toTaskDefinitionArn: target,
    deploymentId: id,
    updated: start.action === 'stop-service-deployment',
    stoppedServiceDeployment: start.action === 'stop-service-deployment',
    wait: {
      healthy,
      outcome: healthy ? 'healthy' : polled.outcome === 'done' ? 'failed' : polled.outcome,
      reason,
      details: [],
      elapsedMs: polled.elapsedMs,
      deploymentId: id,
      taskDefinitionArn: healthy ? target : '',
      timeline: [{ atMs: polled.elapsedMs, text: reason }],
    },
  };
}

async function describeServiceDeployment(
  options: RollbackOptions,
  serviceDeploymentArn: string,
): Promise<ServiceDeployment | undefined> {
  const out = await options.ecs.send(
    new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [serviceDeploymentArn] }),
    {
      abortSignal: options.signal,
    },
  );
  return out?.serviceDeployments?.[0];
}
