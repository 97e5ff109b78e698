/**
 * The rollback's calls: read the service, find the revision to put back, UpdateService (unless
 * ECS is already rolling back to it) and wait for that deployment. What to do is decided in
 * policy.ts; the waiting is the one waiting loop (src/health/wait.ts).
 */
import { UpdateServiceCommand, type Service } from '@aws-sdk/client-ecs';
import { listServiceDeployments, readService, serviceRevisionTaskDefinition } from '../ecs/reads.js';
import type { WaitOptions } from '../health/types.js';
import { lastCompletedRevision, revisionName, time } from '../health/snapshot.js';
import { waitForDeployment } from '../health/wait.js';
import { awsError } from '../lib/aws.js';
import { ActionError, InputError } from '../lib/errors.js';
import { rollbackStart, type RollbackResult } from './policy.js';

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
