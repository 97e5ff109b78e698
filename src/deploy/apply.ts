/**
 * A deploy's changes, after its checks: register the task definition (or reuse one) and update
 * the service, each exactly once although their answers can be lost, and none started after the
 * step was cancelled.
 */
import type { ECSClient, RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { readRevision } from '../ecs/reads.js';
import { revisionName } from '../health/snapshot.js';
import { awsError, isTransientAwsError } from '../lib/aws.js';
import { ActionError } from '../lib/errors.js';
import { sameTaskDefinition } from '../task-definition/compare.js';
import { checkpoint } from './cancel.js';
import { runOneOffTask } from './run-task.js';
import { describeService, type Checked } from './check.js';
import { serviceRequest, type DeploySettings } from './inputs.js';
import {
  lostUpdateDeployment,
  primaryDeploymentId,
  serviceChanges,
  updateServiceRequest,
  type ServiceState,
} from './plan.js';
import type { DeployIo, DeployResult } from './result.js';

/**
 * Registers (or picks) the revision and, with a service, updates it when that changes anything.
 * Records each change in `result` as soon as it is made, so a later failure can say what was done.
 */
export async function applyChanges(
  settings: DeploySettings,
  io: DeployIo,
  checked: Checked,
  result: DeployResult,
  log: (line: string) => void,
): Promise<void> {
  const { choice, definition, latest, tags, service } = checked;
  checkpoint(io.signal);
  let arn: string;
  if (choice.action === 'register') {
    arn = await registerTaskDefinition(io, choice.request, { definition, before: latest?.arn, log });
    result.registered = true;
    log(
      `Registered ${revisionName(arn)}${tags.length ? ` with tags ${tags.map((t) => t.key).join(', ')}` : ''}`,
    );
  } else {
    arn = choice.arn;
    log(`Deploying ${revisionName(arn)} (${choice.reason}); nothing registered`);
  }
  result.taskDefinitionArn = arn;
  result.deployedTaskDefinitionArn = arn;
  // The one-off task runs before UpdateService, so a failed migration leaves the service as it
  // was (run-task.ts explains the order).
  if (checked.runTask) await runTaskBeforeUpdate(settings, io, checked, result, arn, log);
  if (!service) return;

  result.serviceChanges = serviceChanges(service, serviceRequest(settings), arn);
  if (result.serviceChanges.length > 0) {
    checkpoint(io.signal);
    result.deploymentId = await updateService(io, settings, arn, service, log);
    result.serviceUpdated = true;
    log(`Updated service ${settings.service}: deployment ${result.deploymentId} started`);
  } else {
    result.deploymentId = primaryDeploymentId(service.deployments) ?? '';
    log(
      `Service ${settings.service} already runs ${revisionName(arn)} and nothing else changes: UpdateService skipped`,
    );
  }
}

/**
 * A mutating call made exactly once. RegisterTaskDefinition has no idempotency token, and neither
 * has UpdateService with forceNewDeployment; a lost answer (the connection failing after ECS made
 * the change) looks like any transient failure, and the SDK's own retry would make the change
 * again. So each attempt goes through a client that makes one attempt per call, and between
 * attempts `recover` reads what ECS holds: when the lost call took effect, its result is used.
 * After a cancellation no new attempt is made.
 */
export async function sendOnce<T>(
  io: DeployIo,
  call: {
    send: (client: ECSClient) => Promise<T>;
    recover: (error: Error) => Promise<T | undefined>;
    doing: string;
  },
): Promise<T> {
  const client = io.ecsSingleAttempt ?? io.ecs;
  const attempts = io.ecsSingleAttempt ? await io.ecs.config.maxAttempts() : 1;
  const sleep = io.sleep ?? abortableSleep(io.signal);
  for (let attempt = 1; ; attempt++) {
    try {
      return await call.send(client);
    } catch (error) {
      if (error instanceof ActionError) throw error;
      if (!isTransientAwsError(error)) throw awsError(error, call.doing);
      // The last attempt's answer may be the one that was lost too: look before giving up, and
      // give up with the call's own error when that read fails as well.
      const last = attempt >= attempts;
      const recovered = await call
        .recover(error as Error)
        .catch((readError: unknown) => (last ? undefined : Promise.reject(readError)));
      if (recovered !== undefined) return recovered;
      if (last) throw awsError(error, call.doing);
      checkpoint(io.signal);
      // The SDK's standard backoff: full jitter, 100 ms base (500 ms when throttled), 20 s cap.
      const base = /Throttl/i.test((error as Error).name ?? '') ? 500 : 100;
      await sleep(Math.random() * Math.min(20_000, base * 2 ** attempt));
      checkpoint(io.signal);
    }
  }
}

/** A sleep that ends early when the step is cancelled (the caller checks the signal after it). */
function abortableSleep(signal: AbortSignal | undefined): (ms: number) => Promise<void> {
  return (ms) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    });
}

