/** RegisterTaskDefinition as ECS validates and stores it: parameters, containers, Fargate sizes, defaults and read-only fields. */
import type { RegionState, Tag, TaskDefinitionRecord } from './types.js';
import { AwsError, clone } from './util.js';
import type { World } from './world.js';

const REGISTER_PARAMS = [
  'family',
  'containerDefinitions',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'volumes',
  'placementConstraints',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'tags',
  'pidMode',
  'ipcMode',
  'proxyConfiguration',
  'inferenceAccelerators',
  'ephemeralStorage',
  'runtimePlatform',
  'enableFaultInjection',
];

const LOG_DRIVERS = [
  'json-file',
  'syslog',
  'journald',
  'gelf',
  'fluentd',
  'awslogs',
  'splunk',
  'awsfirelens',
];

/** Valid Fargate task sizes: cpu units -> allowed memory (MiB), from, to and step. */
const FARGATE_MEMORY_RANGES = new Map<number, [number, number, number]>([
  [512, [1024, 4096, 1024]],
  [1024, [2048, 8192, 1024]],
  [2048, [4096, 16384, 1024]],
  [4096, [8192, 30720, 1024]],
  [8192, [16384, 61440, 4096]],
  [16384, [32768, 122880, 8192]],
]);

function fargateMemories(cpu: number): number[] {
  if (cpu === 256) return [512, 1024, 2048];
  const range = FARGATE_MEMORY_RANGES.get(cpu);
  if (!range) return [];
  const [from, to, step] = range;
  const out: number[] = [];
  for (let m = from; m <= to; m += step) out.push(m);
  return out;
}

/** "1 vCPU" -> "1024", "0.5 vcpu" -> "512", "2 GB" -> "2048", "512" -> "512" */
function normaliseUnits(value: unknown, kind: 'cpu' | 'memory', field: string): string {
  const s = String(value).trim();
  if (/^\d+$/.test(s)) return s;
  const m = s.match(/^(\d+(?:\.\d+)?)\s*(vcpu|gb)$/i);
  if (m && ((kind === 'cpu' && /vcpu/i.test(m[2])) || (kind === 'memory' && /gb/i.test(m[2])))) {
    return String(Math.round(Number(m[1]) * 1024));
  }
  throw new AwsError('ClientException', `Invalid '${field}' setting for task: ${s}.`);
}

export function validateTags(tags: unknown): Tag[] {
  if (tags === undefined) return [];
  if (!Array.isArray(tags)) throw new AwsError('InvalidParameterException', 'tags must be a list.');
  if (tags.length > 50) throw new AwsError('InvalidParameterException', 'Too many tags (maximum 50).');
  for (const t of tags) {
    if (!t || typeof t.key !== 'string' || t.key.length === 0 || t.key.length > 128)
      throw new AwsError('InvalidParameterException', 'Tag keys must be 1 to 128 characters long.');
    if (t.value !== undefined && (typeof t.value !== 'string' || t.value.length > 256))
      throw new AwsError('InvalidParameterException', 'Tag values must be at most 256 characters long.');
  }
  return tags.map((t: Tag) => ({ key: t.key, value: t.value ?? '' }));
}

