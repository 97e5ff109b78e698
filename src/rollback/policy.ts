/**
 * The one rollback policy, for ecs-deploy, wait-healthy and the root action: once a wait has
 * ended unhealthy, whether to follow ECS's own rollback, call for one (and to which revision), or
 * leave the service as it is; and, when calling for one, whether ECS is already doing it. Data in,
 * data out; rollback.ts makes the calls.
 */
import type { WaitOutcome, WaitResult } from '../health/types.js';
import { revisionName } from '../health/snapshot.js';

/** What the caller knows when the wait ended unhealthy. */
export interface RollbackContext {
  /** The rollback-on-failure input. */
  rollbackOnFailure: boolean;
  /**
   * ecs-deploy: the revision this step deployed. The deployment is the step's own, so ECS's
   * rollback of it is followed whatever rollback-on-failure says, and this revision is never a
   * target. Undefined for wait-healthy, which follows a deployment it did not start.
   */
  deployedTaskDefinitionArn?: string;
  /**
   * Revisions to return to, first choice first (the service's revision before the deploy, or
   * rollback-task-definition); the last COMPLETED one the wait saw comes after them.
   */
  candidates: (string | undefined)[];
  /**
   * The runner cancelled the step after the wait ended. ecs-deploy says so here; wait-healthy
   * leaves it to rollbackService, which starts no UpdateService once cancelled.
   */
  cancelled?: boolean;
}

export type RollbackDecision =
  | { action: 'none'; why: string }
  /**
   * ECS's circuit breaker is putting the old revision back: wait for its (PRIMARY) deployment.
   * `ended`: ECS's rollback of a service deployment (BLUE_GREEN, LINEAR, CANARY) that the wait
   * already followed to its end: nothing left to wait for.
   */
  | { action: 'follow-ecs-rollback'; ended?: 'ROLLBACK_SUCCESSFUL' | 'ROLLBACK_FAILED' }
  /**
   * Put `toTaskDefinitionArn` back and wait for that deployment; undefined: the service's last
   * COMPLETED revision, looked up in its deployment history (wait-healthy only).
   */
  | { action: 'rollback'; toTaskDefinitionArn?: string };

/**
 * Rolling back is for failures only: never over someone else's newer deployment ('replaced'),
 * nor when the wait itself was cancelled (the runner is about to kill the step). When ECS's
 * circuit breaker already put the old revision back, a deploy follows that rollback rather than
 * repeating it (a second rollback would start a third deployment for nothing).
 */
export function rollbackDecision(
  wait: Pick<WaitResult, 'outcome' | 'lastCompletedTaskDefinitionArn' | 'serviceDeploymentStatus'>,
  context: RollbackContext,
): RollbackDecision {
  const deployed = context.deployedTaskDefinitionArn;
  const own = deployed !== undefined;
  const settled = SETTLED[wait.outcome];
  if (settled) return { action: 'none', why: settled };
  const sd = wait.serviceDeploymentStatus;
  const ended = sd === 'ROLLBACK_SUCCESSFUL' || sd === 'ROLLBACK_FAILED' ? sd : undefined;
  if (wait.outcome === 'rolled-back-by-ecs' && own)
    return ended ? { action: 'follow-ecs-rollback', ended } : { action: 'follow-ecs-rollback' };
  // Issue 17: ECS rolled the service deployment back and the wait saw it end; a rollback of ours
  // on top would be a deployment for nothing (or, after ROLLBACK_FAILED, a guess).
  if (wait.outcome === 'rolled-back-by-ecs' && ended)
    return { action: 'none', why: `ECS already rolled the service deployment back (${ended})` };
  // wait-healthy refuses a deployment id that never was one as a bad input before it gets here;
  // ecs-deploy follows the deployment its own UpdateService started, and treats it as failed.
  if (wait.outcome === 'not-found' && !own)
    return { action: 'none', why: 'the deployment to follow was not found' };
  // After a cancellation no further change is started, a rollback included.
  if (context.cancelled)
    return { action: 'none', why: 'the step was cancelled before the rollback could start' };
  if (!context.rollbackOnFailure)
    return { action: 'none', why: 'rollback-on-failure is false, so the service was left as it is' };
  const candidates = [...context.candidates, wait.lastCompletedTaskDefinitionArn];
  const target = candidates.find((arn) => arn && arn !== deployed);
  if (target) return { action: 'rollback', toTaskDefinitionArn: target };
  if (!own) return { action: 'rollback' };
  return {
    action: 'none',
    why: 'the service ran no other revision before, so there is nothing to roll back to',
  };
}

/** Outcomes that are no failure to roll back, and why. */
const SETTLED: Partial<Record<WaitOutcome, string>> = {
  healthy: 'the deployment is healthy',
  replaced: 'another deployment replaced this one; not rolling back over it',
  cancelled: 'the step was cancelled; the deployment goes on in ECS',
};

/** A deployment as DescribeServices lists it, as far as the rollback needs. */
interface ListedDeployment {
  id?: string;
  status?: string;
  taskDefinition?: string;
  rolloutState?: string;
}

/**
 * How to put `target` back: when the PRIMARY deployment already runs it and has not failed, ECS
 * (its circuit breaker, or an earlier rollback) is already doing it: follow that deployment
 * instead of starting another. Else UpdateService.
 */
export function rollbackStart(
  primary: ListedDeployment | undefined,
  target: string,
): { action: 'follow'; deploymentId: string } | { action: 'update' } {
  if (
    primary?.id &&
    revisionName(primary.taskDefinition) === revisionName(target) &&
    primary.rolloutState !== 'FAILED'
  )
    return { action: 'follow', deploymentId: primary.id };
  return { action: 'update' };
}

