/**
 * ecr-public-login's main and post steps: log in (saving what to log out of first), outputs and
 * summary; in the post step, log out.
 */
import * as core from '@actions/core';
import { log } from '../lib/log-safe.js';
import { createEcrPublicClient } from '../lib/aws.js';
import { ActionError, errorMessage } from '../lib/errors.js';
import { Inputs } from '../lib/inputs.js';
import { runAction } from '../lib/run.js';
import { writeSummary } from '../lib/summary.js';
import { BUILDERS, type Builder } from '../container/builder.js';
import { createExecRunner } from '../container/command.js';
import { parseLoginInputs } from './inputs.js';
import { loginToEcrPublic, logout, type LoginResult, type LogoutTarget } from './login.js';
import { LOGIN_INPUT_NAMES, LOGIN_OUTPUTS, LOGIN_STATE } from './names.js';

/** True in the post step: the main run saved `isPost` (the actions/checkout convention). */
function isPostRun(): boolean {
  return core.getState(LOGIN_STATE.isPost) === 'true';
}

/**
 * ecr-public-login's main run: inputs → login → outputs, state for the post step, summary.
 * The root action passes `setOutputs: false`: its outputs are its own, and it logs out itself,
 * learning what to log out of from `beforeLogin` (called before the builder login).
 */
export async function runEcrPublicLogin(
  inputs: Inputs,
  options: { setOutputs?: boolean; beforeLogin?: (target: LogoutTarget) => void } = {},
): Promise<LoginResult> {
  const standalone = options.setOutputs !== false;
  if (standalone) core.saveState(LOGIN_STATE.isPost, 'true');
  const settings = parseLoginInputs(inputs);
  // The factory checks the credentials before it loads the SDK (lib/aws.ts, lib/credentials.ts).
  const client = await createEcrPublicClient({ proxy: settings.httpProxy });
  const result = await loginToEcrPublic(settings, {
    client,
    runner: createExecRunner(),
    setSecret: (secret) => core.setSecret(secret),
    log: (message) => log.info(message),
    beforeLogin: (target) => {
      // Saved before the login, not after: whatever fails from here on (CreateRepository, a
      // cancellation), the post step must find what to log out of (issue 12).
      if (standalone) {
        core.saveState(LOGIN_STATE.registry, target.registry);
        core.saveState(LOGIN_STATE.builder, target.builder);
        core.saveState(LOGIN_STATE.skipLogout, String(settings.skipLogout));
      }
      options.beforeLogin?.(target);
    },
  });

  if (!standalone) {
    await writeLoginSummary(result, settings.skipLogout);
    return result;
  }
  core.setOutput(LOGIN_OUTPUTS.registry, result.registry);
  core.setOutput(LOGIN_OUTPUTS.registryAlias, result.alias);
  core.setOutput(LOGIN_OUTPUTS.registryUri, result.registryUri);
  core.setOutput(LOGIN_OUTPUTS.repositoryUris, result.repositoryUris.join('\n'));
  core.setOutput(LOGIN_OUTPUTS.username, result.username);
  core.setOutput(LOGIN_OUTPUTS.password, result.password);
  if (!settings.maskPassword) {
    log.warning(
      `mask-password is false: the ${LOGIN_OUTPUTS.password} output is not masked, so it can pass to another job; never print it`,
    );
  }

  await writeLoginSummary(result, settings.skipLogout);
  return result;
}

async function writeLoginSummary(result: LoginResult, skipLogout: boolean): Promise<void> {
  await writeSummary({
    title: 'ECR Public login',
    facts: [
      ['Registry', result.registry],
      ['Alias', result.alias || 'unknown (ecr-public:DescribeRegistries is not allowed: see the warning)'],
      ['Registry URI', result.registryUri || 'unknown'],
      ['Builder', result.builder],
      ['Repositories created', result.repositoriesCreated.join(', ') || 'none'],
      ['Logout after the job', skipLogout ? 'no (skip-logout)' : 'yes'],
    ],
    details: [{ heading: 'Repositories', lines: result.repositoryUris.map((uri) => `- \`${uri}\``) }],
  });
}

/** The post step: log out unless skip-logout; a failed logout is a warning, not a failed job. */
async function runEcrPublicLogout(): Promise<void> {
  const registry = core.getState(LOGIN_STATE.registry);
  const builder = core.getState(LOGIN_STATE.builder);
  if (!registry || !(BUILDERS as readonly string[]).includes(builder)) {
    log.info('Not logged in by the main step: nothing to log out of');
    return;
  }
  if (core.getState(LOGIN_STATE.skipLogout) === 'true') {
    log.info(`skip-logout is true: staying logged in to ${registry}`);
    return;
  }
  try {
    if (await logout({ registry, builder: builder as Builder }, createExecRunner())) {
      log.info(`Logged out of ${registry} (${builder})`);
    } else {
      log.info(`Not logged in to ${registry} (${builder}): nothing to log out of`);
    }
  } catch (error) {
    log.warning(
      error instanceof ActionError ? error.message : `Logout from ${registry} failed: ${errorMessage(error)}`,
    );
  }
}

/** ecr-public-login, for its bundle entry (src/entry/) and for @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction(async () => {
    if (isPostRun()) await runEcrPublicLogout();
    else await runEcrPublicLogin(Inputs.forAction(LOGIN_INPUT_NAMES));
  });
}
