/**
 * The verdict on a deployment DescribeServices no longer lists, from the service deployment
 * history (ECS drops a deployment once its tasks are gone: rolled back, or replaced by a later
 * deploy). The poll (poll.ts) reads the history; the verdict (verdict.ts) asks this module.
 */
import type {
  Deployment,
  Service,
  ServiceDeployment,
  ServiceDeploymentBrief,
  Task,
} from '@aws-sdk/client-ecs';
import { deploymentName, revisionName, time, withCause } from './snapshot.js';
import type { WaitOutcome } from './types.js';

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
  /** The history could not be read: the permission IAM refused (`ecs:ListServiceDeployments`). */
  unreadable?: string;
}

/** The verdict's status, outcome and reason (the verdict adds the details and its memory). */
interface HistoryVerdict {
  status: 'failed' | 'waiting';
  outcome?: WaitOutcome;
  reason: string;
}

/** The verdict on a deployment ECS no longer lists, from its service deployment's status. */
export function historyVerdict(
  service: Service,
  memory: { deploymentId?: string; taskDefinitionArn?: string },
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
  if (!sd?.status && history.unreadable) {
    // Without the history, ECS's rollback of it and a later deploy look the same: 'replaced',
    // which is never rolled back over, is the safe reading of the two.
    return verdict(
      'replaced',
      `Deployment ${deployment} is no longer a deployment of service ${service.serviceName}, and without ${history.unreadable} its service deployment history cannot tell whether ECS rolled it back or another deployment replaced it: ${now}${cause}`,
    );
  }
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
