/**
 * A deploy to a service whose deployment controller is CODE_DEPLOY (blue/green): its read-only
 * checks (the AppSpec, the application and deployment group), the CodeDeploy deployment made
 * exactly once, and following it to Succeeded, or to Failed/Stopped with CodeDeploy's reason and
 * its rollback. The decisions are in codedeploy-plan.ts and src/rollback/policy.ts.
 */
import type { CodeDeployClient, DeploymentInfo } from '@aws-sdk/client-codedeploy';
import type { Clock } from '../health/types.js';
import { revisionName } from '../health/snapshot.js';
import { awsError } from '../lib/aws.js';
import { documentError, readDocument, type LoadedDocument } from '../lib/documents.js';
import { ActionError, InputError } from '../lib/errors.js';
import { MAX_WAIT_MINUTES } from '../lib/identifiers.js';
import { log as print } from '../lib/log-safe.js';
import { codeDeployRollbackDecision } from '../rollback/policy.js';
import { cancelledBy, checkpoint } from './cancel.js';
import { describeService } from './check.js';
import {
  activeDeploymentInMessage,
  appSpecContent,
  appSpecProblems,
  codeDeployConsoleUrl,
  codeDeployNames,
  codeDeployVerdict,
  codeDeployWaitMs,
  isActiveStatus,
  lostCreateDeployment,
} from './codedeploy-plan.js';
import type { DeploySettings } from './inputs.js';
import type { ServiceState } from './plan.js';
import { DeployFailedError, type DeployIo, type DeployResult, type Finish } from './result.js';
import { sendOnce } from './send-once.js';

/** What the checks found for a CODE_DEPLOY service: enough to create and follow its deployment. */
export interface CodeDeployCheck {
  application: string;
  deploymentGroup: string;
  appSpec: LoadedDocument;
  autoRollback: boolean;
  readyWaitMinutes: number;
  terminationWaitMinutes: number;
  /** The group's last attempted deployment before this step (a lost CreateDeployment's is newer). */
  lastAttempted?: string;
  client: CodeDeployClient;
  singleAttempt: CodeDeployClient;
}

/**
 * Before any change: an EXTERNAL service is refused (neither this action nor aws-actions deploys
 * task sets), and a CODE_DEPLOY one needs a valid AppSpec and an ECS deployment group for it
 * with no deployment under way. Undefined for the ECS controller.
 */
export async function checkDeploymentController(
  settings: DeploySettings,
  io: Pick<DeployIo, 'codeDeploy'>,
  service: ServiceState,
  definition: Record<string, any>,
): Promise<CodeDeployCheck | undefined> {
  const names = settings.inputNames;
  if (service.deploymentController === 'EXTERNAL')
    throw new InputError(
      names.service,
      `service '${service.name}' uses the EXTERNAL deployment controller, whose revisions are deployed as task sets (CreateTaskSet); this action, like aws-actions/amazon-ecs-deploy-task-definition, deploys ECS and CODE_DEPLOY services only`,
      'Deploy it with the tool that manages its task sets, or give a service with the ECS or CODE_DEPLOY controller',
    );
  if (service.deploymentController !== 'CODE_DEPLOY') return undefined;

  const appSpec = await readDocument(names.codeDeployAppSpec, settings.codeDeploy.appSpec);
  const [problem] = appSpecProblems(appSpec.data, definition);
  if (problem) throw documentError(names.codeDeployAppSpec, appSpec, problem.at, problem.problem);
  const unused = [
    settings.desiredCount !== undefined && names.desiredCount,
    settings.enableEcsManagedTags !== undefined && names.enableEcsManagedTags,
    settings.propagateTags !== undefined && names.propagateTags,
  ].filter(Boolean);
  if (unused.length)
    print.warning(
      `${unused.join(', ')}: not applied to service ${service.name}, whose deployment controller is CODE_DEPLOY (as with aws-actions/amazon-ecs-deploy-task-definition); set them on the service`,
    );

  const { application, deploymentGroup } = codeDeployNames(settings.codeDeploy, {
    cluster: settings.cluster,
    service: service.name,
  });
  if (!io.codeDeploy) throw new ActionError('No CodeDeploy client was given for a CODE_DEPLOY service');
  const client = await io.codeDeploy();
  const singleAttempt = await io.codeDeploy({ maxAttempts: 1 });
  const { GetDeploymentGroupCommand } = await import('@aws-sdk/client-codedeploy');
  let group;
  try {
    group = (
      await client.send(
        new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: deploymentGroup }),
      )
    ).deploymentGroupInfo;
  } catch (error) {
    throw (
      missingName(error, settings, { application, deploymentGroup }) ??
      awsError(error, `reading CodeDeploy deployment group ${deploymentGroup}`)
    );
  }
  const clusterName = settings.cluster.split('/').pop();
  const mine = group?.ecsServices?.some(
    (s) => s.serviceName === service.name && s.clusterName === clusterName,
  );
  if (!group || group.computePlatform !== 'ECS' || !mine) {
    const deploys = group?.ecsServices?.map((s) => `${s.serviceName} in ${s.clusterName}`).join(', ');
    throw new InputError(
      names.codeDeployDeploymentGroup,
      `CodeDeploy deployment group '${deploymentGroup}' of application '${application}' does not deploy service ${service.name} in cluster ${clusterName}${deploys ? ` (it deploys ${deploys})` : ''}`,
      `Give the deployment group that deploys this service`,
    );
  }
  const last = group.lastAttemptedDeployment;
  if (last?.deploymentId && isActiveStatus(last.status))
    throw new ActionError(
      `CodeDeploy deployment group '${deploymentGroup}' already has an active deployment ${last.deploymentId} (${last.status}): CodeDeploy runs one at a time. Wait for it to finish, or stop it (${codeDeployConsoleUrl(settings.region, last.deploymentId)}), then run this step again`,
    );
  const blueGreen = group.blueGreenDeploymentConfiguration;
  return {
    application,
    deploymentGroup,
    appSpec,
    autoRollback:
      group.autoRollbackConfiguration?.enabled === true &&
      (group.autoRollbackConfiguration.events ?? []).includes('DEPLOYMENT_FAILURE'),
    readyWaitMinutes: blueGreen?.deploymentReadyOption?.waitTimeInMinutes ?? 0,
    terminationWaitMinutes:
      blueGreen?.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes ?? 0,
    lastAttempted: last?.deploymentId,
    client,
    singleAttempt,
  };
}

