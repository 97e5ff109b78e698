/**
 * ecs-deploy's one-off task inputs (`run-task`, `run-task-*`, `wait-for-task-stopped`), read and
 * checked without any AWS call, with the meaning and defaults of
 * aws-actions/amazon-ecs-deploy-task-definition v2.6.3 (index.js, runTask()). What needs the
 * task definition or the service (container names, networking defaults) is checked in
 * run-task.ts, still before any change.
 */
import { InputError } from '../lib/errors.js';
import { isRoleArn } from '../lib/identifiers.js';
import type { Inputs } from '../lib/inputs.js';
import { MAX_TAGS, tagProblem, type Tag } from './plan.js';
import { RUN_TASK_INPUT } from './names.js';

type Names = Record<keyof typeof RUN_TASK_INPUT, string>;

/** What the user asked of the one-off task; undefined fields are defaulted in run-task.ts. */
export interface RunTaskSettings {
  containerOverrides: Record<string, any>[];
  subnets: string[];
  securityGroups: string[];
  assignPublicIp?: 'ENABLED' | 'DISABLED';
  capacityProviderStrategy?: CapacityProviderItem[];
  launchType?: LaunchType;
  startedBy: string;
  tags: Tag[];
  /** `run-task-managed-ebs-volume-name` with its configuration, for RunTask's volumeConfigurations. */
  ebsVolume?: { name: string; managedEBSVolume: Record<string, any> & { roleArn: string } };
  /** Warnings to print (the reference's own, e.g. a volume name without a configuration). */
  warnings: string[];
  waitForStop: boolean;
  /** The names the user knows the inputs by, for errors found later. */
  names: Names;
}

export interface CapacityProviderItem {
  capacityProvider: string;
  weight?: number;
  base?: number;
}

/** RunTask's launchType values (the SDK's LaunchType enum, @aws-sdk/client-ecs 3.1164). */
const LAUNCH_TYPES = ['FARGATE', 'EC2', 'EXTERNAL', 'MANAGED_INSTANCES'] as const;
type LaunchType = (typeof LAUNCH_TYPES)[number];

/** ContainerOverride's members (SDK model); the SDK drops unknown ones silently, so they are refused here. */
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
/** TaskManagedEBSVolumeConfiguration's members (SDK model); roleArn is required. */
const EBS_VOLUME_KEYS = [
  'encrypted',
  'kmsKeyId',
  'volumeType',
  'sizeInGiB',
  'snapshotId',
  'volumeInitializationRate',
  'iops',
  'throughput',
  'tagSpecifications',
  'roleArn',
  'terminationPolicy',
  'filesystemType',
];
/**
 * RunTask's startedBy: "Up to 128 letters (uppercase and lowercase), numbers, hyphens (-),
 * forward slash (/), and underscores (_) are allowed" (ECS API reference, RunTask).
 */
const STARTED_BY = /^[A-Za-z0-9_/-]{1,128}$/;
/** A capacity provider item's limits (ECS API reference, CapacityProviderStrategyItem). */
const MAX_WEIGHT = 1000;
const MAX_BASE = 100_000;
const SUBNET = /^subnet-[0-9a-f]{8,17}$/;
const SECURITY_GROUP = /^sg-[0-9a-z]{8,17}$/;

