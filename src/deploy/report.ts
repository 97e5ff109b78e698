/**
 * What ecs-deploy reports: its outputs, the job summary section and headline, and the ECS console
 * and CloudWatch Logs links in it.
 */
import { revisionName } from '../health/snapshot.js';
import { stageTableLines } from '../health/stages.js';
import type { Headline, SummarySection } from '../lib/summary.js';
import type { DeployResult } from './result.js';
import type { DeploySettings } from './inputs.js';
import { OUTPUT } from './names.js';
import { logsConsoleUrl } from './run-task.js';

/** The step's outputs, by the names of ecs-deploy's action.yml. */
export function deployOutputs(result: DeployResult): Record<string, string> {
  return {
    [OUTPUT.taskDefinitionArn]: result.taskDefinitionArn,
    [OUTPUT.previousTaskDefinitionArn]: result.previousTaskDefinitionArn,
    [OUTPUT.deploymentId]: result.deploymentId,
    [OUTPUT.registered]: String(result.registered),
    [OUTPUT.rolledBack]: String(result.rolledBack),
    [OUTPUT.codeDeployDeploymentId]: result.codeDeploy?.deploymentId ?? '',
    // As the reference sets it: a JSON array of task ARNs (v2.6.3 index.js, core.setOutput of an array).
    [OUTPUT.runTaskArn]: result.runTaskArns.length ? JSON.stringify(result.runTaskArns) : '',
  };
}

const TASK_DEFINITION_ACTION = { register: 'registered', reuse: 'reused', given: 'given' } as const;

export interface SummaryOptions {
  failure?: string;
  /**
   * The root action waits for the deployment in its next stage (ecs-deploy's own wait is off
   * there): the section says so, instead of "started (not waiting)".
   */
  waitFollows?: boolean;
}

/** The job summary section: what was deployed where, what changed, and how it ended. */
export function deploySummary(
  settings: DeploySettings,
  result: DeployResult,
  { failure, waitFollows = false }: SummaryOptions = {},
): SummarySection {
  const facts: [string, string][] = [];
  facts.push(['Service', settings.service || '(none: register only)']);
  if (settings.service) facts.push(['Cluster', settings.cluster]);
  facts.push(['Region', settings.region]);
  const next = result.deployedTaskDefinitionArn
    ? revisionName(result.deployedTaskDefinitionArn)
    : `${result.family}:(new)`;
  let revision = result.previousTaskDefinitionArn
    ? `${revisionName(result.previousTaskDefinitionArn)} → ${next}`
    : next;
  if (result.rolledBack) revision += ` → rolled back to ${revisionName(result.taskDefinitionArn)}`;
  facts.push(['Revision', revision]);
  const verb = settings.dryRun ? 'would be ' : '';
  facts.push([
    'Task definition',
    `${verb}${TASK_DEFINITION_ACTION[result.choice.action]} (${result.choice.reason})`,
  ]);
  facts.push([
    'Image',
    result.images.map((i) => (result.images.length > 1 ? `${i.container}: ${i.image}` : i.image)).join('\n'),
  ]);
  if (result.strategy) facts.push(['Strategy', result.strategy]);
  if (result.runTaskArns.length)
    facts.push(['One-off task', result.runTaskArns.map((arn) => arn.split('/').pop()).join(', ')]);
  if (result.codeDeploy) {
    const cd = result.codeDeploy;
    const rollback = cd.rollbackDeploymentId ? `, rolled back by ${cd.rollbackDeploymentId}` : '';
    facts.push([
      'CodeDeploy',
      `[${cd.deploymentId}](${cd.consoleUrl}) (${cd.application} / ${cd.deploymentGroup}): ${cd.status}${rollback}`,
    ]);
  } else if (result.deploymentId) facts.push(['Deployment', result.deploymentId]);
  if (settings.service)
    facts.push([
      'Console',
      `[ECS console](${serviceConsoleUrl(settings.region, settings.cluster, settings.service)})`,
    ]);
  else if (result.taskDefinitionArn)
    facts.push([
      'Console',
      `[ECS console](${taskDefinitionConsoleUrl(settings.region, result.taskDefinitionArn)})`,
    ]);
  const handedToWait = waitFollows && !failure && result.outcome === 'deployed';
  facts.push([
    'Outcome',
    handedToWait
      ? `Deployment ${result.deploymentId} of ${revisionName(result.deployedTaskDefinitionArn)} started; waiting for it to be healthy (next section)`
      : (failure ?? result.message),
  ]);
  const duration = `${(result.durationMs / 1000).toFixed(1)} s`;
  facts.push([
    'Duration',
    handedToWait ? `${duration} to register and update; the wait is timed below` : duration,
  ]);

  const bullets = (lines: string[]) => lines.map((line) => `- ${line}`);
  const details = [
    {
      heading: 'What changed',
      lines: bullets(result.changes.length ? result.changes : ['nothing in the task definition']),
    },
  ];
  if (settings.service) {
    details.push({
      heading: 'Service change',
      lines: bullets(result.serviceChanges.length ? result.serviceChanges : ['none (UpdateService skipped)']),
    });
  }
  if (result.removedFields.length)
    details.push({ heading: 'Removed before registering', lines: bullets(result.removedFields) });
  const logs = logLinks(settings);
  if (logs.length) details.push({ heading: 'Logs', lines: bullets(logs) });
  const waits = [result.wait, result.rollback?.wait].filter((wait) => wait !== undefined);
  const timeline = waits.flatMap((wait) =>
    wait.timeline.map((entry) => `${(entry.atMs / 1000).toFixed(0)} s: ${entry.text}`),
  );
  if (timeline.length) details.push({ heading: 'Timeline', lines: bullets(timeline) });
  if (result.wait?.stages)
    details.push({ heading: 'Service deployment stages', lines: stageTableLines(result.wait.stages) });
  return {
    title: `ECS deploy${settings.dryRun ? ' (dry run)' : ''}: ${settings.service || result.family}`,
    facts,
    details,
  };
}

/** A CloudWatch Logs link per container of the deployed definition that logs with awslogs. */
function logLinks(settings: DeploySettings): string[] {
  if (settings.taskDefinition.kind !== 'definition') return [];
  const containers: Record<string, any>[] = settings.taskDefinition.definition.containerDefinitions ?? [];
  return containers.flatMap((container) => {
    const url = logsConsoleUrl(container, undefined, settings.region);
    return url ? [`${container.name}: [CloudWatch Logs](${url})`] : [];
  });
}

/** How the step ended, in one line above its section. */
export function deployHeadline(settings: DeploySettings, result: DeployResult, failure?: string): Headline {
  return {
    service: settings.service || result.family,
    result: failure ? `failed: ${failure}` : result.message,
    durationMs: result.durationMs,
    // The commit the provenance tag names: `revision`, else GITHUB_SHA (lib/context.ts).
    commit: settings.revision,
  };
}

/** The service's deployments page in the ECS console. */
export function serviceConsoleUrl(region: string, cluster: string, service: string): string {
  const base = `https://${region}.console.aws.amazon.com/ecs/v2`;
  return `${base}/clusters/${encodeURIComponent(cluster)}/services/${encodeURIComponent(service)}/deployments?region=${region}`;
}

/** A revision's page in the ECS console (register-only runs). */
function taskDefinitionConsoleUrl(region: string, arn: string): string {
  const [family, revision] = revisionName(arn).split(':');
  return `https://${region}.console.aws.amazon.com/ecs/v2/task-definitions/${encodeURIComponent(family)}/${revision}/containers?region=${region}`;
}
