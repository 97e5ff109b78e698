/**
 * A deploy's read-only checks, made before any change so that a failed check changes nothing:
 * the cluster and the service exist and are ACTIVE, the task definition to deploy (a given
 * revision is ACTIVE and its images deployable), the family's latest revision, and what the
 * deploy would change.
 */
import type { ECSClient } from '@aws-sdk/client-ecs';
import { readRevision, readService } from '../ecs/reads.js';
import { revisionName } from '../health/snapshot.js';
import { awsError } from '../lib/aws.js';
import { InputError } from '../lib/errors.js';
import { fetchTaskDefinition } from '../task-definition/load.js';
import type { DeploySettings } from './inputs.js';
import {
  chooseTaskDefinition,
  imageProblems,
  revisionTags,
  type Provenance,
  type RegisteredRevision,
  type ServiceState,
  type Tag,
  type TaskDefinitionChoice,
} from './plan.js';

/** What the checks found: enough to plan the deploy and make its changes. */
export interface Checked {
  /** Undefined when no service is given (register only). */
  service?: ServiceState;
  definition: Record<string, any>;
  /** The family's latest ACTIVE revision (a definition to register only). */
  latest?: RegisteredRevision;
  tags: Tag[];
  choice: TaskDefinitionChoice;
  /** The revision the changes are shown against: the one the service runs, else the family's latest. */
  before?: RegisteredRevision;
}

export async function checkDeploy(
  settings: DeploySettings,
  io: { ecs: ECSClient; provenance?: Provenance },
): Promise<Checked> {
  const ecs = io.ecs;
  let service: ServiceState | undefined;
  if (settings.service) {
    await checkCluster(ecs, settings);
    service = await describeService(ecs, settings);
  }
  const source = settings.taskDefinition;
  let definition: Record<string, any>;
  let givenArn: string | undefined;
  let latest: RegisteredRevision | undefined;
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
    givenArn = fetched.arn;
    definition = fetched.definition;
  } else {
    definition = source.definition;
    latest = await readRevision(ecs, { family: definition.family }, 'task-definition');
  }
  const tags = revisionTags({
    fileTags: source.kind === 'definition' ? source.tags : [],
    provenance: settings.provenanceTags ? io.provenance : undefined,
    userTags: settings.tags,
  });
  const choice = chooseTaskDefinition({
    definition,
    givenArn,
    latest,
    skipUnchanged: settings.skipUnchanged,
    tags,
    keepNullValueKeys: settings.keepNullValueKeys,
  });
  const before = await comparisonBase(ecs, service, latest);
  return { service, definition, latest, tags, choice, before };
}

async function checkCluster(ecs: ECSClient, settings: DeploySettings): Promise<void> {
  const { DescribeClustersCommand } = await import('@aws-sdk/client-ecs');
  let response;
  try {
    response = await ecs.send(new DescribeClustersCommand({ clusters: [settings.cluster] }));
  } catch (error) {
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
export async function describeService(ecs: ECSClient, settings: DeploySettings): Promise<ServiceState> {
  let read;
  try {
    read = await readService(ecs, settings);
  } catch (error) {
    throw awsError(error, `describing service ${settings.service}`);
  }
  const found = read.found;
  const where = `in cluster '${settings.cluster}' (${settings.region})`;
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
    deployments: (found.deployments ?? []).map((d) => ({
      id: d.id ?? '',
      status: d.status ?? '',
      taskDefinition: d.taskDefinition ?? '',
      rolloutState: d.rolloutState,
    })),
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
