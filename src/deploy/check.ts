/**
 * A deploy's read-only checks, made before any change so that a failed check changes nothing:
 * the cluster and the service exist and are ACTIVE, the task definition to deploy (a given
 * revision is ACTIVE and its images deployable), the family's latest revision, and what the
 * deploy would change.
 */
import type { ECSClient } from '@aws-sdk/client-ecs';
import { readRevision, readService } from '../ecs/reads.js';
import { revisionName } from '../health/snapshot.js';
import { accessDenial, permissionWarning, warnOnce, type IamDenial } from '../lib/access-denied.js';
import { awsError } from '../lib/aws.js';
import { InputError } from '../lib/errors.js';
import { fetchTaskDefinition } from '../task-definition/load.js';
import { checkDeploymentController, type CodeDeployCheck } from './codedeploy.js';
import type { DeploySettings } from './inputs.js';
import { PROVENANCE_TAG } from './names.js';
import { planRunTask, type RunTaskPlan } from './run-task.js';
import { checkStrategy } from './strategy.js';
import {
  chooseTaskDefinition,
  imageProblems,
  revisionTags,
  type RegisteredRevision,
  type ServiceState,
  type Tag,
  type TaskDefinitionChoice,
} from './plan.js';
import type { DeployIo } from './result.js';

/** What the checks found: enough to plan the deploy and make its changes. */
export interface Checked {
  /** Undefined when no service is given (register only). */
  service?: ServiceState;
  definition: Record<string, any>;
  /** The family's latest ACTIVE revision (a definition to register only). */
  latest?: RegisteredRevision;
  tags: Tag[];
  /**
   * The tags are only the run's provenance (and a previous run's, carried in the file): without
   * ecs:TagResource they are dropped with a warning. Tags the user asked for fail instead.
   */
  onlyProvenanceTags: boolean;
  choice: TaskDefinitionChoice;
  /** The revision the changes are shown against: the one the service runs, else the family's latest. */
  before?: RegisteredRevision;
  /** A CODE_DEPLOY service: its AppSpec and deployment group, checked. */
  codeDeploy?: CodeDeployCheck;
  /** The one-off task to run before the service is updated (run-task). */
  runTask?: RunTaskPlan;
}

/**
 * Read without ecs:DescribeTaskDefinition, a role made for aws-actions cannot read the family's
 * latest revision nor the one the service runs. One warning says what that costs.
 */
const NO_REVISION_READS =
  "The family's latest revision cannot be read, so unchanged detection (skip-unchanged) is off: a new revision is registered, and the changes against the running one are not listed";

export async function checkDeploy(
  settings: DeploySettings,
  io: Pick<DeployIo, 'ecs' | 'provenance' | 'codeDeploy' | 'warn'>,
): Promise<Checked> {
  const ecs = io.ecs;
  const warn = io.warn ?? warnOnce;
  const source = settings.taskDefinition;
  // The service and the task definition are read at once: neither read needs the other's answer,
  // and one round trip instead of two is what brings the step to the time of aws-actions'
  // (issue 18). The cluster is read only when DescribeServices does not find it (describeService).
  // Each read's warnings wait in its own list and each failure in its promise, and both are then
  // taken in the order the reads were once made one after another (service, task definition),
  // so the step prints and fails exactly as it did then.
  const clusterWarnings: string[] = [];
  const definitionWarnings: string[] = [];
  const [serviceRead, definitionRead] = await Promise.allSettled([
    settings.service ? describeService(ecs, settings, (note) => clusterWarnings.push(note)) : undefined,
    readDefinition(ecs, source, (note) => definitionWarnings.push(note)),
  ]);
  for (const note of clusterWarnings) warn(note);
  const service = settled(serviceRead);
  for (const note of service ? checkStrategy(settings.strategy, service, settings.inputNames) : [])
    warn(note);
  for (const note of definitionWarnings) warn(note);
  const { definition, givenArn, latest, latestUnreadable } = settled(definitionRead);
  const fileTags = source.kind === 'definition' ? source.tags : [];
  const tags = revisionTags({
    fileTags,
    provenance: settings.provenanceTags ? io.provenance : undefined,
    userTags: settings.tags,
  });
  const provenanceKeys: string[] = Object.values(PROVENANCE_TAG);
  const onlyProvenanceTags =
    settings.tags.length === 0 && fileTags.every((tag) => provenanceKeys.includes(tag.key));
  const choice = chooseTaskDefinition({
    definition,
    givenArn,
    latest,
    latestUnreadable,
    skipUnchanged: settings.skipUnchanged,
    tags,
    keepNullValueKeys: settings.keepNullValueKeys,
  });
  const before = latestUnreadable
    ? undefined
    : (
        await optionalRead(
          () => comparisonBase(ecs, service, latest),
          (denial) => warn(permissionWarning(denial, NO_REVISION_READS)),
        )
      ).value;
  const codeDeploy = service && (await checkDeploymentController(settings, io, service, definition));
  const runTask = settings.runTask
    ? planRunTask(settings.runTask, {
        cluster: settings.cluster,
        definition,
        service,
        enableEcsManagedTags: settings.enableEcsManagedTags,
      })
    : undefined;
  return { service, definition, latest, tags, onlyProvenanceTags, choice, before, codeDeploy, runTask };
}