/** Validates a RegisterTaskDefinition request as ECS does, and returns the body to store. */
function validateRegistration(input: Record<string, any>): Record<string, any> {
  for (const key of Object.keys(input)) {
    if (!REGISTER_PARAMS.includes(key)) {
      throw new AwsError(
        'ClientException',
        `Unknown parameter in input: "${key}", must be one of: ${REGISTER_PARAMS.join(', ')}`,
      );
    }
  }
  const family = input.family;
  if (typeof family !== 'string' || family.length === 0)
    throw new AwsError('ClientException', 'Family must not be null or empty.');
  if (!/^[a-zA-Z0-9_-]{1,255}$/.test(family))
    throw new AwsError(
      'ClientException',
      'Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.',
    );
  const defs = input.containerDefinitions;
  if (!Array.isArray(defs) || defs.length === 0)
    throw new AwsError('ClientException', 'Container list cannot be empty.');
  const networkMode = input.networkMode ?? 'bridge';
  if (!['bridge', 'host', 'awsvpc', 'none'].includes(networkMode))
    throw new AwsError('ClientException', `Invalid network mode: ${networkMode}.`);
  const compat: string[] = input.requiresCompatibilities ?? [];
  if (
    !Array.isArray(compat) ||
    compat.some((c) => !['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'].includes(c))
  )
    throw new AwsError('ClientException', 'Invalid requiresCompatibilities value.');
  const body: Record<string, any> = clone(input);
  delete body.tags;
  if (body.cpu !== undefined) body.cpu = normaliseUnits(body.cpu, 'cpu', 'cpu');
  if (body.memory !== undefined) body.memory = normaliseUnits(body.memory, 'memory', 'memory');
  const names = new Set<string>();
  let essential = 0;
  for (const c of body.containerDefinitions as Record<string, any>[]) {
    if (!c || typeof c !== 'object') throw new AwsError('ClientException', 'Invalid container definition.');
    if (typeof c.name !== 'string' || c.name.length === 0)
      throw new AwsError('ClientException', 'Container.name should not be null or empty.');
    if (!/^[a-zA-Z0-9_-]{1,255}$/.test(c.name))
      throw new AwsError(
        'ClientException',
        `Container name '${c.name}' is invalid. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.`,
      );
    if (names.has(c.name))
      throw new AwsError(
        'ClientException',
        `Duplicate container name '${c.name}'. Container names must be unique.`,
      );
    names.add(c.name);
    if (typeof c.image !== 'string' || c.image.trim().length === 0)
      throw new AwsError('ClientException', 'Container.image should not be null or empty.');
    if (c.essential === undefined) c.essential = true;
    if (c.essential) essential++;
    if (c.cpu === undefined) c.cpu = 0;
    if (body.memory === undefined && c.memory === undefined && c.memoryReservation === undefined)
      throw new AwsError(
        'ClientException',
        `Invalid setting for container '${c.name}'. At least one of 'memory' or 'memoryReservation' must be specified.`,
      );
    if (c.portMappings !== undefined) {
      if (!Array.isArray(c.portMappings))
        throw new AwsError('ClientException', 'portMappings must be a list.');
      for (const pm of c.portMappings) {
        if (typeof pm.containerPort !== 'number' && !pm.containerPortRange)
          throw new AwsError('ClientException', `Container '${c.name}': portMappings need a containerPort.`);
        if (networkMode === 'awsvpc' && pm.hostPort !== undefined && pm.hostPort !== pm.containerPort)
          throw new AwsError(
            'ClientException',
            'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
          );
        if (networkMode === 'awsvpc' && pm.hostPort === undefined && pm.containerPort !== undefined)
          pm.hostPort = pm.containerPort;
        if (pm.protocol === undefined) pm.protocol = 'tcp';
      }
    } else {
      c.portMappings = [];
    }
    if (c.logConfiguration !== undefined && !LOG_DRIVERS.includes(c.logConfiguration?.logDriver))
      throw new AwsError(
        'ClientException',
        `Log driver ${c.logConfiguration?.logDriver} is not supported. Supported drivers: ${LOG_DRIVERS.join(', ')}.`,
      );
    c.environment ??= [];
    c.mountPoints ??= [];
    c.volumesFrom ??= [];
    c.systemControls ??= [];
  }
  if (essential === 0)
    throw new AwsError('ClientException', 'Task definition must contain at least one essential container.');
  if (compat.includes('FARGATE')) {
    if (networkMode !== 'awsvpc')
      throw new AwsError('ClientException', "Fargate only supports network mode 'awsvpc'.");
    if (body.cpu === undefined)
      throw new AwsError('ClientException', "Fargate requires that 'cpu' be defined at the task level.");
    if (body.memory === undefined)
      throw new AwsError('ClientException', "Fargate requires that 'memory' be defined at the task level.");
    if (!fargateMemories(Number(body.cpu)).includes(Number(body.memory)))
      throw new AwsError(
        'ClientException',
        `No Fargate configuration exists for given values: ${body.cpu} CPU, ${body.memory} memory. See the Amazon ECS documentation for the valid values.`,
      );
  }
  if (input.networkMode === undefined) body.networkMode = networkMode;
  body.volumes ??= [];
  body.placementConstraints ??= [];
  return body;
}