/** The one-off task settings, or undefined when `run-task` is off (the other inputs are then ignored, as by the reference). */
export function parseRunTaskInputs(inputs: Inputs): RunTaskSettings | undefined {
  const names = Object.fromEntries(
    Object.entries(RUN_TASK_INPUT).map(([key, name]) => [key, inputs.nameOf(name)]),
  ) as Names;
  // Every input is read, so that the check of action.yml against the code sees them all.
  const run = inputs.boolean(RUN_TASK_INPUT.runTask, false);
  const waitForStop = inputs.boolean(RUN_TASK_INPUT.waitForTaskStopped, false);
  const rawOverrides = inputs.raw(RUN_TASK_INPUT.runTaskContainerOverrides);
  const subnets = inputs.commaList(RUN_TASK_INPUT.runTaskSubnets, {
    valid: (item) => SUBNET.test(item),
    is: 'a subnet ID',
    hint: 'Give subnet IDs such as subnet-0a1b2c3d, separated by commas',
  });
  const securityGroups = inputs.commaList(RUN_TASK_INPUT.runTaskSecurityGroups, {
    valid: (item) => SECURITY_GROUP.test(item),
    is: 'a security group ID',
    hint: 'Give security group IDs such as sg-0a1b2c3d, separated by commas',
  });
  const publicIp = inputs.raw(RUN_TASK_INPUT.runTaskAssignPublicIp);
  const rawStrategy = inputs.raw(RUN_TASK_INPUT.runTaskCapacityProviderStrategy);
  const launchType = inputs.raw(RUN_TASK_INPUT.runTaskLaunchType);
  const startedBy = inputs.string(RUN_TASK_INPUT.runTaskStartedBy, { default: 'GitHub-Actions' });
  const rawTags = inputs.raw(RUN_TASK_INPUT.runTaskTags);
  const volumeName = inputs.string(RUN_TASK_INPUT.runTaskManagedEbsVolumeName);
  const rawVolume = inputs.raw(RUN_TASK_INPUT.runTaskManagedEbsVolume);
  if (!run) {
    if (waitForStop)
      throw new InputError(
        names.waitForTaskStopped,
        `is true but ${names.runTask} is not`,
        `Set ${names.runTask}: true to run the one-off task it waits for`,
      );
    return undefined;
  }

  const warnings: string[] = [];
  if (!STARTED_BY.test(startedBy))
    throw new InputError(
      names.runTaskStartedBy,
      `'${startedBy}' is not a valid startedBy`,
      'Use up to 128 letters, digits, -, / and _',
    );
  const strategy = rawStrategy
    ? parseStrategy(names.runTaskCapacityProviderStrategy, rawStrategy)
    : undefined;
  let chosenLaunchType: LaunchType | undefined;
  if (launchType) {
    chosenLaunchType = LAUNCH_TYPES.find((type) => type === launchType.toUpperCase());
    if (!chosenLaunchType)
      throw new InputError(
        names.runTaskLaunchType,
        `'${launchType}' is not a launch type`,
        `Use one of: ${LAUNCH_TYPES.join(', ')}`,
      );
  }
  // RunTask refuses both (InvalidParameterException); the reference drops the launch type
  // silently instead. Giving both is a mistake worth saying before anything changes.
  if (strategy && chosenLaunchType)
    throw new InputError(
      names.runTaskLaunchType,
      `both ${names.runTaskLaunchType} and ${names.runTaskCapacityProviderStrategy} are set`,
      'ECS takes one or the other: remove one',
    );
  let assignPublicIp: RunTaskSettings['assignPublicIp'];
  if (publicIp) {
    const upper = publicIp.toUpperCase();
    if (upper !== 'ENABLED' && upper !== 'DISABLED')
      throw new InputError(
        names.runTaskAssignPublicIp,
        `'${publicIp}' is not ENABLED or DISABLED`,
        'Use ENABLED or DISABLED',
      );
    assignPublicIp = upper;
  }
  if (rawVolume && !volumeName)
    throw new InputError(
      names.runTaskManagedEbsVolume,
      `is set but ${names.runTaskManagedEbsVolumeName} is not`,
      `Name the task definition's configuredAtLaunch volume in ${names.runTaskManagedEbsVolumeName}`,
    );
  if (volumeName && !rawVolume)
    warnings.push(
      `${names.runTaskManagedEbsVolumeName} is set without ${names.runTaskManagedEbsVolume}: the one-off task gets no volume configuration`,
    );
  return {
    containerOverrides: rawOverrides ? parseOverrides(names.runTaskContainerOverrides, rawOverrides) : [],
    subnets,
    securityGroups,
    assignPublicIp,
    capacityProviderStrategy: strategy,
    launchType: chosenLaunchType,
    startedBy,
    tags: rawTags ? parseTags(inputs, names.runTaskTags, rawTags) : [],
    ebsVolume:
      volumeName && rawVolume
        ? { name: volumeName, managedEBSVolume: parseEbsVolume(names.runTaskManagedEbsVolume, rawVolume) }
        : undefined,
    warnings,
    waitForStop,
    names,
  };
}

function parseJson(input: string, text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(input, `is not valid JSON (${(error as Error).message})`, `Give ${what}`);
  }
}

