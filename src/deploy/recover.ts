/**
 * After a deploy's changes: wait for the deployment and, when it does not become healthy, act on
 * the one rollback policy (src/rollback/policy.ts): follow ECS's own rollback, roll back to the
 * previous revision, or leave the service as it is. Every way it ends unhealthy throws a
 * DeployFailedError that says what the service runs now.
 */
import type { WaitOptions, WaitResult } from '../health/types.js';
import { revisionName } from '../health/snapshot.js';
import { awsError } from '../lib/aws.js';
import { ActionError } from '../lib/errors.js';
import { rollbackCancelled, rollbackDecision, type RollbackResult } from '../rollback/policy.js';
import { cancelledBy } from './cancel.js';
import type { DeploySettings } from './inputs.js';
import { DeployFailedError, type DeployIo, type DeployResult, type Finish, type Waiter } from './result.js';

export async function waitAndRecover(
  settings: DeploySettings,
  io: DeployIo,
  result: DeployResult,
  finish: Finish,
  log: (line: string) => void,
): Promise<DeployResult> {
  const arn = result.deployedTaskDefinitionArn;
  const waiter = io.waiter ?? (await defaultWaiter());
  const elb = await io.elb();
  const waitOptions: WaitOptions = {
    ecs: io.ecs,
    elb,
    cluster: settings.cluster,
    service: settings.service,
    deploymentId: result.deploymentId || undefined,
    timeoutMs: settings.waitTimeoutMs,
    signal: io.signal,
    clock: io.clock,
    log: io.log,
    warn: io.warn,
    pacing: settings.waitMaxDelayMs === undefined ? undefined : { maxDelayMs: settings.waitMaxDelayMs },
  };
  let wait: WaitResult;
  try {
    wait = await waiter.waitForDeployment(waitOptions);
  } catch (error) {
    // AWS stopped answering (or refused the reads): the deployment goes on, in a state nobody
    // can see, so nothing is rolled back.
    const cause = error instanceof ActionError ? error.message : awsError(error, 'waiting').message;
    const message = `Could not tell whether deployment ${result.deploymentId} of ${revisionName(arn)} became healthy: ${cause}. Not rolled back: the state of the service could not be read`;
    throw new DeployFailedError(message, finish('failed', message));
  }
  result.wait = wait;
  if (wait.healthy)
    return finish('healthy', `Deployment ${wait.deploymentId} of ${revisionName(arn)} is healthy`);

  for (const line of wait.details) log(line);
  const failed = `Deployment ${wait.deploymentId || result.deploymentId} of ${revisionName(arn)} did not become healthy: ${wait.reason}`;
  const decision = rollbackDecision(wait, {
    rollbackOnFailure: settings.rollbackOnFailure,
    deployedTaskDefinitionArn: arn,
    candidates: [result.previousTaskDefinitionArn || undefined],
    cancelled: io.signal?.aborted,
  });
  if (decision.action === 'follow-ecs-rollback' && decision.ended) {
    // Issue 17: the wait followed ECS's rollback of the service deployment to its end (the
    // reason says why: the alarm, the hook); nothing is left to follow.
    result.rolledBack = decision.ended === 'ROLLBACK_SUCCESSFUL';
    result.taskDefinitionArn = wait.taskDefinitionArn || result.previousTaskDefinitionArn;
    const state =
      decision.ended === 'ROLLBACK_SUCCESSFUL'
        ? `The service runs ${revisionName(result.taskDefinitionArn)} again`
        : `ECS could not roll it back either (ROLLBACK_FAILED)`;
    throw new DeployFailedError(
      `${failed}. ${state}; not rolled back a second time`,
      finish('rolled-back-by-ecs', failed),
    );
  }
  if (decision.action === 'follow-ecs-rollback') {
    // ECS is already putting the old revision back: follow its rollback deployment (the PRIMARY
    // one now) to report whether the service is healthy again, without another UpdateService.
    log(
      `ECS's deployment circuit breaker is rolling the service back to ${revisionName(wait.taskDefinitionArn)}; following it`,
    );
    const followed = await waiter.waitForDeployment({ ...waitOptions, deploymentId: undefined });
    result.rollback = {
      toTaskDefinitionArn: followed.taskDefinitionArn,
      deploymentId: followed.deploymentId,
      updated: false,
      wait: followed,
    };
    result.rolledBack = true;
    result.taskDefinitionArn =
      followed.taskDefinitionArn || wait.taskDefinitionArn || result.previousTaskDefinitionArn;
    const to = `${revisionName(result.taskDefinitionArn)} (deployment ${followed.deploymentId})`;
    const state = followed.healthy
      ? 'which is healthy again'
      : `which is not healthy either: ${followed.reason}`;
    throw new DeployFailedError(
      `${failed}. ECS's deployment circuit breaker rolled the service back to ${to}, ${state}; not rolled back a second time`,
      finish('rolled-back-by-ecs', failed),
    );
  }
  if (decision.action === 'none') {
    result.taskDefinitionArn = wait.taskDefinitionArn || arn;
    throw new DeployFailedError(`${failed}. Not rolled back: ${decision.why}`, finish('failed', failed));
  }

  // A deploy names its revision, so the policy's rollback always has a target (no history lookup).
  const to = decision.toTaskDefinitionArn!;
  log(`Rolling back service ${settings.service} to ${revisionName(to)}`);
  let rollback: RollbackResult;
  try {
    rollback = await waiter.rollbackService({
      ...waitOptions,
      deploymentId: undefined,
      toTaskDefinitionArn: to,
    });
  } catch (error) {
    // Cancelled before the rollback's UpdateService: it was not sent (src/rollback/rollback.ts).
    const why = cancelledBy(io.signal);
    const cause = why
      ? undefined
      : error instanceof ActionError
        ? error.message
        : awsError(error, 'rolling back').message;
    throw new DeployFailedError(
      cause
        ? `${failed}. Rolling back to ${revisionName(to)} failed too: ${cause}`
        : `${failed}. Not rolled back: the step was cancelled before the rollback could start`,
      finish('failed', failed),
    );
  }
  throw rolledBack(io, result, rollback, failed, finish, log);
}