export function registerTaskDefinition(
  world: World,
  region: RegionState,
  input: Record<string, any>,
  at: number,
): TaskDefinitionRecord {
  const body = validateRegistration(input);
  const tags = validateTags(input.tags);
  const family: string = body.family;
  const revisions = (region.taskDefinitions[family] ??= []);
  const revision = revisions.length + 1;
  const record: TaskDefinitionRecord = {
    arn: `arn:aws:ecs:${region.name}:${world.state.accountId}:task-definition/${family}:${revision}`,
    family,
    revision,
    status: 'ACTIVE',
    body,
    tags,
    registeredAt: at,
  };
  revisions.push(record);
  return record;
}

/** Resolves `family`, `family:revision` or a task definition ARN. `family` means the latest ACTIVE revision. */
export function findTaskDefinition(region: RegionState, ref: string): TaskDefinitionRecord | undefined {
  if (typeof ref !== 'string' || ref.length === 0) return undefined;
  let spec = ref;
  const arn = ref.match(/^arn:aws[a-z-]*:ecs:([^:]+):(\d{12}):task-definition\/(.+)$/);
  if (arn) {
    if (arn[1] !== region.name) return undefined;
    spec = arn[3];
  }
  const m = spec.match(/^([a-zA-Z0-9_-]+)(?::(\d+))?$/);
  if (!m) return undefined;
  const revisions = region.taskDefinitions[m[1]];
  if (!revisions) return undefined;
  if (m[2] !== undefined) return revisions[Number(m[2]) - 1];
  if (arn) return undefined; // an ARN must name a revision
  for (let i = revisions.length - 1; i >= 0; i--) if (revisions[i].status === 'ACTIVE') return revisions[i];
  return undefined;
}

const REQUIRES_ATTRIBUTES: Record<string, string> = {
  awslogs: 'com.amazonaws.ecs.capability.logging-driver.awslogs',
};

export function taskDefinitionOutput(world: World, td: TaskDefinitionRecord): Record<string, any> {
  const body = clone(td.body);
  const requiresAttributes: { name: string }[] = [];
  const add = (name: string) => {
    if (!requiresAttributes.some((r) => r.name === name)) requiresAttributes.push({ name });
  };
  for (const c of body.containerDefinitions as any[]) {
    const driver = c.logConfiguration?.logDriver;
    if (driver && REQUIRES_ATTRIBUTES[driver]) {
      add(REQUIRES_ATTRIBUTES[driver]);
      if (body.executionRoleArn) add('ecs.capability.execution-role-awslogs');
    }
    if (c.healthCheck) add('ecs.capability.container-health-check');
  }
  add('com.amazonaws.ecs.capability.docker-remote-api.1.19');
  if (body.taskRoleArn) add('com.amazonaws.ecs.capability.task-iam-role');
  if (body.networkMode === 'awsvpc') add('ecs.capability.task-eni');
  const compatibilities = body.networkMode === 'awsvpc' ? ['EC2', 'FARGATE'] : ['EC2'];
  return {
    taskDefinitionArn: td.arn,
    ...body,
    family: td.family,
    revision: td.revision,
    status: td.status,
    requiresAttributes,
    compatibilities,
    registeredAt: td.registeredAt / 1000,
    registeredBy: `arn:aws:iam::${world.state.accountId}:root`,
    ...(td.deregisteredAt !== undefined ? { deregisteredAt: td.deregisteredAt / 1000 } : {}),
  };
}
