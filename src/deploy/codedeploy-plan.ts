/**
 * The pure decisions of a deploy to a blue/green service (deployment controller CODE_DEPLOY):
 * the CodeDeploy inputs and their defaults, the AppSpec checked and given the new revision, and
 * what a GetDeployment answer means. Same meaning and defaults as
 * aws-actions/amazon-ecs-deploy-task-definition v2.6.3 (action.yml and index.js,
 * createCodeDeployDeployment); codedeploy.ts makes the calls.
 */
import { createHash } from 'node:crypto';
import type { Inputs } from '../lib/inputs.js';
import { INPUT } from './names.js';

export interface CodeDeployInputs {
  /** The AppSpec file (v2.6.3 default `appspec.yaml`, under GITHUB_WORKSPACE). */
  appSpec: string;
  /** Empty: `AppECS-<cluster>-<service>` (v2.6.3's default). */
  application: string;
  /** Empty: `DgpECS-<cluster>-<service>` (v2.6.3's default). */
  deploymentGroup: string;
  /** Cut to CodeDeploy's 512 characters as v2.6.3 does (511 and an ellipsis). */
  description?: string;
  /** Empty: the deployment group's own configuration. */
  deploymentConfig?: string;
}

/** CreateDeployment's limit on `description` (CodeDeploy API reference, DescriptionTooLongException). */
export const MAX_DESCRIPTION = 512;

/** The inputs' defaults, for the root action, which deploys a CODE_DEPLOY service without them. */
export const DEFAULT_CODEDEPLOY_INPUTS: CodeDeployInputs = {
  appSpec: 'appspec.yaml',
  application: '',
  deploymentGroup: '',
};

export function readCodeDeployInputs(inputs: Inputs): CodeDeployInputs {
  const description = inputs.string(INPUT.codeDeployDescription);
  return {
    appSpec: inputs.string(INPUT.codeDeployAppSpec, { default: 'appspec.yaml' }),
    application: inputs.string(INPUT.codeDeployApplication),
    deploymentGroup: inputs.string(INPUT.codeDeployDeploymentGroup),
    description: description
      ? description.length <= MAX_DESCRIPTION
        ? description
        : `${description.slice(0, MAX_DESCRIPTION - 1)}…`
      : undefined,
    deploymentConfig: inputs.string(INPUT.codeDeployDeploymentConfig) || undefined,
  };
}

/** The application and group to deploy with: the inputs, else the names the ECS console gives them. */
export function codeDeployNames(
  given: Pick<CodeDeployInputs, 'application' | 'deploymentGroup'>,
  where: { cluster: string; service: string },
): { application: string; deploymentGroup: string } {
  // An ARN names the same cluster and service as its last segment.
  const cluster = where.cluster.split('/').pop()!;
  const service = where.service.split('/').pop()!;
  return {
    application: given.application || `AppECS-${cluster}-${service}`,
    deploymentGroup: given.deploymentGroup || `DgpECS-${cluster}-${service}`,
  };
}

// ---------------------------------------------------------------- AppSpec

/** A problem in the AppSpec, with the path of the value at fault (for the file's line). */
export interface AppSpecProblem {
  at: (string | number)[];
  problem: string;
}

/** The key of `object` that matches `name` ignoring case: AppSpec keys are read that way (v2.6.3). */
function keyOf(object: unknown, name: string): string | undefined {
  if (!object || typeof object !== 'object' || Array.isArray(object)) return undefined;
  return Object.keys(object).find((key) => key.toLowerCase() === name.toLowerCase());
}

/** Each resource's Properties, with its path: every resource gets the revision, as in v2.6.3. */
function targetProperties(appSpec: unknown): { at: (string | number)[]; properties: any }[] | AppSpecProblem {
  const resourcesKey = keyOf(appSpec, 'Resources');
  const resources = resourcesKey ? (appSpec as any)[resourcesKey] : undefined;
  if (!Array.isArray(resources) || resources.length === 0)
    return { at: resourcesKey ? [resourcesKey] : [], problem: 'the AppSpec has no Resources list' };
  const found: { at: (string | number)[]; properties: any }[] = [];
  for (const [index, resource] of resources.entries()) {
    const names = resource && typeof resource === 'object' ? Object.keys(resource) : [];
    if (names.length === 0) return { at: [resourcesKey!, index], problem: `Resources[${index}] is empty` };
    for (const name of names) {
      const propertiesKey = keyOf(resource[name], 'Properties');
      if (!propertiesKey)
        return { at: [resourcesKey!, index, name], problem: `Resources[${index}].${name} has no Properties` };
      found.push({
        at: [resourcesKey!, index, name, propertiesKey],
        properties: resource[name][propertiesKey],
      });
    }
  }
  return found;
}

/**
 * What is wrong with an ECS AppSpec, checked against the task definition to deploy: every
 * resource needs a TaskDefinition property (whose value the deploy replaces), and a
 * LoadBalancerInfo must name a container of the definition and one of its container ports,
 * or CodeDeploy fails the deployment after the revision was registered.
 */