/** A missing application or group, as an error naming the input (and the default it fell back to). */
function missingName(
  error: unknown,
  settings: DeploySettings,
  used: { application: string; deploymentGroup: string },
): InputError | undefined {
  const name = (error as Error)?.name;
  const given = settings.codeDeploy;
  if (name === 'ApplicationDoesNotExistException')
    return new InputError(
      settings.inputNames.codeDeployApplication,
      `CodeDeploy application '${used.application}' does not exist in ${settings.region}`,
      given.application
        ? 'Check the name and aws-region'
        : `None was given, so the default AppECS-<cluster>-<service> was used; give the application's name`,
    );
  if (name === 'DeploymentGroupDoesNotExistException')
    return new InputError(
      settings.inputNames.codeDeployDeploymentGroup,
      `CodeDeploy application '${used.application}' has no deployment group '${used.deploymentGroup}'`,
      given.deploymentGroup
        ? 'Check the name'
        : `None was given, so the default DgpECS-<cluster>-<service> was used; give the deployment group's name`,
    );
  return undefined;
}

/** The deployments a deploy to a CODE_DEPLOY service would make, for the plan and the summary. */
export function codeDeployChanges(
  check: CodeDeployCheck,
  service: ServiceState,
  taskDefinitionArn: string,
  forceNewDeployment: boolean,
): string[] {
  if (service.taskDefinition === taskDefinitionArn && !forceNewDeployment) return [];
  return [
    `CodeDeploy blue/green deployment (${check.application} / ${check.deploymentGroup}): ${revisionName(service.taskDefinition)} → ${revisionName(taskDefinitionArn)}`,
  ];
}

/**
 * The change for a CODE_DEPLOY service, instead of UpdateService: a CodeDeploy deployment of the
 * revision, unless the service runs it already (and no new deployment is forced).
 */
export async function applyCodeDeploy(
  settings: DeploySettings,
  io: DeployIo,
  check: CodeDeployCheck,
  service: ServiceState,
  result: DeployResult,
  log: (line: string) => void,
): Promise<void> {
  const arn = result.deployedTaskDefinitionArn;
  result.serviceChanges = codeDeployChanges(check, service, arn, settings.forceNewDeployment);
  if (result.serviceChanges.length === 0) {
    log(`Service ${settings.service} already runs ${revisionName(arn)}: no CodeDeploy deployment`);
    return;
  }
  checkpoint(io.signal);
  const id = await createCodeDeployDeployment(settings, io, check, arn, log);
  result.deploymentId = id;
  result.serviceUpdated = true;
  result.codeDeploy = {
    application: check.application,
    deploymentGroup: check.deploymentGroup,
    deploymentId: id,
    consoleUrl: codeDeployConsoleUrl(settings.region, id),
    status: 'Created',
  };
}

