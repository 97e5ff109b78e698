/**
 * RunTask: standalone tasks, validated as ECS validates them, started through the same task life
 * cycle as a service's (ecs-sim.ts). Facts and messages from the ECS API reference (RunTask,
 * AwsVpcConfiguration, CapacityProviderStrategyItem, ContainerOverride, "Ensuring idempotency")
 * and the SDK model (@aws-sdk/client-ecs 3.1164: RunTask's errors include ConflictException).
 * The emulator has no container instances and no capacity providers of its own: FARGATE and
 * FARGATE_SPOT are the cluster's, EC2 finds no instance.
 */
import { startStandaloneTask } from './ecs-sim.js';
import { validateTags } from './ecs-taskdef.js';
import type { ClusterRecord, RegionState, TaskDefinitionRecord, TaskRecord } from './types.js';
import { AwsError } from './util.js';
import type { World } from './world.js';

type Params = Record<string, any>;

export const LAUNCH_TYPES = ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'] as const;
const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];
const CONTAINER_OVERRIDE_KEYS = [
  'name',
  'command',
  'environment',
  'environmentFiles',
  'cpu',
  'memory',
  'memoryReservation',
  'resourceRequirements',
];
/** "Up to 128 letters (uppercase and lowercase), numbers, hyphens (-), forward slash (/), and underscores (_)". */
const STARTED_BY = /^[A-Za-z0-9_/-]{1,128}$/;
/** "Up to 64 characters ... in the range of 33-126, inclusive" (RunTaskRequest.clientToken). */
const CLIENT_TOKEN = /^[\x21-\x7e]{1,64}$/;
/** A RunTask client token is remembered for 24 hours ("Ensuring idempotency"). */
const TOKEN_TTL_SECONDS = 24 * 3600;
const invalid = (message: string) => new AwsError('InvalidParameterException', message);

export interface RunTaskOutcome {
  tasks: TaskRecord[];
  failures: { arn?: string; reason: string }[];
}

/** Validates a RunTask request (everything before anything starts) and starts its tasks. */
export function runTask(
  world: World,
  region: RegionState,
  cluster: ClusterRecord,
  td: TaskDefinitionRecord,
  params: Params,
): RunTaskOutcome {
  const token = params.clientToken;
  if (token !== undefined && (typeof token !== 'string' || !CLIENT_TOKEN.test(token)))
    throw invalid('clientToken must be 1 to 64 ASCII characters from 33 to 126.');
  const count = params.count ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > 10) throw invalid('count must be between 1 and 10.');
  if (params.launchType !== undefined && params.capacityProviderStrategy !== undefined)
    throw invalid(
      'Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
    );
  if (params.launchType !== undefined && !LAUNCH_TYPES.includes(params.launchType))
    throw invalid(`launchType must be one of ${LAUNCH_TYPES.join(', ')}.`);
  const strategy = validateStrategy(params.capacityProviderStrategy);
  const startedBy = params.startedBy;
  if (startedBy !== undefined && (typeof startedBy !== 'string' || !STARTED_BY.test(startedBy)))
    throw invalid(
      'startedBy may contain up to 128 letters (uppercase and lowercase), numbers, hyphens, forward slashes and underscores.',
    );
  const overrides = validateOverrides(params.overrides, td);
  const tags = validateTags(params.tags);
  validateVolumes(params.volumeConfigurations, td);

  // Without a launch type or strategy, the cluster's default strategy; the emulator's clusters
  // have none, and ECS then uses the EC2 launch type.
  const launchType = strategy ? 'FARGATE' : (params.launchType ?? 'EC2');
  if (
    launchType === 'FARGATE' &&
    !(td.body.requiresCompatibilities ?? []).includes('FARGATE') &&
    td.body.networkMode !== 'awsvpc'
  )
    throw invalid('Task definition does not support launch_type FARGATE.');
  const subnetId = validateNetwork(region, td, params.networkConfiguration);

  // The same token in the same cluster: the first call's tasks when the parameters are the
  // same, ConflictException when they differ.
  const request = JSON.stringify({ ...params, clientToken: undefined });
  const tokens = (region.runTaskTokens ??= {});
  const key = token === undefined ? undefined : `${cluster.name}/${token}`;
  const seen = key ? tokens[key] : undefined;
  if (seen && world.now - seen.at < world.dur(TOKEN_TTL_SECONDS)) {
    if (seen.request !== request)
      throw new AwsError(
        'ConflictException',
        'The specified client token has already been used in a RunTask request with different parameters.',
      );
    return { tasks: seen.taskArns.map((arn) => region.tasks[arn]).filter(Boolean), failures: [] };
  }

  if (launchType !== 'FARGATE') {
    // No container instance is registered in an emulated cluster.
    return {
      tasks: [],
      failures: [{ reason: 'No Container Instances were found in your cluster.' }],
    };
  }
  const family = td.family;
  const tasks: TaskRecord[] = [];
  for (let i = 0; i < count; i++) {
    tasks.push(
      startStandaloneTask(world, region, {
        clusterName: cluster.name,
        taskDefinitionArn: td.arn,
        launchType: 'FARGATE',
        platformVersion: params.platformVersion ?? 'LATEST',
        standalone: {
          startedBy,
          group: params.group ?? `family:${family}`,
          containerOverrides: overrides,
          capacityProviderName: strategy ? pickProvider(strategy) : undefined,
          tags,
          subnetId,
        },
      }),
    );
  }
  if (key) tokens[key] = { request, taskArns: tasks.map((t) => t.arn), at: world.now };
  return { tasks, failures: [] };
}