/**
 * RegisterTaskDefinition, exactly once: between attempts the family's latest ACTIVE revision is
 * read, and when it is a new one equal to the definition, that is the registration whose answer
 * was lost.
 */
async function registerTaskDefinition(
  io: DeployIo,
  request: RegisterTaskDefinitionCommandInput,
  context: { definition: Record<string, any>; before: string | undefined; log: (line: string) => void },
): Promise<string> {
  const { RegisterTaskDefinitionCommand } = await import('@aws-sdk/client-ecs');
  return sendOnce(io, {
    doing: `registering task definition family ${request.family}`,
    send: async (client) => {
      const response = await client.send(new RegisterTaskDefinitionCommand(request));
      const arn = response.taskDefinition?.taskDefinitionArn;
      if (!arn) throw new ActionError('RegisterTaskDefinition returned no task definition ARN');
      return arn;
    },
    recover: async (error) => {
      const latest = await readRevision(io.ecs, { family: String(request.family) }, 'task-definition');
      if (
        !latest ||
        latest.arn === context.before ||
        !sameTaskDefinition(context.definition, latest.definition)
      )
        return undefined;
      context.log(
        `RegisterTaskDefinition failed (${error.name}: ${error.message}), but ECS had registered ${revisionName(latest.arn)} before its answer was lost; using it`,
      );
      return latest.arn;
    },
  });
}

/**
 * UpdateService, exactly once: between attempts the service is read, and a deployment of our
 * revision that was not there before the call is the one the lost call started
 * (`lostUpdateDeployment`). Returns the deployment's ID.
 */
async function updateService(
  io: DeployIo,
  settings: DeploySettings,
  arn: string,
  before: ServiceState,
  log: (line: string) => void,
): Promise<string> {
  const { UpdateServiceCommand } = await import('@aws-sdk/client-ecs');
  const known = before.deployments.map((deployment) => deployment.id);
  return sendOnce(io, {
    doing: `updating service ${settings.service} to ${revisionName(arn)}`,
    send: async (client) => {
      const response = await client.send(
        new UpdateServiceCommand(updateServiceRequest(serviceRequest(settings), arn)),
      );
      const id = primaryDeploymentId(response.service?.deployments);
      if (!id) throw new ActionError(`UpdateService on ${settings.service} returned no PRIMARY deployment`);
      return id;
    },
    recover: async (error) => {
      const now = await describeService(io.ecs, settings);
      const id = lostUpdateDeployment(known, now.deployments, arn);
      if (id)
        log(
          `UpdateService failed (${error.name}: ${error.message}), but ECS had started deployment ${id} before its answer was lost; using it`,
        );
      return id;
    },
  });
}

/** run-task's one-off task, its calls through sendOnce; records the task ARNs in `result` at once. */
async function runTaskBeforeUpdate(
  settings: DeploySettings,
  io: DeployIo,
  checked: Checked,
  result: DeployResult,
  arn: string,
  log: (line: string) => void,
): Promise<void> {
  const { RunTaskCommand, DescribeTasksCommand } = await import('@aws-sdk/client-ecs');
  const service = checked.service;
  await runOneOffTask(
    {
      // With the client token, a repeat after a lost answer returns the first call's tasks, so
      // sendOnce needs nothing to recover: it just tries again with the same request.
      runTask: (request) =>
        sendOnce(io, {
          doing: `running one-off task of ${revisionName(arn)}`,
          send: async (client) => {
            const out = await client.send(new RunTaskCommand(request));
            return { tasks: out.tasks ?? [], failures: out.failures ?? [] };
          },
          recover: async () => undefined,
        }),
      describeTasks: async (cluster, tasks) =>
        (await io.ecs.send(new DescribeTasksCommand({ cluster, tasks }), { abortSignal: io.signal })).tasks ??
        [],
      signal: io.signal,
      log,
    },
    checked.runTask!,
    {
      taskDefinitionArn: arn,
      definition: checked.definition,
      region: settings.region,
      timeoutMs: settings.waitTimeoutMs,
      untouched: service
        ? `service ${settings.service} was not updated (it still runs ${revisionName(service.taskDefinition)})`
        : 'no service given',
      started: (arns) => {
        result.runTaskArns = arns;
      },
    },
  );
}