/** The service deployment in flight, as ListServiceDeployments / DescribeServiceDeployments show it. */
export interface InFlightServiceDeployment {
  serviceDeploymentArn?: string;
  status?: string;
  /** The task definition its source revision ran: where ECS's own rollback returns. */
  sourceTaskDefinitionArn?: string;
}

/**
 * Issue 17: how to put `target` back when the service has a service deployment in flight. ECS
 * rolls it back itself with StopServiceDeployment (stopType ROLLBACK; ECS API reference), which
 * for BLUE_GREEN, LINEAR and CANARY moves the listener rules back to blue instead of starting a
 * third deployment, and works for ROLLING services too. Only while the service deployment is
 * PENDING or IN_PROGRESS (a finished one cannot be stopped), and only when ECS's rollback returns
 * to the revision asked for; while ECS is already rolling back, its rollback is followed. Else
 * (no service deployment, or another target) UpdateService, as for rollbackStart.
 */
export function nativeRollbackStart(
  sd: InFlightServiceDeployment | undefined,
  target: string,
):
  | { action: 'stop-service-deployment'; serviceDeploymentArn: string }
  | { action: 'follow-service-deployment'; serviceDeploymentArn: string }
  | { action: 'update'; why: string } {
  const arn = sd?.serviceDeploymentArn;
  if (!arn) return { action: 'update', why: 'no service deployment is in flight' };
  if (sd.status === 'ROLLBACK_REQUESTED' || sd.status === 'ROLLBACK_IN_PROGRESS')
    return { action: 'follow-service-deployment', serviceDeploymentArn: arn };
  if (sd.status !== 'PENDING' && sd.status !== 'IN_PROGRESS')
    return { action: 'update', why: `the service deployment is ${sd.status ?? 'in an unknown state'}` };
  if (sd.sourceTaskDefinitionArn && revisionName(sd.sourceTaskDefinitionArn) !== revisionName(target))
    return {
      action: 'update',
      why: `ECS's rollback would return to ${revisionName(sd.sourceTaskDefinitionArn)}, not ${revisionName(target)}`,
    };
  return { action: 'stop-service-deployment', serviceDeploymentArn: arn };
}

/**
 * StopServiceDeployment refusals that leave UpdateService to do the rollback (ECS API reference,
 * StopServiceDeployment errors): not allowed by IAM, not supported for this deployment, or the
 * deployment no longer in a state to stop.
 */
export const NATIVE_ROLLBACK_REFUSALS = new Set([
  'AccessDeniedException',
  'UnsupportedFeatureException',
  'InvalidParameterException',
  'ConflictException',
  'ServiceDeploymentNotFoundException',
]);

/** What a rollback did, for the message of a step that called for one. */
export interface RollbackResult {
  toTaskDefinitionArn: string;
  deploymentId: string;
  /** False when ECS was already rolling back to that revision, so no UpdateService was made. */
  updated: boolean;
  /** Issue 17: rolled back by ECS through StopServiceDeployment (ROLLBACK), not UpdateService. */
  stoppedServiceDeployment?: boolean;
  wait: WaitResult;
}

/**
 * A rollback whose wait was cancelled: its UpdateService was made (or ECS was already rolling
 * back), so the service is on its way back; `why` is the signal's reason.
 */
export function rollbackCancelled(why: string, rollback: RollbackResult): string {
  const to = `${revisionName(rollback.toTaskDefinitionArn)} (deployment ${rollback.deploymentId})`;
  return rollback.updated
    ? `${why} after rolling back to ${to}; not waiting for it. ECS carries on with the rollback`
    : `${why} while ECS rolls back to ${to}; not waiting for it. ECS carries on with the rollback`;
}

/**
 * A blue/green (CODE_DEPLOY) service's revision changes only through CodeDeploy, and CodeDeploy
 * owns its rollback: the deployment group's autoRollbackConfiguration reroutes production traffic
 * to the original task set and deletes the replacement. So a deploy never starts a deployment of
 * the old revision itself; it follows CodeDeploy's rollback when there is one, and when its own
 * wait runs out with the deployment still going, rollback-on-failure asks CodeDeploy to stop it
 * and roll back (StopDeployment with autoRollbackEnabled). A deployment that failed without a
 * rollback is left as CodeDeploy left it: before the traffic shift production never left the
 * original task set, and after it only CodeDeploy can move traffic back.
 */
export type CodeDeployRollbackDecision =
  | { action: 'follow-codedeploy-rollback'; deploymentId: string }
  | { action: 'stop-and-roll-back' }
  | { action: 'none'; why: string };

export function codeDeployRollbackDecision(
  end: { state: 'failed'; rollbackDeploymentId?: string } | { state: 'timeout' } | { state: 'cancelled' },
  context: { rollbackOnFailure: boolean; autoRollback: boolean; deploymentGroup: string },
): CodeDeployRollbackDecision {
  if (end.state === 'failed' && end.rollbackDeploymentId)
    return { action: 'follow-codedeploy-rollback', deploymentId: end.rollbackDeploymentId };
  if (end.state === 'cancelled')
    return { action: 'none', why: 'the step was cancelled; CodeDeploy carries on with the deployment' };
  if (end.state === 'timeout')
    return context.rollbackOnFailure
      ? { action: 'stop-and-roll-back' }
      : { action: 'none', why: 'rollback-on-failure is false; CodeDeploy carries on with the deployment' };
  return {
    action: 'none',
    why: context.autoRollback
      ? `CodeDeploy reported no rollback deployment, although deployment group ${context.deploymentGroup} rolls back on failure`
      : `deployment group ${context.deploymentGroup} does not roll back on failure (autoRollbackConfiguration is off), and only CodeDeploy can change a CODE_DEPLOY service; turn on its automatic rollback on DEPLOYMENT_FAILURE`,
  };
}
