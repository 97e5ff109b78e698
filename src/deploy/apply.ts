/**
 * A deploy's changes, after its checks: register the task definition (or reuse one) and update
 * the service, each exactly once although their answers can be lost, and none started after the
 * step was cancelled.
 */
import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { readRevision } from '../ecs/reads.js';
import { revisionName } from '../health/snapshot.js';
import { accessDenial, permissionFix, permissionWarning, warnOnce } from '../lib/access-denied.js';
import { ActionError } from '../lib/errors.js';
import { sameTaskDefinition } from '../task-definition/compare.js';
import { checkpoint } from './cancel.js';
import { applyCodeDeploy } from './codedeploy.js';
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
import { sendOnce } from './send-once.js';

/** ECS's clients for sendOnce: one attempt per call when the deploy was given such a client. */
function ecsClients(io: DeployIo) {
  return { single: io.ecsSingleAttempt, retrying: io.ecs };
}

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
  const { choice, definition, latest, service } = checked;
  checkpoint(io.signal);
  let arn: string;
  if (choice.action === 'register') {
    let tags = checked.tags;
    const context = { definition, before: latest?.arn, log };
    try {
      arn = await registerTaskDefinition(io, choice.request, context);
    } catch (error) {
      const denial = accessDenial(error);
      if (denial?.action !== 'ecs:TagResource' || !tags.length) throw error;
      const keys = tags.map((tag) => tag.key).join(', ');
      if (!checked.onlyProvenanceTags) {
        throw new ActionError(
          `Registering task definition family ${choice.request.family} with tags ${keys} (the tags input, or the task definition file's tags) was refused: ${permissionFix(denial)}, or remove those tags. Nothing was registered`,
          {},
          { cause: error },
        );
      }
      // A refused call changed nothing (ECS authorises ecs:TagResource before it registers), so
      // sending the request again, without the tags, registers the revision once. It goes
      // through the same send-once path as the first.
      (io.warn ?? warnOnce)(
        permissionWarning(
          denial,
          `The revision is registered without the provenance tags (${keys}), which trace it to this run`,
        ),
      );
      checkpoint(io.signal);
      const { tags: _dropped, ...untagged } = choice.request;
      arn = await registerTaskDefinition(io, untagged, context);
      tags = [];
    }
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
  if (checked.codeDeploy) return applyCodeDeploy(settings, io, checked.codeDeploy, service, result, log);

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
  return sendOnce(io, ecsClients(io), {
    doing: `registering task definition family ${request.family}`,
    send: async (client) => {
      const response = await client.send(new RegisterTaskDefinitionCommand(request));
      const arn = response.taskDefinition?.taskDefinitionArn;
      if (!arn) throw new ActionError('RegisterTaskDefinition returned no task definition ARN');
      return arn;
    },
    recover: async (error) => {
      let latest;
      try {
        latest = await readRevision(io.ecs, { family: String(request.family) }, 'task-definition');
      } catch (readError) {
        const denial = accessDenial(readError);
        if (!denial) throw readError;
        // Without ecs:DescribeTaskDefinition a lost answer cannot be told from a failed call:
        // try again, as the SDK's own retry would, at the risk of an identical extra revision.
        (io.warn ?? warnOnce)(
          permissionWarning(
            denial,
            'Whether a RegisterTaskDefinition whose answer was lost took effect cannot be checked; registering again may leave an identical extra revision',
          ),
        );
        return undefined;
      }
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
  return sendOnce(io, ecsClients(io), {
    doing: `updating service ${settings.service} to ${revisionName(arn)}`,
    send: async (client) => {
      const response = await client.send(
        new UpdateServiceCommand(
          updateServiceRequest(serviceRequest(settings), arn, before.deploymentConfiguration),
        ),
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
        sendOnce(io, ecsClients(io), {
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