/** A read whose permission is optional: its value, or undefined and `onDenied` when it was refused. */
async function optionalRead<T>(
  read: () => Promise<T>,
  onDenied: (denial: IamDenial) => void,
): Promise<{ value?: T; denied: boolean }> {
  try {
    return { value: await read(), denied: false };
  } catch (error) {
    const denial = accessDenial(error);
    if (!denial) throw error;
    onDenied(denial);
    return { denied: true };
  }
}

/** A settled read's value, or its failure thrown. */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/** The task definition to deploy, and for a file the family's latest revision to compare it with. */
interface DefinitionRead {
  definition: Record<string, any>;
  /** The revision given by ARN (task-definition-arn). */
  givenArn?: string;
  latest?: RegisteredRevision;
  /** ecs:DescribeTaskDefinition was refused: nothing can be compared. */
  latestUnreadable: boolean;
}

/**
 * A revision given by ARN, which must be ACTIVE with deployable images; or a file's definition
 * with its family's latest revision, an optional read (without it the file is registered as is,
 * what aws-actions does).
 */
async function readDefinition(
  ecs: ECSClient,
  source: DeploySettings['taskDefinition'],
  warn: (message: string) => void,
): Promise<DefinitionRead> {
  if (source.kind === 'arn') {
    const fetched = await fetchTaskDefinition(ecs, { arn: source.arn, input: source.input });
    if (fetched.definition.status && fetched.definition.status !== 'ACTIVE') {
      throw new InputError(
        source.input,
        `${revisionName(fetched.arn)} is ${fetched.definition.status}`,
        'Deploy an ACTIVE revision; ECS starts no new tasks from a deregistered one',
      );
    }
    const [bad] = imageProblems(fetched.definition);
    if (bad)
      throw new InputError(
        source.input,
        `${revisionName(fetched.arn)}: container '${bad.container}': image ${bad.problem}`,
      );
    return { definition: fetched.definition, givenArn: fetched.arn, latestUnreadable: false };
  }
  const definition = source.definition;
  const read = await optionalRead(
    () => readRevision(ecs, { family: definition.family }, 'task-definition'),
    (denial) => warn(permissionWarning(denial, NO_REVISION_READS)),
  );
  return { definition, latest: read.value, latestUnreadable: read.denied };
}

/**
 * Why DescribeServices did not find the cluster (ClusterNotFoundException, which ECS answers for a
 * missing and for an INACTIVE cluster alike): the cluster's own state, for the error. Read only
 * then: a deploy to an ACTIVE cluster needs no call for it. Optional (ecs:DescribeClusters is not
 * in a role made for aws-actions): without it the error says the cluster does not exist.
 */
