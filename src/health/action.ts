/**
 * wait-healthy: inputs → wait → (rollback) → outputs and summary. Not healthy fails the step
 * with one error naming the cause, and, after a rollback, the revision it rolled back to.
 */
import * as core from '@actions/core';
import { log } from '../lib/log-safe.js';
import { createEcsClient, createElbClient } from '../lib/aws.js';
import { ActionError, errorMessage, InputError } from '../lib/errors.js';
import { Inputs } from '../lib/inputs.js';
import { runAction } from '../lib/run.js';
import { writeHeadline, writeSummary, type SummarySection } from '../lib/summary.js';
import { parseWaitInputs, WAIT_INPUT_NAMES, WAIT_INPUTS, WAIT_OUTPUTS, type WaitSettings } from './inputs.js';
import type { TimelineEntry, WaitResult } from './types.js';
import { revisionName } from './snapshot.js';
import { stageTableLines } from './stages.js';
import { rollbackCancelled, rollbackDecision, type RollbackResult } from '../rollback/policy.js';

export async function runWaitHealthy(inputs: Inputs, signal: AbortSignal): Promise<void> {
  const settings = parseWaitInputs(inputs);
  // The waiting module imports the SDK's commands: load it after the inputs are known good.
  const { waitForDeployment } = await import('./wait.js');
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
  const started = Date.now();
  let wait: WaitResult;
  try {
    wait = await waitForDeployment({ ...options, deploymentId: settings.deploymentId });
  } catch (error) {
    // AWS stopped answering or refused the reads: a cleanup step still gets healthy=false and
    // a summary of what is known.
    if (error instanceof InputError) throw error;
    const message = errorMessage(error);
    await report(settings, unreadWait(settings, message, Date.now() - started));
    throw error;
  }
  if (wait.outcome === 'not-found') {
    // A wrong deployment-id is a bad input: nothing to roll back, and nothing was changed.
    throw new InputError(
      WAIT_INPUTS.deploymentId,
      wait.reason,
      "Use ecs-deploy's deployment-id output, or leave it empty to follow the PRIMARY deployment",
    );
  }
  let rollback: RollbackResult | undefined;
  let rollbackFailure: string | undefined;
  if (!wait.healthy) {
    for (const line of wait.details) log.info(line);
    const decision = rollbackDecision(wait, {
      rollbackOnFailure: settings.rollbackOnFailure,
      candidates: [settings.rollbackTaskDefinition],
    });
    if (decision.action === 'rollback') {
      log.info(`Rolling back: ${wait.reason}`);
      try {
        const { rollbackService } = await import('../rollback/rollback.js');
        // The rollback gets a wait limit of its own: the first one may be spent already (timeout).
        rollback = await rollbackService({ ...options, toTaskDefinitionArn: decision.toTaskDefinitionArn });
      } catch (error) {
        // Cancelled before the rollback's UpdateService: it was not sent (src/rollback/rollback.ts).
        rollbackFailure = signal.aborted
          ? `Not rolled back: the step was cancelled before the rollback could start`
          : `Rolling back failed: ${errorMessage(error)}`;
      }
    }
  }

  const message = rollbackFailure
    ? `${wait.reason}. ${rollbackFailure}`
    : failureMessage(wait, rollback, cancelReason(signal));
  await report(settings, wait, rollback, rollbackFailure ? message : undefined);
  if (wait.healthy) {
    // The reason itself is the wait's last log line already: say only how long it took.
    log.info(`Healthy after ${Math.round(wait.elapsedMs / 1000)} s`);
    return;
  }
  throw new ActionError(message);
}

/** The outputs and the job summary, on every exit path once the wait has started. */
async function report(
  settings: WaitSettings,
  wait: WaitResult,
  rollback?: RollbackResult,
  failure?: string,
): Promise<void> {
  const finalRevision = rollback
    ? rollback.wait.taskDefinitionArn || rollback.toTaskDefinitionArn
    : wait.taskDefinitionArn;
  core.setOutput(WAIT_OUTPUTS.healthy, String(wait.healthy));
  core.setOutput(WAIT_OUTPUTS.elapsedSeconds, String(Math.round(wait.elapsedMs / 1000)));
  // Unknown (the reads failed) is not written: the root action's deploy stage has set it already,
  // and an empty value would erase the revision a cleanup step needs (issue 12).
  if (finalRevision) core.setOutput(WAIT_OUTPUTS.taskDefinitionArn, finalRevision);
  core.setOutput(WAIT_OUTPUTS.rolledBack, String(rollback !== undefined));
  await writeSummary(waitSummary(settings, wait, rollback, failure));
  writeHeadline({
    service: settings.service,
    result: waitResult(wait, rollback, failure),
    durationMs: wait.elapsedMs + (rollback?.wait.elapsedMs ?? 0),
  });
}

/** The headline's result: healthy, or how it failed and where a rollback left the service. */
function waitResult(wait: WaitResult, rollback?: RollbackResult, failure?: string): string {
  if (wait.healthy) return 'healthy';
  if (!rollback) return `${wait.outcome}: ${failure ?? wait.reason}`;
  const after = rollback.wait.healthy ? 'healthy' : `${rollback.wait.outcome}`;
  return `${wait.outcome}, rolled back to ${revisionName(rollback.toTaskDefinitionArn)} (${after})`;
}

/** The result of a wait that ended on an error: nothing is known of the service but the error. */
function unreadWait(settings: WaitSettings, reason: string, elapsedMs: number): WaitResult {
  return {
    healthy: false,
    outcome: 'failed',
    reason,
    details: [],
    elapsedMs,
    deploymentId: settings.deploymentId ?? '',
    taskDefinitionArn: '',
    timeline: [],
  };
}

function cancelReason(signal: AbortSignal): string {
  return signal.reason instanceof Error ? signal.reason.message : 'Cancelled';
}

function failureMessage(wait: WaitResult, rollback?: RollbackResult, cancelled = 'Cancelled'): string {
  if (!rollback) return wait.reason;
  if (rollback.wait.outcome === 'cancelled')
    return `${wait.reason}. ${rollbackCancelled(cancelled, rollback)}`;
  const to = rollback.stoppedServiceDeployment
    ? `${revisionName(rollback.toTaskDefinitionArn)} (ECS rolled back service deployment ${rollback.deploymentId}: StopServiceDeployment)`
    : `${revisionName(rollback.toTaskDefinitionArn)} (deployment ${rollback.deploymentId})`;
  const after = rollback.wait.healthy
    ? 'which is healthy'
    : `which is not healthy either: ${rollback.wait.reason}`;
  return `${wait.reason}. Rolled back to ${to}, ${after}`;
}

function waitSummary(
  settings: WaitSettings,
  wait: WaitResult,
  rollback?: RollbackResult,
  failure?: string,
): SummarySection {
  const facts: [string, string][] = [
    ['Service', `${settings.service} (cluster ${settings.cluster}, ${settings.region})`],
    ['Deployment', wait.deploymentId || 'unknown'],
    ['Result', wait.healthy ? 'healthy' : `${wait.outcome}: ${failure ?? wait.reason}`],
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
  if (wait.stages)
    details.push({ heading: 'Service deployment stages', lines: stageTableLines(wait.stages) });
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

/** wait-healthy, for its bundle entry (src/entry/) and for @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction((signal) => runWaitHealthy(Inputs.forAction(WAIT_INPUT_NAMES), signal));
}