export function appSpecProblems(appSpec: unknown, definition: Record<string, any>): AppSpecProblem[] {
  const targets = targetProperties(appSpec);
  if (!Array.isArray(targets)) return [targets];
  const problems: AppSpecProblem[] = [];
  const containers: any[] = Array.isArray(definition.containerDefinitions)
    ? definition.containerDefinitions
    : [];
  for (const { at, properties } of targets) {
    if (!keyOf(properties, 'TaskDefinition'))
      problems.push({
        at,
        problem: 'Properties has no TaskDefinition (the deploy puts the new revision there)',
      });
    const lbKey = keyOf(properties, 'LoadBalancerInfo');
    if (!lbKey) continue;
    const lb = properties[lbKey];
    const nameKey = keyOf(lb, 'ContainerName');
    const portKey = keyOf(lb, 'ContainerPort');
    const name = nameKey ? lb[nameKey] : undefined;
    const container = containers.find((c) => c?.name === name);
    if (!container) {
      const known = containers.map((c) => c?.name).join(', ');
      problems.push({
        at: [...at, lbKey, ...(nameKey ? [nameKey] : [])],
        problem: `LoadBalancerInfo.ContainerName '${String(name ?? '')}' is not a container of the task definition (${known})`,
      });
      continue;
    }
    const port = portKey ? Number(lb[portKey]) : NaN;
    const ports = (container.portMappings ?? []).map((p: any) => Number(p?.containerPort));
    if (!ports.includes(port))
      problems.push({
        at: [...at, lbKey, ...(portKey ? [portKey] : [])],
        problem: `LoadBalancerInfo.ContainerPort ${portKey ? String(lb[portKey]) : '(missing)'} is not a container port of '${name}' (${ports.join(', ') || 'none'})`,
      });
  }
  return problems;
}

/**
 * The AppSpec with every resource's TaskDefinition set to `taskDefinitionArn`, as CreateDeployment
 * takes it: `appSpecContent` with the JSON text and its SHA-256 (v2.6.3 sends it so).
 */
export function appSpecContent(
  appSpec: unknown,
  taskDefinitionArn: string,
): { content: string; sha256: string } {
  const copy = structuredClone(appSpec);
  const targets = targetProperties(copy);
  if (!Array.isArray(targets)) throw new Error(targets.problem);
  for (const { properties } of targets)
    properties[keyOf(properties, 'TaskDefinition') ?? 'TaskDefinition'] = taskDefinitionArn;
  const content = JSON.stringify(copy);
  return { content, sha256: createHash('sha256').update(content).digest('hex') };
}

// ---------------------------------------------------------------- deployment state

/** CodeDeploy's deployment statuses that are not over yet (API reference, DeploymentStatus). */
const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'];

export function isActiveStatus(status: string | undefined): boolean {
  return ACTIVE_STATUSES.includes(status ?? '');
}

export interface CodeDeployDeploymentState {
  status?: string;
  errorInformation?: { code?: string; message?: string };
  rollbackInfo?: { rollbackDeploymentId?: string; rollbackMessage?: string };
}

export type CodeDeployVerdict =
  | { state: 'waiting' }
  | { state: 'succeeded' }
  | { state: 'failed'; status: string; reason: string; rollbackDeploymentId?: string };

/** What one GetDeployment answer means. */
export function codeDeployVerdict(info: CodeDeployDeploymentState): CodeDeployVerdict {
  if (info.status === 'Succeeded') return { state: 'succeeded' };
  if (isActiveStatus(info.status) || !info.status) return { state: 'waiting' };
  const error = info.errorInformation;
  const reason = error?.message
    ? `${error.message}${error.code ? ` (${error.code})` : ''}`
    : `CodeDeploy reports it ${info.status}`;
  return {
    state: 'failed',
    status: info.status,
    reason,
    rollbackDeploymentId: info.rollbackInfo?.rollbackDeploymentId || undefined,
  };
}

/** The deployment's page in the CodeDeploy console (the link v2.6.3 prints). */
export function codeDeployConsoleUrl(region: string, deploymentId: string): string {
  return `https://console.aws.amazon.com/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`;
}

/**
 * How long to follow a deployment: wait-for-minutes plus the group's ready wait and
 * termination wait, at most 6 hours (v2.6.3 adds them the same way: a blue/green deployment
 * only Succeeds once the original task set is terminated).
 */
export function codeDeployWaitMs(
  waitTimeoutMs: number,
  group: { readyWaitMinutes?: number; terminationWaitMinutes?: number },
  maxMinutes: number,
): number {
  const extra = (group.readyWaitMinutes ?? 0) + (group.terminationWaitMinutes ?? 0);
  return Math.min(waitTimeoutMs + extra * 60_000, maxMinutes * 60_000);
}

/**
 * After a CreateDeployment whose answer was lost: the deployment the group attempted last is the
 * lost call's when it is new (not the one attempted before the call) and carries our AppSpec.
 */
export function lostCreateDeployment(
  before: string | undefined,
  last: { deploymentId?: string; sha256?: string; content?: string } | undefined,
  ours: { content: string; sha256: string },
): string | undefined {
  if (!last?.deploymentId || last.deploymentId === before) return undefined;
  const same = last.sha256 ? last.sha256 === ours.sha256 : last.content === ours.content;
  return same ? last.deploymentId : undefined;
}

/** The active deployment's id in CodeDeploy's DeploymentLimitExceededException message. */
export function activeDeploymentInMessage(message: string): string | undefined {
  return /active Deployment '(d-[A-Z0-9]+)'/.exec(message)?.[1];
}
