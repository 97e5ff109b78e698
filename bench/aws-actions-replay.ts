/**
 * bench/step's baseline: the AWS calls of aws-actions/amazon-ecs-deploy-task-definition v2.6.3
 * (tag v2.6.3, commit c465972, file index.js) for a task definition file and an ECS-controller
 * service, replayed in their order and with their parameters. Written here from reading that file,
 * not copied from it. bench/step.ts bundles this file with ncc (the bundler aws-actions ships its
 * dist/index.js with) and runs the bundle as a fresh `node` process, as the runner runs the action.
 *
 * What it replays (line numbers of index.js at v2.6.3):
 * - 2-5: @actions/core, the CodeDeploy and ECS clients and yaml are loaded at start.
 * - 561-571: an ECS and a CodeDeploy client, each with maxAttempts = max-retries (default 3) and
 *   retryMode 'standard'.
 * - 575-579: the file is read and parsed as YAML; empty values and the fields DescribeTaskDefinition
 *   returns but RegisterTaskDefinition refuses are dropped.
 * - 582, 590: RegisterTaskDefinition with the file's contents; output task-definition-arn.
 * - 605-617: DescribeServices of the service; a failure or a status other than ACTIVE fails.
 * - 620-623: the PRIMARY deployment's ID before the update.
 * - 221-235: UpdateService with cluster, service, the new ARN, forceNewDeployment,
 *   enableECSManagedTags and propagateTags (null when not given), volumeConfigurations [] and no
 *   desiredCount.
 * - 241-244: the region from the client's config, for the console link it prints.
 * - 247-290, with wait-for-service-stability 'true': waitUntilServicesStable with minDelay 15 s and
 *   maxWaitTime wait-for-minutes (default 30) minutes, then one DescribeServices to check that the
 *   new deployment is still there and did not fail.
 * Not replayed: run-task, CodeDeploy deployments, managed EBS volumes, keep-null-value-keys.
 */
import * as core from '@actions/core';
import { CodeDeploy } from '@aws-sdk/client-codedeploy';
import { ECS, waitUntilServicesStable } from '@aws-sdk/client-ecs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The fields the reference drops before registering (the facts, from its index.js lines 12-21). */
const READ_ONLY_FIELDS = [
  'compatibilities',
  'taskDefinitionArn',
  'requiresAttributes',
  'revision',
  'status',
  'registeredAt',
  'deregisteredAt',
  'registeredBy',
];

/** null, '' and empty arrays and objects are left out, at any depth (the reference's cleanNullKeys). */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((item) => !isEmpty(item));
  if (value && typeof value === 'object') {
    const kept: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const cleaned = withoutEmpty(item);
      if (!isEmpty(cleaned)) kept[key] = cleaned;
    }
    return kept;
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

async function replay(): Promise<void> {
  const file = core.getInput('task-definition', { required: true });
  const service = core.getInput('service');
  const cluster = core.getInput('cluster') || 'default';
  const maxAttempts = parseInt(core.getInput('max-retries')) || 3;
  const wait = core.getInput('wait-for-service-stability').toLowerCase() === 'true';
  const waitMinutes = parseInt(core.getInput('wait-for-minutes')) || 30;
  const ecs = new ECS({ customUserAgent: 'bench-replay', maxAttempts, retryMode: 'standard' });
  new CodeDeploy({ customUserAgent: 'bench-replay', maxAttempts, retryMode: 'standard' });

  const where = path.isAbsolute(file) ? file : path.join(process.env.GITHUB_WORKSPACE ?? '', file);
  const definition = withoutEmpty(parse(readFileSync(where, 'utf8'))) as Record<string, any>;
  for (const field of READ_ONLY_FIELDS) delete definition[field];
  const registered = await ecs.registerTaskDefinition(definition as any);
  const arn = registered.taskDefinition!.taskDefinitionArn!;
  core.setOutput('task-definition-arn', arn);
  if (!service) return;

  const described = await ecs.describeServices({ services: [service], cluster });
  const failure = described.failures?.[0];
  if (failure) throw new Error(`${failure.arn} is ${failure.reason}`);
  const found = described.services![0];
  if (found.status !== 'ACTIVE') throw new Error(`Service is ${found.status}`);
  const before = found.deployments?.find((d) => d.status === 'PRIMARY')?.id;

  const updated = await ecs.updateService({
    cluster,
    service,
    taskDefinition: arn,
    forceNewDeployment: false,
    enableECSManagedTags: null as any,
    propagateTags: null as any,
    volumeConfigurations: [],
  });
  const after = updated.service?.deployments?.find((d) => d.status === 'PRIMARY')?.id;
  const region = await ecs.config.region();
  core.info(`Deployment started: ${region}/${cluster}/${service}`);
  if (!wait) return;

  await waitUntilServicesStable(
    { client: ecs, minDelay: 15, maxWaitTime: waitMinutes * 60 },
    { services: [service], cluster },
  );
  if (after && after !== before) {
    const verified = await ecs.describeServices({ services: [service], cluster });
    const deployment = verified.services?.[0]?.deployments?.find((d) => d.id === after);
    if (!deployment) throw new Error(`Deployment ${after} not found after stabilization`);
    if (deployment.rolloutState === 'FAILED') throw new Error(`Deployment ${after} FAILED`);
    core.info(`Deployment ${after} verified`);
  }
}

replay().catch((error: Error) => core.setFailed(error.message));
