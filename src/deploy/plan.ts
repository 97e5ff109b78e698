/**
 * The pure decisions of a deploy: what to register (or reuse), which tags, what to send to
 * UpdateService, whether that changes anything, and what a stopped step says it did. Data in, data
 * out; check.ts and apply.ts make the calls; what to do when the wait fails is src/rollback/policy.ts.
 */
import type {
  DeploymentConfiguration,
  LoadBalancer,
  RegisterTaskDefinitionCommandInput,
  ServiceVolumeConfiguration,
  UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import { revisionName } from '../health/snapshot.js';
import { cleanForRegister } from '../task-definition/clean.js';
import { sameTaskDefinition } from '../task-definition/compare.js';
import { imageReferenceProblem } from '../lib/image-reference.js';
import { PROVENANCE_TAG } from './names.js';
import { mergeDeploymentConfiguration, strategyChanges, type StrategyRequest } from './strategy.js';

export interface Tag {
  key: string;
  value: string;
}

export type PropagateTags = 'SERVICE' | 'TASK_DEFINITION' | 'NONE';

/** The service as DescribeServices reported it before this step changed anything. */
export interface ServiceState {
  arn: string;
  name: string;
  status: string;
  taskDefinition: string;
  desiredCount: number;
  enableECSManagedTags?: boolean;
  propagateTags?: string;
  /** ECS, CODE_DEPLOY (blue/green, deployed through CodeDeploy) or EXTERNAL. */
  deploymentController?: string;
  deployments: { id: string; status: string; taskDefinition: string; rolloutState?: string }[];
  /** How the service runs its tasks: the one-off task's defaults (run-task.ts). */
  launchType?: string;
  capacityProviderStrategy?: { capacityProvider: string; weight?: number; base?: number }[];
  awsvpcConfiguration?: { subnets?: string[]; securityGroups?: string[]; assignPublicIp?: string };
  /** The service's deployment configuration, which the strategy inputs are merged into (strategy.ts). */
  deploymentConfiguration?: DeploymentConfiguration;
  /** Its load balancers: a traffic-shifting strategy needs their advancedConfiguration. */
  loadBalancers?: LoadBalancer[];
}

/** What the user asked of the service (the inputs UpdateService takes). */
export interface ServiceRequest {
  cluster: string;
  service: string;
  forceNewDeployment: boolean;
  desiredCount?: number;
  enableEcsManagedTags?: boolean;
  propagateTags?: PropagateTags;
  /** A service-managed EBS volume (`service-managed-ebs-volume-name` and `-volume`). */
  volumeConfigurations?: ServiceVolumeConfiguration[];
  /** The deployment strategy inputs; undefined or all fields undefined: the service's configuration stays. */
  strategy?: StrategyRequest;
}

// ---------------------------------------------------------------- image references

/** Every container whose image cannot be deployed, with its index for pointing into the file. */
export function imageProblems(
  definition: Record<string, any>,
): { index: number; container: string; problem: string }[] {
  const containers: any[] = Array.isArray(definition.containerDefinitions)
    ? definition.containerDefinitions
    : [];
  return containers.flatMap((container, index) => {
    const problem = imageReferenceProblem(container?.image);
    return problem ? [{ index, container: String(container?.name ?? `#${index + 1}`), problem }] : [];
  });
}

export function containerImages(
  definition: Record<string, any> | undefined,
): { container: string; image: string }[] {
  const containers: any[] = Array.isArray(definition?.containerDefinitions)
    ? definition.containerDefinitions
    : [];
  return containers.map((c) => ({ container: String(c?.name ?? ''), image: String(c?.image ?? '') }));
}

// ---------------------------------------------------------------- tags

/** ECS tag rules (the same for every resource): see "Tagging your Amazon ECS resources". */
export const MAX_TAGS = 50;
const TAG_CHARACTERS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export function tagProblem(tag: Tag): string | undefined {
  if (tag.key.length < 1 || tag.key.length > 128)
    return `tag key '${tag.key}' must be 1 to 128 characters long`;
  if (tag.value.length > 256) return `the value of tag '${tag.key}' is longer than 256 characters`;
  if (/^aws:/i.test(tag.key)) return `tag key '${tag.key}' uses the prefix aws:, which AWS reserves`;
  if (!TAG_CHARACTERS.test(tag.key))
    return `tag key '${tag.key}' may only contain letters, digits, spaces and _ . : / = + - @`;
  if (!TAG_CHARACTERS.test(tag.value)) {
    return `the value of tag '${tag.key}' may only contain letters, digits, spaces and _ . : / = + - @`;
  }
  return undefined;
}

export interface Provenance {
  /** The commit the run built. */
  sha: string;
  /** The run's URL. */
  runUrl: string;
}

/**
 * The tags of a registered revision: the file's own tags (describe-task-definition output carries
 * the previous revision's), then the run's provenance (commit, run URL) replacing any stale copy,
 * then the user's `tags`, which win over both. A key appears once, in first-seen order.
 */
export function revisionTags(parts: { fileTags?: Tag[]; provenance?: Provenance; userTags?: Tag[] }): Tag[] {
  const merged = new Map<string, string>();
  for (const tag of parts.fileTags ?? []) merged.set(tag.key, tag.value);
  if (parts.provenance?.sha) merged.set(PROVENANCE_TAG.commit, parts.provenance.sha);
  if (parts.provenance?.runUrl) merged.set(PROVENANCE_TAG.run, parts.provenance.runUrl);
  for (const tag of parts.userTags ?? []) merged.set(tag.key, tag.value);
  return [...merged].map(([key, value]) => ({ key, value }));
}

// ---------------------------------------------------------------- what to deploy

/** The family's latest ACTIVE revision, when it has one. */
export interface RegisteredRevision {
  arn: string;
  definition: Record<string, any>;
}

export type TaskDefinitionChoice =
  | { action: 'register'; request: RegisterTaskDefinitionCommandInput; reason: string }
  | { action: 'reuse'; arn: string; reason: string }
  | { action: 'given'; arn: string; reason: string };

/**
 * Register the file, or deploy the family's latest ACTIVE revision when it is the same (so a
 * re-run does not pile up identical revisions), or deploy the ARN the user gave.
 */
export function chooseTaskDefinition(input: {
  definition?: Record<string, any>;
  givenArn?: string;
  latest?: RegisteredRevision;
  /** The family's latest revision could not be read (no ecs:DescribeTaskDefinition). */
  latestUnreadable?: boolean;
  skipUnchanged: boolean;
  tags: Tag[];
  /** `keep-null-value-keys`: empty values kept in the registered definition. */
  keepNullValueKeys?: string[];
}): TaskDefinitionChoice {
  if (input.givenArn)
    return { action: 'given', arn: input.givenArn, reason: 'task-definition-arn given: nothing to register' };
  if (!input.definition) throw new Error('chooseTaskDefinition needs a definition or an ARN');
  if (input.latest && input.skipUnchanged && sameTaskDefinition(input.definition, input.latest.definition)) {
    return {
      action: 'reuse',
      arn: input.latest.arn,
      reason: `unchanged: equal to the family's latest ACTIVE revision ${revisionName(input.latest.arn)}`,
    };
  }
  const reason = input.latestUnreadable
    ? "the family's latest revision could not be read (ecs:DescribeTaskDefinition is not allowed)"
    : !input.latest
      ? `family '${input.definition.family}' has no ACTIVE revision yet`
      : input.skipUnchanged
        ? `differs from the latest ACTIVE revision ${revisionName(input.latest.arn)}`
        : 'skip-unchanged is false';
  return {
    action: 'register',
    request: registerRequest(input.definition, input.tags, input.keepNullValueKeys),
    reason,
  };
}

/** RegisterTaskDefinition's parameters: the cleaned definition, with the tags when there are any. */
export function registerRequest(
  definition: Record<string, any>,
  tags: Tag[],
  keepNullValueKeys: string[] = [],
): RegisterTaskDefinitionCommandInput {
  const { definition: cleaned } = cleanForRegister(definition, new Set(keepNullValueKeys));
  delete cleaned.tags;
  const request = { ...cleaned } as RegisterTaskDefinitionCommandInput;
  if (tags.length > 0) request.tags = tags.map((tag) => ({ key: tag.key, value: tag.value }));
  return request;
}

/**
 * UpdateService's parameters, as amazon-ecs-deploy-task-definition sends them: forceNewDeployment
 * always, the optional settings only when given (so an unset input never changes the service).
 * The deploymentConfiguration is the service's own (`current`) with the strategy inputs merged
 * in, sent only when that changes it.
 */
export function updateServiceRequest(
  request: ServiceRequest,
  taskDefinitionArn: string,
  current?: DeploymentConfiguration,
): UpdateServiceCommandInput {
  const params: UpdateServiceCommandInput = {
    cluster: request.cluster,
    service: request.service,
    taskDefinition: taskDefinitionArn,
    forceNewDeployment: request.forceNewDeployment,
  };
  if (request.desiredCount !== undefined) params.desiredCount = request.desiredCount;
  if (request.enableEcsManagedTags !== undefined) params.enableECSManagedTags = request.enableEcsManagedTags;
  if (request.propagateTags !== undefined) params.propagateTags = request.propagateTags;
  if (request.volumeConfigurations !== undefined) params.volumeConfigurations = request.volumeConfigurations;
  const deploymentConfiguration = changedDeploymentConfiguration(current, request);
  if (deploymentConfiguration) params.deploymentConfiguration = deploymentConfiguration;
  return params;
}

/** The merged deploymentConfiguration when the strategy inputs change the service's; else undefined. */
function changedDeploymentConfiguration(
  current: DeploymentConfiguration | undefined,
  request: ServiceRequest,
): DeploymentConfiguration | undefined {
  if (!request.strategy) return undefined;
  const merged = mergeDeploymentConfiguration(current, request.strategy);
  return strategyChanges(current, merged).length ? merged : undefined;
}

/**
 * What UpdateService would change, one line each; empty when it would change nothing. An empty
 * list means the call is skipped: re-running a deploy of what already runs changes nothing.
 */
export function serviceChanges(
  current: ServiceState,
  request: ServiceRequest,
  taskDefinitionArn: string,
): string[] {
  const changes: string[] = [];
  if (current.taskDefinition !== taskDefinitionArn) {
    changes.push(
      `task definition: ${revisionName(current.taskDefinition)} → ${revisionName(taskDefinitionArn)}`,
    );
  }
  if (request.forceNewDeployment) changes.push('force a new deployment (replace every task)');
  if (request.desiredCount !== undefined && request.desiredCount !== current.desiredCount) {
    changes.push(`desired count: ${current.desiredCount} → ${request.desiredCount}`);
  }
  if (
    request.enableEcsManagedTags !== undefined &&
    request.enableEcsManagedTags !== (current.enableECSManagedTags ?? false)
  ) {
    changes.push(
      `ECS managed tags: ${current.enableECSManagedTags ? 'on' : 'off'} → ${request.enableEcsManagedTags ? 'on' : 'off'}`,
    );
  }
  if (request.propagateTags !== undefined && request.propagateTags !== (current.propagateTags ?? 'NONE')) {
    changes.push(`propagate tags: ${current.propagateTags ?? 'NONE'} → ${request.propagateTags}`);
  }
  if (request.strategy)
    changes.push(
      ...strategyChanges(
        current.deploymentConfiguration,
        mergeDeploymentConfiguration(current.deploymentConfiguration, request.strategy),
      ),
    );
  // DescribeServices shows a deployment's volume configuration, not the service's: always sent.
  for (const volume of request.volumeConfigurations ?? [])
    changes.push(`service-managed EBS volume '${volume.name}': ${JSON.stringify(volume.managedEBSVolume)}`);
  return changes;
}

/** The PRIMARY deployment's ID in a DescribeServices/UpdateService answer. */
export function primaryDeploymentId(
  deployments: { id?: string; status?: string }[] | undefined,
): string | undefined {
  return deployments?.find((deployment) => deployment.status === 'PRIMARY')?.id;
}

/**
 * After an UpdateService whose answer was lost (or refused, for all we know): the deployment that
 * call started, if it did. UpdateService has no idempotency token and, with forceNewDeployment,
 * every call that gets through starts another rollout; so before trying again the service is read,
 * and a deployment that was not there before the call and runs our revision is the lost call's.
 * Undefined: the call changed nothing that shows, and trying again is safe.
 */
export function lostUpdateDeployment(
  before: string[],
  deployments: { id: string; status: string; taskDefinition: string }[],
  taskDefinitionArn: string,
): string | undefined {
  const started = deployments.filter(
    (deployment) =>
      deployment.id && !before.includes(deployment.id) && deployment.taskDefinition === taskDefinitionArn,
  );
  return (started.find((deployment) => deployment.status === 'PRIMARY') ?? started[0])?.id;
}

// ---------------------------------------------------------------- a step stopped after a change

/** What a deploy has changed so far, for the error of a step that stops after a change. */
export interface ChangesMade {
  /** The service the step deploys to; undefined when it only registers. */
  service?: string;
  /** The revision this step registered. */
  registeredArn?: string;
  /** The deployment this step's UpdateService started. */
  deploymentId?: string;
  /** The one-off tasks this step started (run-task), by task ID. */
  oneOffTasks?: string[];
}

/**
 * The one error of a step cancelled before its wait (`why` is the signal's reason, "Cancelled
 * (SIGTERM)"): what it had done, and what it did not do, so a person knows what to clean up.
 */
export function cancellationMessage(why: string, made: ChangesMade): string {
  const registering = made.registeredArn ? `registering ${revisionName(made.registeredArn)}` : '';
  const running = made.oneOffTasks?.length
    ? `starting one-off task ${made.oneOffTasks.join(', ')} (ECS carries on with it)`
    : '';
  const registered = [registering, running].filter(Boolean).join(' and ');
  if (made.deploymentId)
    return `${why} after ${registered ? `${registered} and ` : ''}updating service ${made.service} (deployment ${made.deploymentId}); not waiting for it. ECS carries on with the deployment`;
  const notUpdated = made.service ? `service ${made.service} was not updated` : '';
  if (registered) return `${why} after ${registered}${notUpdated ? `; ${notUpdated}` : ''}`;
  return `${why} before any change: nothing was registered${notUpdated ? ` and ${notUpdated}` : ''}`;
}

/** The start of the error of a step that failed after a change ("Registered web:2"); undefined before any. */
export function changedSoFar(made: ChangesMade): string | undefined {
  const started = made.deploymentId
    ? `deployment ${made.deploymentId} of service ${made.service}`
    : undefined;
  const ran = made.oneOffTasks?.length ? `one-off task ${made.oneOffTasks.join(', ')}` : undefined;
  const startedAll = [ran, started].filter(Boolean).join(' and ') || undefined;
  if (made.registeredArn)
    return `Registered ${revisionName(made.registeredArn)}${startedAll ? ` and started ${startedAll}` : ''}`;
  return startedAll ? `Started ${startedAll}` : undefined;
}