/** Unknown members are refused: the SDK would drop them without a word. */
function checkKeys(input: string, where: string, value: Record<string, unknown>, known: string[]): void {
  const unknown = Object.keys(value).find((key) => !known.includes(key));
  if (unknown !== undefined)
    throw new InputError(input, `${where}: unknown field '${unknown}'`, `Use only ${known.join(', ')}`);
}

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseOverrides(input: string, text: string): Record<string, any>[] {
  const what = 'a JSON array of container overrides, e.g. [{"name":"app","command":["npm","run","migrate"]}]';
  const value = parseJson(input, text, what);
  if (!Array.isArray(value)) throw new InputError(input, 'is not a JSON array', `Give ${what}`);
  return value.map((item, index) => {
    const where = `item ${index + 1}`;
    if (!isObject(item)) throw new InputError(input, `${where} is not an object`, `Give ${what}`);
    checkKeys(input, where, item, CONTAINER_OVERRIDE_KEYS);
    if (typeof item.name !== 'string' || !item.name)
      throw new InputError(
        input,
        `${where} has no container name`,
        'Give each override the "name" of a container',
      );
    if (
      item.command !== undefined &&
      !(Array.isArray(item.command) && item.command.every((c: unknown) => typeof c === 'string'))
    )
      throw new InputError(
        input,
        `${where}: command must be an array of strings`,
        'e.g. "command": ["npm", "run", "migrate"]',
      );
    if (
      item.environment !== undefined &&
      !(
        Array.isArray(item.environment) &&
        item.environment.every((e: any) => isObject(e) && typeof e.name === 'string')
      )
    )
      throw new InputError(
        input,
        `${where}: environment must be an array of {"name", "value"}`,
        'e.g. "environment": [{"name": "MODE", "value": "migrate"}]',
      );
    for (const key of ['cpu', 'memory', 'memoryReservation'])
      if (item[key] !== undefined && !(Number.isInteger(item[key]) && item[key] >= 0))
        throw new InputError(
          input,
          `${where}: ${key} must be a whole number`,
          'Give the number without quotes',
        );
    return item;
  });
}

function parseStrategy(input: string, text: string): CapacityProviderItem[] {
  const what = 'a JSON array such as [{"capacityProvider":"FARGATE_SPOT","weight":1}]';
  const value = parseJson(input, text, what);
  if (!Array.isArray(value) || value.length === 0)
    throw new InputError(input, 'is not a non-empty JSON array', `Give ${what}`);
  const items = value.map((item, index) => {
    const where = `item ${index + 1}`;
    if (!isObject(item)) throw new InputError(input, `${where} is not an object`, `Give ${what}`);
    checkKeys(input, where, item, ['capacityProvider', 'weight', 'base']);
    if (typeof item.capacityProvider !== 'string' || !item.capacityProvider)
      throw new InputError(input, `${where} has no capacityProvider`, `Give ${what}`);
    for (const [key, max] of [
      ['weight', MAX_WEIGHT],
      ['base', MAX_BASE],
    ] as const)
      if (item[key] !== undefined && !(Number.isInteger(item[key]) && item[key] >= 0 && item[key] <= max))
        throw new InputError(
          input,
          `${where}: ${key} must be a whole number from 0 to ${max}`,
          `Give ${what}`,
        );
    return item as CapacityProviderItem;
  });
  // "Only one capacity provider in a capacity provider strategy can have a base defined" (ECS API
  // reference, CapacityProviderStrategyItem).
  if (items.filter((item) => (item.base ?? 0) > 0).length > 1)
    throw new InputError(input, 'more than one item has a base', 'Give a base to one capacity provider only');
  return items;
}

/**
 * The reference takes a JSON array of {key, value}; this project's other tag inputs are
 * KEY=VALUE lines. Both are accepted: a value that starts with `[` is JSON.
 */
function parseTags(inputs: Inputs, input: string, text: string): Tag[] {
  let tags: Tag[];
  if (text.startsWith('[')) {
    const what = 'a JSON array such as [{"key":"purpose","value":"migration"}], or KEY=VALUE lines';
    const value = parseJson(input, text, what);
    if (!Array.isArray(value)) throw new InputError(input, 'is not a JSON array', `Give ${what}`);
    tags = value.map((tag, index) => {
      if (!isObject(tag) || typeof tag.key !== 'string')
        throw new InputError(input, `item ${index + 1} has no string "key"`, `Give ${what}`);
      return { key: tag.key, value: tag.value === undefined ? '' : String(tag.value) };
    });
  } else {
    tags = inputs.keyValues(RUN_TASK_INPUT.runTaskTags).map(({ key, value }) => ({ key, value }));
  }
  for (const tag of tags) {
    const problem = tagProblem(tag);
    if (problem) throw new InputError(input, problem);
  }
  if (tags.length > MAX_TAGS)
    throw new InputError(input, `${tags.length} tags given; ECS allows ${MAX_TAGS} per task`, 'Remove some');
  return tags;
}

/** A managed EBS volume configuration (TaskManagedEBSVolumeConfiguration); roleArn is required. */
function parseEbsVolume(input: string, text: string): Record<string, any> & { roleArn: string } {
  const what =
    'a JSON object such as {"roleArn":"arn:aws:iam::123456789012:role/ecsInfrastructureRole","sizeInGiB":20}';
  const value = parseJson(input, text, what);
  if (!isObject(value)) throw new InputError(input, 'is not a JSON object', `Give ${what}`);
  checkKeys(input, 'the volume', value, EBS_VOLUME_KEYS);
  if (typeof value.roleArn !== 'string' || !isRoleArn(value.roleArn))
    throw new InputError(input, 'has no roleArn (the ECS infrastructure role, required)', `Give ${what}`);
  return value as Record<string, any> & { roleArn: string };
}