/**
 * CreateDeployment, exactly once. It has no idempotency token, so each attempt is a single one,
 * and between attempts the group's last attempted deployment is read: a new one carrying our
 * AppSpec (same SHA-256) is the one whose answer was lost. A retry refused because "the group
 * already has an active deployment" is recognised the same way, from the id in the message.
 */
async function createCodeDeployDeployment(
  settings: DeploySettings,
  io: DeployIo,
  check: CodeDeployCheck,
  taskDefinitionArn: string,
  log: (line: string) => void,
): Promise<string> {
  const { CreateDeploymentCommand, GetDeploymentGroupCommand } = await import('@aws-sdk/client-codedeploy');
  const revision = appSpecContent(check.appSpec.data, taskDefinitionArn);
  const target = { applicationName: check.application, deploymentGroupName: check.deploymentGroup };
  const carriesOurs = async (id: string) => {
    const info = await getDeployment(check.client, id);
    return lostCreateDeployment(undefined, { deploymentId: id, ...info.revision?.appSpecContent }, revision);
  };
  const id = await sendOnce(
    io,
    { single: check.singleAttempt, retrying: check.client },
    {
      doing: `creating a CodeDeploy deployment in ${check.application} / ${check.deploymentGroup}`,
      send: async (client) => {
        try {
          const out = await client.send(
            new CreateDeploymentCommand({
              ...target,
              revision: { revisionType: 'AppSpecContent', appSpecContent: revision },
              description: settings.codeDeploy.description,
              deploymentConfigName: settings.codeDeploy.deploymentConfig,
            }),
          );
          if (!out.deploymentId) throw new ActionError('CreateDeployment returned no deployment id');
          return out.deploymentId;
        } catch (error) {
          const active =
            (error as Error).name === 'DeploymentLimitExceededException'
              ? activeDeploymentInMessage((error as Error).message)
              : undefined;
          if (active && (await carriesOurs(active))) {
            log(
              `CodeDeploy already runs deployment ${active} of this revision (an earlier attempt's answer was lost); using it`,
            );
            return active;
          }
          throw error;
        }
      },
      recover: async (error) => {
        const group = await check.client.send(new GetDeploymentGroupCommand(target));
        const last = group.deploymentGroupInfo?.lastAttemptedDeployment?.deploymentId;
        if (!last || last === check.lastAttempted || !(await carriesOurs(last))) return undefined;
        log(
          `CreateDeployment failed (${error.name}: ${error.message}), but CodeDeploy had created deployment ${last} before its answer was lost; using it`,
        );
        return last;
      },
    },
  );
  log(
    `CodeDeploy deployment ${id} started. Watch it in the CodeDeploy console: ${codeDeployConsoleUrl(settings.region, id)}`,
  );
  return id;
}

async function getDeployment(client: CodeDeployClient, id: string): Promise<DeploymentInfo> {
  const { GetDeploymentCommand } = await import('@aws-sdk/client-codedeploy');
  try {
    return (await client.send(new GetDeploymentCommand({ deploymentId: id }))).deploymentInfo ?? {};
  } catch (error) {
    throw awsError(error, `reading CodeDeploy deployment ${id}`);
  }
}

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    }),
};

type FollowEnd =
  | { state: 'succeeded' }
  | { state: 'failed'; status: string; reason: string; rollbackDeploymentId?: string }
  | { state: 'timeout'; status: string }
  | { state: 'cancelled'; status: string };

/** Polls GetDeployment until the deployment is over, the time is up or the step is cancelled. */
async function follow(
  client: CodeDeployClient,
  id: string,
  options: { timeoutMs: number; clock: Clock; signal?: AbortSignal; log: (line: string) => void },
): Promise<FollowEnd> {
  const { clock, signal, log } = options;
  const started = clock.now();
  let status = '';
  for (;;) {
    const info = await getDeployment(client, id);
    if (info.status && info.status !== status) {
      status = info.status;
      log(`CodeDeploy deployment ${id}: ${status}`);
    }
    const verdict = codeDeployVerdict(info);
    if (verdict.state !== 'waiting') return verdict;
    if (signal?.aborted) return { state: 'cancelled', status };
    const elapsed = clock.now() - started;
    if (elapsed >= options.timeoutMs) return { state: 'timeout', status };
    // Often while a deployment is young, then at the 15 s v2.6.3 polls at.
    const delay = elapsed < 3 * 60_000 ? 2000 : elapsed < 10 * 60_000 ? 5000 : 15_000;
    await clock.sleep(Math.min(delay, options.timeoutMs - elapsed), signal);
  }
}

