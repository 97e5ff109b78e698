/**
 * ecs-deploy's step: the AWS clients and the run's provenance, the deploy (deploy.ts), then the
 * step's outputs and job summary (report.ts), also when the deploy failed after a change.
 */
import * as core from '@actions/core';
import { log } from '../lib/log-safe.js';
import { Inputs } from '../lib/inputs.js';
import { runAction } from '../lib/run.js';
import { createCodeDeployClient, createEcsClient, createElbClient } from '../lib/aws.js';
import { runContext } from '../lib/context.js';
import { writeHeadline, writeSummary } from '../lib/summary.js';
import { parseDeployInputs, type DeploySettings } from './inputs.js';
import { DEPLOY_INPUT_NAMES } from './names.js';
import { DeployFailedError, type DeployResult } from './result.js';

export { parseDeployInputs, type DeploySettings } from './inputs.js';
export { DeployFailedError, type DeployResult } from './result.js';
export { RUN_TASK_INPUT, STRATEGY_INPUT } from './names.js';

/**
 * ecs-deploy's core, for the entry and the root action: makes the AWS clients and the run's
 * provenance, then deploys. Throws an ActionError when a check fails (nothing changed) and a
 * DeployFailedError, which carries the result, when a deployment failed after changing something.
 */
export async function deploy(
  settings: DeploySettings,
  options: { signal?: AbortSignal } = {},
): Promise<DeployResult> {
  for (const warning of settings.runTask?.warnings ?? []) log.warning(warning);
  const ecs = await createEcsClient({ region: settings.region, maxAttempts: settings.maxAttempts });
  const ecsSingleAttempt = await createEcsClient({ region: settings.region, maxAttempts: 1 });
  const run = settings.provenanceTags && !settings.dryRun ? await runContext(settings.revision) : undefined;
  // Imported here, after the inputs were checked: the deploy imports the SDK's commands, which a
  // bad input must not wait for (issue 18).
  const { executeDeploy } = await import('./deploy.js');
  return executeDeploy(settings, {
    ecs,
    ecsSingleAttempt,
    elb: () => createElbClient({ region: settings.region, maxAttempts: settings.maxAttempts }),
    codeDeploy: (options = {}) =>
      createCodeDeployClient({ region: settings.region, maxAttempts: settings.maxAttempts, ...options }),
    provenance: run ? { sha: run.sha, runUrl: run.runUrl } : undefined,
    signal: options.signal,
  });
}

/**
 * The whole step: deploy, then outputs and job summary, also when the deployment failed.
 * `waitFollows`: the root action waits next (its section and headline say how that ended).
 */
export async function runDeployStep(
  settings: DeploySettings,
  options: { signal?: AbortSignal; waitFollows?: boolean } = {},
): Promise<DeployResult> {
  const { waitFollows } = options;
  // Imported once the inputs were read, as executeDeploy is: the report links to run-task.ts, whose
  // polling imports the SDK's commands (issue 18).
  const { deployHeadline, deployOutputs, deploySummary } = await import('./report.js');
  const report = (result: DeployResult) => {
    for (const [name, value] of Object.entries(deployOutputs(result))) core.setOutput(name, value);
    log.info(result.message);
  };
  try {
    const result = await deploy(settings, options);
    report(result);
    await writeSummary(deploySummary(settings, result, { waitFollows }));
    if (!waitFollows) writeHeadline(deployHeadline(settings, result));
    return result;
  } catch (error) {
    if (error instanceof DeployFailedError) {
      report(error.result);
      await writeSummary(deploySummary(settings, error.result, { failure: error.message, waitFollows }));
      if (!waitFollows) writeHeadline(deployHeadline(settings, error.result, error.message));
    }
    throw error;
  }
}

/** ecs-deploy, for its bundle entry (src/entry/) and for @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction(async (signal) => {
    const settings = await parseDeployInputs(Inputs.forAction(DEPLOY_INPUT_NAMES));
    await runDeployStep(settings, { signal });
  });
}
