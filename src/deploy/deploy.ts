/**
 * The deploy itself, in three steps: the read-only checks (check.ts), so a failed check changes
 * nothing; the changes, register (or reuse) and UpdateService (apply.ts); then the wait and,
 * on failure, the rollback (recover.ts). A failure after a change carries the result, so the
 * step's outputs and summary say what was changed.
 */
import { log as print } from '../lib/log-safe.js';
import { revisionName } from '../health/snapshot.js';
import { ActionError, errorMessage } from '../lib/errors.js';
import { definitionChanges } from '../task-definition/compare.js';
import { applyChanges } from './apply.js';
import { checkpoint, StepCancelled } from './cancel.js';
import { checkDeploy } from './check.js';
import { codeDeployChanges, followCodeDeployDeployment } from './codedeploy.js';
import { serviceRequest, type DeploySettings } from './inputs.js';
import {
  cancellationMessage,
  changedSoFar,
  containerImages,
  serviceChanges,
  type ChangesMade,
  type ServiceState,
} from './plan.js';
import { waitAndRecover } from './recover.js';
import { describeRunTaskPlan } from './run-task.js';
import { currentStrategy, describeStrategy, mergeDeploymentConfiguration } from './strategy.js';
import {
  DeployFailedError,
  type DeployIo,
  type DeployOutcome,
  type DeployResult,
  type Finish,
} from './result.js';

export async function executeDeploy(settings: DeploySettings, io: DeployIo): Promise<DeployResult> {
  const now = io.now ?? Date.now;
  const started = now();
  const log = io.log ?? ((line: string) => print.info(line));

  const checked = await checkDeploy(settings, io);
  const { service, definition, choice, before } = checked;
  const source = settings.taskDefinition;
  const plannedArn = choice.action === 'register' ? '' : choice.arn;
  const result: DeployResult = {
    outcome: 'planned',
    message: '',
    dryRun: settings.dryRun,
    taskDefinitionArn: plannedArn,
    deployedTaskDefinitionArn: plannedArn,
    previousTaskDefinitionArn: service?.taskDefinition ?? '',
    deploymentId: '',
    registered: false,
    serviceUpdated: false,
    rolledBack: false,
    runTaskArns: [],
    choice,
    family: String(definition.family ?? ''),
    images: containerImages(definition),
    changes: definitionChanges(before?.definition, definition),
    serviceChanges: !service
      ? []
      : checked.codeDeploy
        ? codeDeployChanges(
            checked.codeDeploy,
            service,
            plannedArn || '(new revision)',
            settings.forceNewDeployment,
          )
        : serviceChanges(service, serviceRequest(settings), plannedArn || '(new revision)'),
    strategy: service && !checked.codeDeploy ? strategyLine(settings, service) : undefined,
    removedFields: source.kind === 'definition' ? source.removed : [],
    durationMs: 0,
  };
  const finish: Finish = (outcome: DeployOutcome, message: string) => {
    result.outcome = outcome;
    result.message = message;
    result.durationMs = now() - started;
    return result;
  };

  logPlan(log, settings, result, before?.arn);
  if (checked.runTask) {
    log('  one-off task, before the service update (run-task):');
    for (const line of describeRunTaskPlan(
      checked.runTask,
      plannedArn ? revisionName(plannedArn) : 'the new revision',
    ))
      log(`    ${line}`);
  }
  if (settings.dryRun) {
    return finish('planned', `Dry run: nothing was changed. ${planSentence(settings, result)}`);
  }

  // After a signal no further change is started; one in flight is not aborted, so that what it
  // did is known and reported.
  try {
    await applyChanges(settings, io, checked, result, log);
    const arn = result.deployedTaskDefinitionArn;
    if (!service)
      return finish(
        'registered',
        `Registered ${revisionName(arn)}; no service given, so nothing was deployed`,
      );
    if (!settings.wait) {
      return result.serviceChanges.length > 0
        ? finish(
            'deployed',
            `Deployment ${result.deploymentId} of ${revisionName(arn)} started (not waiting)`,
          )
        : finish('unchanged', `Service ${settings.service} already runs ${revisionName(arn)}`);
    }
    checkpoint(io.signal);
    if (checked.codeDeploy)
      return result.codeDeploy
        ? await followCodeDeployDeployment(settings, io, checked.codeDeploy, result, finish, log)
        : finish('unchanged', `Service ${settings.service} already runs ${revisionName(arn)}`);
    return await waitAndRecover(settings, io, result, finish, log);
  } catch (error) {
    throw failureAfterChanges(error, settings, result, finish);
  }
}

