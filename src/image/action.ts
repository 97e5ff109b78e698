/**
 * build-push's step: the run's facts, the inputs, the build and push, then outputs and summary.
 */
import * as core from '@actions/core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log } from '../lib/log-safe.js';
import { readRevision, runContext } from '../lib/context.js';
import { Inputs } from '../lib/inputs.js';
import { runAction } from '../lib/run.js';
import { writeSummary } from '../lib/summary.js';
import { looksSecret } from './argv.js';
import { buildAndPush, type BuildResult } from './build-push.js';
import { refuseContextCredentials } from './context-credentials.js';
import { currentBuildahHost } from '../container/builder.js';
import { createExecRunner } from '../container/command.js';
import { parseBuildInputs, type BuildRunFacts } from './inputs.js';
import { BUILD_INPUT_NAMES, BUILD_INPUTS, BUILD_OUTPUTS } from './names.js';
import { commitTime, sourceDateEpochFromEnv } from './source-date.js';

/**
 * The facts about the run that build-push's defaults come from (also the root action's preflight),
 * with the commit from the `revision` input when given: read first, so a bad one fails before anything.
 */
export async function buildRunFacts(inputs: Inputs): Promise<BuildRunFacts> {
  const run = await runContext(readRevision(inputs, BUILD_INPUTS.revision));
  return {
    sha: run.sha,
    onDefaultBranch: run.onDefaultBranch,
    repositoryUrl: run.repositoryUrl,
    sourceDateEpoch: sourceDateEpochFromEnv(process.env),
    now: new Date(),
  };
}

/** build-push's run: inputs → build and push → outputs and summary. */
export async function runBuildPush(inputs: Inputs): Promise<BuildResult> {
  const facts = await buildRunFacts(inputs);
  const runner = createExecRunner();
  let settings = parseBuildInputs(inputs, facts);
  refuseContextCredentials(settings);
  // Before anything prints: a secret-looking build argument's value is masked in the log (issue 12).
  for (const [name, value] of settings.buildArgs) if (value && looksSecret(name)) core.setSecret(value);
  if (settings.timestamp === undefined) {
    const committed = await commitTime(runner, settings.context);
    if (committed !== undefined)
      settings = parseBuildInputs(inputs, { ...facts, sourceDateEpoch: committed });
  }

  const tempDir = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'build-push-'));
  let result: BuildResult;
  try {
    result = await buildAndPush(settings, {
      runner,
      tempDir,
      buildahHost: currentBuildahHost(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      group: (title, body) => log.group(title, body),
      log: (message) => log.info(message),
      warn: (message) => log.warning(message),
    });
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }

  core.setOutput(BUILD_OUTPUTS.image, result.image);
  core.setOutput(BUILD_OUTPUTS.digest, result.digest);
  core.setOutput(BUILD_OUTPUTS.tags, result.tags.join('\n'));
  core.setOutput(BUILD_OUTPUTS.imageid, result.imageid);

  const summaryFacts: [string, string][] = [
    ['Image', result.image || `${settings.image} (not pushed)`],
    ['Digest', result.digest || '-'],
    ['Image ID', result.imageid || '-'],
    ['Builder', result.builder],
    ['Build time', `${result.buildSeconds.toFixed(1)} s`],
  ];
  if (settings.push)
    summaryFacts.push([
      'Push time',
      `${result.pushSeconds.toFixed(1)} s${result.pushRetries ? ` (${result.pushRetries} retried)` : ''}`,
    ]);
  if (settings.timestamp !== undefined)
    summaryFacts.push(['Timestamp', new Date(settings.timestamp * 1000).toISOString()]);
  await writeSummary({
    title: 'Build and push',
    facts: summaryFacts,
    details: [{ heading: 'Tags', lines: result.tags.map((tag) => `- \`${tag}\``) }],
  });
  return result;
}

/** build-push, for its bundle entry (src/entry/) and for @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction(async () => {
    await runBuildPush(Inputs.forAction(BUILD_INPUT_NAMES));
  });
}