/** The error of a deploy this step rolled back: to what, and whether that is healthy. */
function rolledBack(
  io: DeployIo,
  result: DeployResult,
  rollback: RollbackResult,
  failed: string,
  finish: Finish,
  log: (line: string) => void,
): DeployFailedError {
  result.rollback = rollback;
  result.rolledBack = true;
  result.taskDefinitionArn = rollback.toTaskDefinitionArn;
  const to = rollback.stoppedServiceDeployment
    ? `${revisionName(rollback.toTaskDefinitionArn)} (ECS rolled back service deployment ${rollback.deploymentId}: StopServiceDeployment)`
    : `${revisionName(rollback.toTaskDefinitionArn)} (deployment ${rollback.deploymentId})`;
  if (rollback.wait.outcome === 'cancelled') {
    return new DeployFailedError(
      `${failed}. ${rollbackCancelled(cancelledBy(io.signal) ?? 'Cancelled', rollback)}`,
      finish('failed', failed),
    );
  }
  if (!rollback.wait.healthy) {
    for (const line of rollback.wait.details) log(line);
    return new DeployFailedError(
      `${failed}. Rolled back to ${to}, but that did not become healthy either: ${rollback.wait.reason}`,
      finish('failed', failed),
    );
  }
  return new DeployFailedError(
    `${failed}. Rolled back to ${to}, which is healthy again`,
    finish('rolled-back', failed),
  );
}

/** The one waiting loop and the rollback, loaded when a deploy first waits. */
async function defaultWaiter(): Promise<Waiter> {
  const [{ waitForDeployment }, { rollbackService }] = await Promise.all([
    import('../health/wait.js'),
    import('../rollback/rollback.js'),
  ]);
  return { waitForDeployment, rollbackService };
}
