import * as core from '@actions/core';
import { log } from '../lib/log-safe.js';
import { createEcsClient, createElbClient } from '../lib/aws.js';
import { ActionError, InputError } from '../lib/errors.js';
import type { Inputs } from '../lib/inputs.js';
import { writeSummary, type SummarySection } from '../lib/summary.js';
import { parseWaitInputs, WAIT_INPUTS, WAIT_OUTPUTS, type WaitSettings } from './inputs.js';
import type { TimelineEntry, WaitResult } from './types.js';
import { revisionName } from './verdict.js';
import type { RollbackResult } from './wait.js';

/**
 * wait-healthy: inputs → wait → (rollback) → outputs and summary. Not healthy fails the step
 * with one error naming the cause, and, after a rollback, the revision it rolled back to.
 */
export async function runWaitHealthy(inputs: Inputs, signal: AbortSignal): Promise<void> {
  const settings = parseWaitInputs(inputs);
  // The waiting module imports the SDK's commands: load it after the inputs are known good.
  const { rollbackService, shouldRollBack, waitForDeployment } = await import('./wait.js');
  const [ecs, elb] = await Promise.all([
    createEcsClient({ region: settings.region }),
    createElbClient({ region: settings.region }),
  ]);
  const options = {
    ecs,
    elb,
    cluster: settings.cluster,
    service: settings.service,
    targetGroupArns: settings.targetGroupArns,
    timeoutMs: settings.timeoutMs,
    signal,
  };
  const wait = await waitForDeployment({ ...options, deploymentId: settings.deploymentId });
  if (wait.outcome === 'not-found') {
    // A wrong deployment-id is a bad input: nothing to roll back, and nothing was changed.
    throw new InputError(
      WAIT_INPUTS.deploymentId,
      wait.reason,
      "Use ecs-deploy's deployment-id output, or leave it empty to follow the PRIMARY deployment",
    );
  }
  let rollback: RollbackResult | undefined;
  if (!wait.healthy) {
    for (const line of wait.details) log.info(line);
    if (settings.rollbackOnFailure && shouldRollBack(wait.outcome)) {
      log.info(`Rolling back: ${wait.reason}`);
      // The rollback gets a wait limit of its own: the first one may be spent already (timeout).
      rollback = await rollbackService({
        ...options,
        toTaskDefinitionArn: settings.rollbackTaskDefinition ?? wait.lastCompletedTaskDefinitionArn,
      });
    }
  }

  const finalRevision = rollback
    ? rollback.wait.taskDefinitionArn || rollback.toTaskDefinitionArn
    : wait.taskDefinitionArn;
  core.setOutput(WAIT_OUTPUTS.healthy, String(wait.healthy));
  core.setOutput(WAIT_OUTPUTS.elapsedSeconds, String(Math.round(wait.elapsedMs / 1000)));
  core.setOutput(WAIT_OUTPUTS.taskDefinitionArn, finalRevision);
  core.setOutput(WAIT_OUTPUTS.rolledBack, String(rollback !== undefined));
  await writeSummary(waitSummary(settings, wait, rollback));

  if (wait.healthy) {
    log.info(`${wait.reason} (after ${Math.round(wait.elapsedMs / 1000)} s)`);
    return;
  }
  throw new ActionError(failureMessage(wait, rollback));
}

export function failureMessage(wait: WaitResult, rollback?: RollbackResult): string {
  if (!rollback) return wait.reason;
  const to = `${revisionName(rollback.toTaskDefinitionArn)} (deployment ${rollback.deploymentId})`;
  const after = rollback.wait.healthy
    ? 'which is healthy'
    : `which is not healthy either: ${rollback.wait.reason}`;
  return `${wait.reason}. Rolled back to ${to}, ${after}`;
}

export function waitSummary(
  settings: WaitSettings,
  wait: WaitResult,
  rollback?: RollbackResult,
): SummarySection {
  const facts: [string, string][] = [
    ['Service', `${settings.service} (cluster ${settings.cluster}, ${settings.region})`],
    ['Deployment', wait.deploymentId || 'unknown'],
    ['Result', wait.healthy ? 'healthy' : `${wait.outcome}: ${wait.reason}`],
    ['Elapsed', `${Math.round(wait.elapsedMs / 1000)} s`],
    ['Revision running', revisionName(wait.taskDefinitionArn)],
  ];
  if (rollback) {
    facts.push([
      'Rolled back to',
      `${revisionName(rollback.toTaskDefinitionArn)} (deployment ${rollback.deploymentId})`,
    ]);
    facts.push([
      'After rollback',
      rollback.wait.healthy ? 'healthy' : `${rollback.wait.outcome}: ${rollback.wait.reason}`,
    ]);
  }
  const details = [
    { heading: 'Details', lines: wait.details.map((line) => `- ${line}`) },
    { heading: 'Timeline', lines: timelineLines(wait.timeline) },
  ];
  if (rollback) details.push({ heading: 'Rollback timeline', lines: timelineLines(rollback.wait.timeline) });
  return { title: wait.healthy ? 'Deployment healthy' : 'Deployment not healthy', facts, details };
}

/** The summary keeps the first and last entries of a long timeline. */
const TIMELINE_LINES = 60;

function timelineLines(timeline: TimelineEntry[]): string[] {
  const format = (entry: TimelineEntry) =>
    `- \`+${(entry.atMs / 1000).toFixed(1)}s\` ${entry.text.replace(/`/g, "'")}`;
  if (timeline.length <= TIMELINE_LINES) return timeline.map(format);
  const half = TIMELINE_LINES / 2;
  return [
    ...timeline.slice(0, half).map(format),
    `- … ${timeline.length - TIMELINE_LINES} entries left out …`,
    ...timeline.slice(-half).map(format),
  ];
}