function validateStrategy(
  value: unknown,
): { capacityProvider: string; weight?: number; base?: number }[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0)
    throw invalid('capacityProviderStrategy must not be empty.');
  for (const item of value) {
    if (!item || typeof item.capacityProvider !== 'string' || !item.capacityProvider)
      throw invalid('capacityProvider must be specified.');
    if (
      item.weight !== undefined &&
      !(Number.isInteger(item.weight) && item.weight >= 0 && item.weight <= 1000)
    )
      throw invalid('weight must be between 0 and 1000.');
    if (item.base !== undefined && !(Number.isInteger(item.base) && item.base >= 0 && item.base <= 100000))
      throw invalid('base must be between 0 and 100000.');
    if (!FARGATE_PROVIDERS.includes(item.capacityProvider))
      throw invalid(
        'The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.',
      );
  }
  if (value.filter((item) => (item.base ?? 0) > 0).length > 1)
    throw invalid('Only one capacity provider in a capacity provider strategy can have a base defined.');
  return value;
}

/** The provider a task lands on: the one with a base, else the heaviest. */
function pickProvider(strategy: { capacityProvider: string; weight?: number; base?: number }[]): string {
  const based = strategy.find((item) => (item.base ?? 0) > 0);
  if (based) return based.capacityProvider;
  return [...strategy].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))[0].capacityProvider;
}

function validateOverrides(value: unknown, td: TaskDefinitionRecord): Params[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) throw invalid('overrides must be an object.');
  const list = (value as Params).containerOverrides;
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw invalid('containerOverrides must be a list.');
  const names = (td.body.containerDefinitions as Params[]).map((c) => c.name);
  for (const item of list) {
    for (const key of Object.keys(item ?? {}))
      if (!CONTAINER_OVERRIDE_KEYS.includes(key))
        throw invalid(`Unknown parameter in containerOverrides: "${key}".`);
    if (!names.includes(item?.name))
      throw invalid(`Override for container named ${item?.name} is not a container in the TaskDefinition.`);
    if (
      item.command !== undefined &&
      !(Array.isArray(item.command) && item.command.every((c: unknown) => typeof c === 'string'))
    )
      throw invalid('command must be a list of strings.');
  }
  return list;
}

function validateVolumes(value: unknown, td: TaskDefinitionRecord): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw invalid('volumeConfigurations must be a list.');
  for (const item of value) {
    const volume = (td.body.volumes ?? []).find((v: Params) => v.name === item?.name);
    if (!volume?.configuredAtLaunch)
      throw invalid(
        `The volume ${item?.name} in volumeConfigurations is not configured at launch in the task definition.`,
      );
    if (typeof item.managedEBSVolume?.roleArn !== 'string')
      throw invalid('managedEBSVolume.roleArn must be specified.');
  }
}

/** awsvpc needs a network configuration with subnets of the region's VPC; other modes take none. Returns the first subnet. */
function validateNetwork(region: RegionState, td: TaskDefinitionRecord, value: any): string | undefined {
  const awsvpc = td.body.networkMode === 'awsvpc';
  if (!awsvpc) {
    if (value !== undefined)
      throw invalid('Network Configuration is not valid for the given networkMode of this task definition.');
    return undefined;
  }
  if (value === undefined || value?.awsvpcConfiguration === undefined)
    throw invalid("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
  const config = value.awsvpcConfiguration;
  if (!Array.isArray(config.subnets) || config.subnets.length === 0)
    throw invalid('subnets can not be empty.');
  if (config.subnets.length > 16) throw invalid('subnets can have at most 16 items.');
  for (const subnet of config.subnets)
    if (!region.subnets.some((s) => s.id === subnet))
      throw invalid(
        `Error retrieving subnet information for [${subnet}]: The subnet ID '${subnet}' does not exist (ErrorCode: InvalidSubnetID.NotFound)`,
      );
  if (
    config.securityGroups !== undefined &&
    (!Array.isArray(config.securityGroups) || config.securityGroups.length > 5)
  )
    throw invalid('securityGroups can have at most 5 items.');
  if (config.assignPublicIp !== undefined && !['ENABLED', 'DISABLED'].includes(config.assignPublicIp))
    throw invalid('assignPublicIp must be ENABLED or DISABLED.');
  return config.subnets[0];
}