/**
 * The strategy line of the plan: shown when the inputs set one or the service uses a
 * traffic-shifting one, so a plain ROLLING deploy's plan reads as it did before issue 17.
 */
function strategyLine(settings: DeploySettings, service: ServiceState): string | undefined {
  const merged = mergeDeploymentConfiguration(service.deploymentConfiguration, settings.strategy);
  if (!merged && currentStrategy(service.deploymentConfiguration) === 'ROLLING') return undefined;
  return describeStrategy(merged ?? service.deploymentConfiguration);
}

function changesMade(settings: DeploySettings, result: DeployResult): ChangesMade {
  return {
    service: settings.service || undefined,
    registeredArn: result.registered ? result.deployedTaskDefinitionArn : undefined,
    deploymentId: result.serviceUpdated ? result.deploymentId : undefined,
    oneOffTasks: result.runTaskArns.map((arn) => arn.split('/').pop() ?? arn),
  };
}

/** The error of a step that stopped during its changes: with the result once anything changed. */
function failureAfterChanges(
  error: unknown,
  settings: DeploySettings,
  result: DeployResult,
  finish: Finish,
): unknown {
  if (error instanceof DeployFailedError) return error;
  const made = changesMade(settings, result);
  const before = changedSoFar(made);
  if (error instanceof StepCancelled) {
    const message = cancellationMessage(error.why, made);
    return before ? new DeployFailedError(message, finish('failed', message)) : new ActionError(message);
  }
  if (!before) return error;
  const message = `${before}, then: ${errorMessage(error)}`;
  return new DeployFailedError(message, finish('failed', message));
}

function planSentence(settings: DeploySettings, result: DeployResult): string {
  let what =
    result.choice.action === 'register'
      ? `would register a new revision of ${result.family}`
      : `would deploy ${revisionName(result.choice.arn)} (${result.choice.reason})`;
  if (settings.runTask) what += ', run it once as a one-off task';
  if (!settings.service) return `It ${what}; no service given.`;
  const update = result.serviceChanges.length
    ? `and update service ${settings.service}: ${result.serviceChanges.join('; ')}`
    : `and leave service ${settings.service} as it is (it already runs that revision)`;
  return `It ${what} ${update}.`;
}

function logPlan(
  log: (line: string) => void,
  settings: DeploySettings,
  result: DeployResult,
  baseArn: string | undefined,
): void {
  log(
    `Plan for ${settings.service ? `service ${settings.service} in cluster ${settings.cluster}` : 'registering only'} (${settings.region}):`,
  );
  log(`  task definition: ${result.choice.action} — ${result.choice.reason}`);
  if (result.removedFields.length) log(`  removed before registering: ${result.removedFields.join(', ')}`);
  log(`  changes against ${baseArn ? revisionName(baseArn) : 'nothing (first revision)'}:`);
  for (const line of result.changes.length ? result.changes : ['(none)']) log(`    ${line}`);
  if (result.strategy) log(`  deployment strategy: ${result.strategy}`);
  if (settings.service) {
    log('  service change:');
    for (const line of result.serviceChanges.length
      ? result.serviceChanges
      : ['(none: UpdateService is skipped)'])
      log(`    ${line}`);
  }
}
