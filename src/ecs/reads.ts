/**
 * The ECS reads that more than one concern makes (ecs-deploy's checks, the wait's snapshot, the
 * rollback's target): each request built in one place. They throw the SDK's own errors, so each
 * caller says in its own words what it was doing (and the wait can count and pace its calls).
 * The SDK's commands are imported when first used, so that an action that fails on its inputs
 * never loads them.
 */
import type {
  DescribeServicesCommandOutput,
  ECSClient,
  ListServiceDeploymentsCommandInput,
  ListServiceDeploymentsCommandOutput,
  Service,
} from '@aws-sdk/client-ecs';
import { fetchTaskDefinition, isTaskDefinitionNotFound } from '../task-definition/load.js';

/** What the SDK says of the call itself: the wait counts the attempts a read needed. */
type ResponseMetadata = DescribeServicesCommandOutput['$metadata'];

/** One service as DescribeServices sees it: the service, or ECS's reason for not returning it. */
export interface ServiceRead {
  found?: Service;
  /** The failure ECS reported for the service ('MISSING' when it gave none); '' when found. */
  missing: string;
  /** The wait counts the attempts a read needed, to pace itself. */
  $metadata: ResponseMetadata;
}

/** DescribeServices for one service. */
export async function readService(
  ecs: ECSClient,
  where: { cluster: string; service: string },
  signal?: AbortSignal,
): Promise<ServiceRead> {
  const { DescribeServicesCommand } = await import('@aws-sdk/client-ecs');
  const out = await ecs.send(
    new DescribeServicesCommand({ cluster: where.cluster, services: [where.service] }),
    { abortSignal: signal },
  );
  const found = out.services?.[0];
  return { found, missing: found ? '' : (out.failures?.[0]?.reason ?? 'MISSING'), $metadata: out.$metadata };
}

/** One page of the service deployment history (ListServiceDeployments). */
export async function listServiceDeployments(
  ecs: ECSClient,
  input: ListServiceDeploymentsCommandInput,
  signal?: AbortSignal,
): Promise<ListServiceDeploymentsCommandOutput> {
  const { ListServiceDeploymentsCommand } = await import('@aws-sdk/client-ecs');
  return ecs.send(new ListServiceDeploymentsCommand(input), { abortSignal: signal });
}

/** The task definition a service revision ran (DescribeServiceRevisions), when ECS names one. */
export async function serviceRevisionTaskDefinition(
  ecs: ECSClient,
  serviceRevisionArn: string,
  signal?: AbortSignal,
): Promise<{ taskDefinition?: string; $metadata: ResponseMetadata }> {
  const { DescribeServiceRevisionsCommand } = await import('@aws-sdk/client-ecs');
  const out = await ecs.send(
    new DescribeServiceRevisionsCommand({ serviceRevisionArns: [serviceRevisionArn] }),
    { abortSignal: signal },
  );
  return { taskDefinition: out.serviceRevisions?.[0]?.taskDefinition, $metadata: out.$metadata };
}

/**
 * A registered revision by ARN, or a family's latest ACTIVE one; undefined when there is none
 * (a new family, a revision deleted since). `input` is named in any other error.
 */
export async function readRevision(
  ecs: ECSClient,
  reference: { arn: string } | { family: string },
  input: string,
): Promise<{ arn: string; definition: Record<string, any> } | undefined> {
  try {
    const fetched = await fetchTaskDefinition(ecs, { ...reference, input });
    return { arn: fetched.arn, definition: fetched.definition };
  } catch (error) {
    if (isTaskDefinitionNotFound(error)) return undefined;
    throw error;
  }
}