/**
 * Follows the step's CodeDeploy deployment to its end. Succeeded: the service runs the revision.
 * Otherwise the error says CodeDeploy's reason and where production traffic is, after the
 * rollback the policy chose (src/rollback/policy.ts, codeDeployRollbackDecision).
 */
export async function followCodeDeployDeployment(
  settings: DeploySettings,
  io: DeployIo,
  check: CodeDeployCheck,
  result: DeployResult,
  finish: Finish,
  log: (line: string) => void,
): Promise<DeployResult> {
  const outcome = result.codeDeploy!;
  const id = outcome.deploymentId;
  const arn = result.deployedTaskDefinitionArn;
  const clock = io.clock ?? realClock;
  const timeoutMs = codeDeployWaitMs(settings.waitTimeoutMs, check, MAX_WAIT_MINUTES);
  const options = { timeoutMs, clock, signal: io.signal, log };
  const end = await follow(check.client, id, options);
  if (end.state === 'succeeded') {
    outcome.status = 'Succeeded';
    return finish(
      'healthy',
      `CodeDeploy deployment ${id} of ${revisionName(arn)} succeeded: service ${settings.service} runs it`,
    );
  }
  outcome.status = end.status;
  const failed =
    end.state === 'failed'
      ? `CodeDeploy deployment ${id} of ${revisionName(arn)} ${end.status === 'Stopped' ? 'was stopped' : 'failed'}: ${end.reason}`
      : `CodeDeploy deployment ${id} of ${revisionName(arn)} did not finish within ${Math.round(timeoutMs / 60_000)} minutes (${end.status || 'no status'})`;
  const decision = codeDeployRollbackDecision(end, {
    rollbackOnFailure: settings.rollbackOnFailure,
    autoRollback: check.autoRollback,
    deploymentGroup: check.deploymentGroup,
  });
  const serving = async () => {
    result.taskDefinitionArn =
      (await describeService(io.ecs, settings)).taskDefinition || result.previousTaskDefinitionArn;
    return `service ${settings.service} runs ${revisionName(result.taskDefinitionArn)}`;
  };
  if (decision.action === 'none') {
    const now = await serving().catch(() => undefined);
    throw new DeployFailedError(
      `${failed}. Not rolled back: ${decision.why}${now ? `; ${now}` : ''}. ${outcome.consoleUrl}`,
      finish('failed', failed),
    );
  }

  let rollbackId: string | undefined;
  let ours = false;
  if (decision.action === 'stop-and-roll-back') {
    if (cancelledBy(io.signal))
      throw new DeployFailedError(
        `${failed}. Not rolled back: the step was cancelled; CodeDeploy carries on with the deployment`,
        finish('failed', failed),
      );
    const { StopDeploymentCommand } = await import('@aws-sdk/client-codedeploy');
    log(`Stopping CodeDeploy deployment ${id} with automatic rollback`);
    try {
      await check.client.send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true }));
    } catch (error) {
      throw new DeployFailedError(
        `${failed}. Stopping it to roll back failed: ${awsError(error, `stopping deployment ${id}`).message}`,
        finish('failed', failed),
      );
    }
    ours = true;
    rollbackId = (await getDeployment(check.client, id)).rollbackInfo?.rollbackDeploymentId;
  } else rollbackId = decision.deploymentId;
  result.rolledBack = true;
  outcome.rollbackDeploymentId = rollbackId;
  const rollback = rollbackId
    ? await follow(check.client, rollbackId, { ...options, timeoutMs: settings.waitTimeoutMs })
    : undefined;
  const now = await serving().catch(() => undefined);
  const state =
    rollback?.state === 'succeeded'
      ? `which succeeded${now ? `: ${now}` : ''}`
      : rollback?.state === 'failed'
        ? `which failed too: ${rollback.reason}`
        : `which had not finished when the step stopped following it`;
  const by = ours ? 'Stopped it; CodeDeploy rolled the service back' : 'CodeDeploy rolled the service back';
  throw new DeployFailedError(
    `${failed}. ${by}${rollbackId ? ` (deployment ${rollbackId})` : ''}, ${state}. ${outcome.consoleUrl}`,
    finish(ours ? 'rolled-back' : 'rolled-back-by-codedeploy', failed),
  );
}