async function explainMissingCluster(
  ecs: ECSClient,
  settings: DeploySettings,
  warn: (message: string) => void,
): Promise<void> {
  const { DescribeClustersCommand } = await import('@aws-sdk/client-ecs');
  let response;
  try {
    response = await ecs.send(new DescribeClustersCommand({ clusters: [settings.cluster] }));
  } catch (error) {
    const denial = accessDenial(error);
    if (denial) {
      warn(permissionWarning(denial, `The cluster's state cannot be read to say why it was not found`));
      return;
    }
    throw awsError(error, `describing cluster ${settings.cluster}`);
  }
  const cluster = response.clusters?.[0];
  if (!cluster || cluster.status !== 'ACTIVE') {
    const state = cluster
      ? `is ${cluster.status}`
      : `does not exist (${response.failures?.[0]?.reason ?? 'MISSING'})`;
    throw new InputError(
      settings.inputNames.cluster,
      `cluster '${settings.cluster}' ${state} in ${settings.region}`,
      'Check the cluster name and aws-region',
    );
  }
}

/** The service to deploy to, which must exist and be ACTIVE; read again after a lost UpdateService. */
export async function describeService(
  ecs: ECSClient,
  settings: DeploySettings,
  warn: (message: string) => void = warnOnce,
): Promise<ServiceState> {
  let read;
  const where = `in cluster '${settings.cluster}' (${settings.region})`;
  try {
    read = await readService(ecs, settings);
  } catch (error) {
    if ((error as Error).name === 'ClusterNotFoundException') {
      await explainMissingCluster(ecs, settings, warn);
      // Without ecs:DescribeClusters, or when it answers ACTIVE after all (eventual consistency):
      // the input is named all the same.
      throw new InputError(
        settings.inputNames.cluster,
        `cluster '${settings.cluster}' does not exist in ${settings.region}`,
        'Check the cluster name and aws-region',
      );
    }
    throw awsError(error, `describing service ${settings.service}`);
  }
  const found = read.found;
  if (!found) {
    throw new InputError(
      settings.inputNames.service,
      `service '${settings.service}' was not found ${where} (${read.missing})`,
      'Check the service and cluster names; leave service empty to register the task definition only',
    );
  }
  if (found.status !== 'ACTIVE') {
    throw new InputError(
      settings.inputNames.service,
      `service '${settings.service}' is ${found.status} ${where}`,
      'Only an ACTIVE service can be updated; create it again or deploy to another one',
    );
  }
  return {
    arn: found.serviceArn ?? '',
    name: found.serviceName ?? settings.service,
    status: found.status,
    taskDefinition: found.taskDefinition ?? '',
    desiredCount: found.desiredCount ?? 0,
    enableECSManagedTags: found.enableECSManagedTags,
    propagateTags: found.propagateTags,
    deploymentController: found.deploymentController?.type ?? 'ECS',
    deployments: (found.deployments ?? []).map((d) => ({
      id: d.id ?? '',
      status: d.status ?? '',
      taskDefinition: d.taskDefinition ?? '',
      rolloutState: d.rolloutState,
    })),
    launchType: found.launchType,
    capacityProviderStrategy: found.capacityProviderStrategy?.map((item) => ({
      capacityProvider: item.capacityProvider ?? '',
      weight: item.weight,
      base: item.base,
    })),
    awsvpcConfiguration: found.networkConfiguration?.awsvpcConfiguration,
    deploymentConfiguration: found.deploymentConfiguration,
    loadBalancers: found.loadBalancers,
  };
}

/** The revision to show the changes against: the one the service runs, else the family's latest. */
async function comparisonBase(
  ecs: ECSClient,
  service: ServiceState | undefined,
  latest: RegisteredRevision | undefined,
): Promise<RegisteredRevision | undefined> {
  if (!service?.taskDefinition) return latest;
  if (latest && latest.arn === service.taskDefinition) return latest;
  return readRevision(ecs, { arn: service.taskDefinition }, 'service');
}
