/**
 * The render-task-def inputs, read and checked in full before anything is fetched, so the root
 * action can call parseRenderInputs in its preflight. Names are constants here so action.yml and
 * the code cannot drift apart (a test compares them).
 */
import { InputError } from '../lib/errors.js';
import { parseCommand, parseCpuValue, parseMemoryValue } from './values.js';
import { splitLines, type ActionInputNames, type Inputs } from '../lib/inputs.js';
import { isEcsName, isRoleArn, isS3ObjectArn, parseTaskDefinitionArn } from '../lib/identifiers.js';
import { imageSyntaxProblem } from '../lib/image-reference.js';

export const RENDER_INPUTS = {
  taskDefinition: 'task-definition',
  taskDefinitionArn: 'task-definition-arn',
  taskDefinitionFamily: 'task-definition-family',
  taskDefinitionRevision: 'task-definition-revision',
  containerName: 'container-name',
  image: 'image',
  images: 'images',
  environmentVariables: 'environment-variables',
  environmentVariablesMode: 'environment-variables-mode',
  envFiles: 'env-files',
  secrets: 'secrets',
  logDriver: 'log-configuration-log-driver',
  logOptions: 'log-configuration-options',
  dockerLabels: 'docker-labels',
  command: 'command',
  taskRoleArn: 'task-role-arn',
  executionRoleArn: 'execution-role-arn',
  cpu: 'cpu',
  memory: 'memory',
  awsRegion: 'aws-region',
} as const;

export const RENDER_OUTPUTS = { taskDefinition: 'task-definition' } as const;

/**
 * render-task-def accepts every input and output of aws-actions/amazon-ecs-render-task-definition
 * v1.9.0 (__tests__/fixtures/reference/amazon-ecs-render-task-definition.yml) with its default.
 */
export const RENDER_INPUT_NAMES: ActionInputNames = {
  action: 'render-task-def',
  known: Object.values(RENDER_INPUTS),
  reference: { repository: 'aws-actions/amazon-ecs-render-task-definition', inputs: {}, outputs: {} },
};

/** The drivers aws-actions/amazon-ecs-render-task-definition accepts, in the same spelling. */
export const LOG_DRIVERS = [
  'awslogs',
  'fluentd',
  'gelf',
  'json-file',
  'journald',
  'logentries',
  'splunk',
  'syslog',
  'awsfirelens',
] as const;

export type TaskDefinitionSource =
  | { kind: 'file'; path: string }
  | { kind: 'ecs'; arn?: string; family?: string; revision?: number; region: string };

export interface NamedValue {
  name: string;
  value: string;
}

export interface RenderSettings {
  source: TaskDefinitionSource;
  /** Inputs that were set but are ignored because a file wins over them (reported as a warning). */
  ignoredSources: string[];
  /** Image per container, from container-name + image or from images; `input` is the one to blame for an unknown container. */
  images: { container: string; image: string; input: string }[];
  /** container-name, as given: the containers the per-container settings below apply to. */
  containers: string[];
  /** The name container-name is known by to the user (the root action may rename inputs). */
  containerNameInput: string;
  environment?: NamedValue[];
  environmentMode: 'merge' | 'replace';
  /** S3 object ARNs of environment files; they replace the container's list, as in aws-actions. */
  environmentFiles?: string[];
  /** Secrets by name; valueFrom is a Secrets Manager or SSM Parameter Store ARN (or parameter name). */
  secrets?: { name: string; valueFrom: string }[];
  logDriver?: string;
  logOptions?: Record<string, string>;
  dockerLabels?: Record<string, string>;
  command?: string[];
  taskRoleArn?: string;
  executionRoleArn?: string;
  /** Task-level CPU units as ECS returns them (`256`), from `256` or `0.25 vCPU`. */
  cpu?: string;
  /** Task-level memory in MiB as ECS returns it (`1024`), from `1024` or `1 GB`. */
  memory?: string;
}

/** Whether any per-container setting is given (they need to know which containers to change). */
export function hasContainerSettings(settings: RenderSettings): boolean {
  return [
    settings.environment,
    settings.environmentFiles,
    settings.secrets,
    settings.logDriver,
    settings.logOptions,
    settings.dockerLabels,
    settings.command,
  ].some((value) => value !== undefined);
}

export function parseRenderInputs(inputs: Inputs): RenderSettings {
  const name = RENDER_INPUTS;
  const source = parseSource(inputs);
  const containers = inputs.commaList(name.containerName);
  for (const container of containers) checkContainerName(inputs, name.containerName, container);
  const image = inputs.optional(name.image);
  const images = parseImages(inputs, containers, image);

  const environment = inputs.raw(name.environmentVariables)
    ? inputs.keyValues(name.environmentVariables).map(({ key, value }) => ({ name: key, value }))
    : undefined;
  const environmentMode = inputs.choice(
    name.environmentVariablesMode,
    ['merge', 'replace'] as const,
    'merge',
  );

  const envFileLines = splitLines(inputs.raw(name.envFiles));
  for (const { text, line } of envFileLines) {
    if (!isS3ObjectArn(text)) {
      throw new InputError(
        inputs.nameOf(name.envFiles),
        `line ${line} '${clip(text)}' is not an S3 object ARN`,
        'Write one ARN per line, like arn:aws:s3:::my-bucket/prod.env',
      );
    }
  }

  const secrets = inputs.raw(name.secrets)
    ? inputs.keyValues(name.secrets).map(({ key, value, line }) => {
        const valueFrom = value.trim();
        if (!valueFrom) {
          throw new InputError(
            inputs.nameOf(name.secrets),
            `line ${line}: secret '${key}' has no valueFrom`,
            'Write NAME=<Secrets Manager or SSM Parameter Store ARN>',
          );
        }
        return { name: key, valueFrom };
      })
    : undefined;

  const logDriver = inputs.optional(name.logDriver);
  if (logDriver !== undefined && !(LOG_DRIVERS as readonly string[]).includes(logDriver)) {
    throw new InputError(
      inputs.nameOf(name.logDriver),
      `'${logDriver}' is not a log driver ECS supports`,
      `Use one of: ${LOG_DRIVERS.join(', ')}`,
    );
  }

  const settings: RenderSettings = {
    source: source.source,
    ignoredSources: source.ignored,
    images,
    containers,
    containerNameInput: inputs.nameOf(name.containerName),
    environment,
    environmentMode,
    environmentFiles: envFileLines.length ? envFileLines.map((item) => item.text) : undefined,
    secrets,
    logDriver,
    logOptions: keyValueMap(inputs, name.logOptions),
    dockerLabels: keyValueMap(inputs, name.dockerLabels),
    command: parseCommandInput(inputs, name.command),
    taskRoleArn: roleArn(inputs, name.taskRoleArn),
    executionRoleArn: roleArn(inputs, name.executionRoleArn),
    cpu: parseSize(inputs, name.cpu, CPU_SIZE),
    memory: parseSize(inputs, name.memory, MEMORY_SIZE),
  };
  return settings;
}

function parseSource(inputs: Inputs): { source: TaskDefinitionSource; ignored: string[] } {
  const name = RENDER_INPUTS;
  const file = inputs.optional(name.taskDefinition);
  const arn = inputs.optional(name.taskDefinitionArn);
  const family = inputs.optional(name.taskDefinitionFamily);
  const revision = inputs.integer(name.taskDefinitionRevision, { min: 1 });
  // Read (and check the format of) the region whatever the source, so every declared input is read.
  const region = inputs.region(name.awsRegion, { required: false });

  if (revision !== undefined && !family) {
    throw new InputError(
      inputs.nameOf(name.taskDefinitionRevision),
      'needs task-definition-family',
      'Set task-definition-family too, or give the full revision ARN in task-definition-arn',
    );
  }
  if (arn !== undefined && !parseTaskDefinitionArn(arn)) {
    throw new InputError(
      inputs.nameOf(name.taskDefinitionArn),
      `'${clip(arn)}' is not a task definition ARN`,
      'Use arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>',
    );
  }
  if (family !== undefined && !isEcsName(family)) {
    throw new InputError(
      inputs.nameOf(name.taskDefinitionFamily),
      `'${clip(family)}' is not a task definition family`,
      'A family has up to 255 letters, digits, hyphens and underscores; give the revision in task-definition-revision',
    );
  }
  if (file) {
    const ignored = [arn && name.taskDefinitionArn, family && name.taskDefinitionFamily].filter(
      Boolean,
    ) as string[];
    return { source: { kind: 'file', path: file }, ignored: ignored.map((input) => inputs.nameOf(input)) };
  }
  if (!arn && !family) {
    throw new InputError(
      inputs.nameOf(name.taskDefinition),
      'no task definition given',
      'Set task-definition to a JSON or YAML file, or task-definition-arn or task-definition-family to start from a registered revision',
    );
  }
  if (!region) {
    // The same error as Inputs.region gives, now that fetching needs it.
    inputs.region(name.awsRegion);
  }
  if (arn)
    return {
      source: { kind: 'ecs', arn, region },
      ignored: family ? [inputs.nameOf(name.taskDefinitionFamily)] : [],
    };
  return { source: { kind: 'ecs', family, revision, region }, ignored: [] };
}

function checkContainerName(inputs: Inputs, input: string, container: string): void {
  if (!isEcsName(container)) {
    throw new InputError(
      inputs.nameOf(input),
      `'${clip(container)}' is not a container name`,
      'Container names have letters, digits, hyphens and underscores',
    );
  }
}

function parseImages(
  inputs: Inputs,
  containers: string[],
  image: string | undefined,
): RenderSettings['images'] {
  const name = RENDER_INPUTS;
  const imageLines = inputs.raw(name.images) ? inputs.keyValues(name.images) : [];
  if (image !== undefined && imageLines.length) {
    throw new InputError(
      inputs.nameOf(name.images),
      'is set together with image',
      'Use either container-name + image, or images with one container=image line per container',
    );
  }
  if (image !== undefined) checkImage(inputs, name.image, image);
  const images: RenderSettings['images'] = [];
  if (image !== undefined) {
    // With no container-name the image goes to the only container; renderTaskDefinition checks there is one.
    // A container that is not there is container-name's mistake, so errors name that input.
    for (const container of containers.length ? containers : ['']) {
      images.push({ container, image, input: inputs.nameOf(name.containerName) });
    }
  }
  const seen = new Map<string, number>();
  for (const { key, value, line } of imageLines) {
    checkContainerName(inputs, name.images, key);
    if (seen.has(key)) {
      throw new InputError(
        inputs.nameOf(name.images),
        `line ${line}: container '${key}' is already on line ${seen.get(key)}`,
        'Give each container once',
      );
    }
    seen.set(key, line);
    checkImage(inputs, name.images, value.trim(), line);
    images.push({ container: key, image: value.trim(), input: inputs.nameOf(name.images) });
  }
  return images;
}

/** A container image reference (src/lib/image-reference.ts); a registry and a tag are optional here. */
function checkImage(inputs: Inputs, input: string, image: string, line?: number): void {
  const problem = imageSyntaxProblem(image);
  if (problem) {
    throw new InputError(
      inputs.nameOf(input),
      `${line ? `line ${line}: ` : ''}'${clip(image)}' is not an image reference (it ${problem})`,
      'Use repository[:tag][@sha256:digest], e.g. public.ecr.aws/a1b2c3d4/web-ui-client:sha-1234567',
    );
  }
}

function keyValueMap(inputs: Inputs, input: string): Record<string, string> | undefined {
  if (!inputs.raw(input)) return undefined;
  // fromEntries defines own members, so a key named `__proto__` or `constructor` is a key like
  // any other (an assignment of `__proto__` would change the prototype and drop the value).
  return Object.fromEntries(inputs.keyValues(input).map(({ key, value }) => [key, value]));
}

function roleArn(inputs: Inputs, input: string): string | undefined {
  const value = inputs.optional(input);
  if (value !== undefined && !isRoleArn(value)) {
    throw new InputError(
      inputs.nameOf(input),
      `'${clip(value)}' is not an IAM role ARN`,
      'Use arn:aws:iam::<12-digit account>:role/<role name>',
    );
  }
  return value;
}

function parseCommandInput(inputs: Inputs, input: string): string[] | undefined {
  const value = inputs.raw(input);
  if (!value) return undefined;
  try {
    return parseCommand(value);
  } catch (error) {
    throw new InputError(
      inputs.nameOf(input),
      (error as Error).message,
      'Quote arguments with spaces ("a b"), or give a JSON array of strings',
    );
  }
}

const CPU_SIZE = {
  parse: parseCpuValue,
  is: 'a CPU size',
  hint: 'Use CPU units (256, 1024) or vCPU (0.25 vCPU, 1 vCPU)',
};
const MEMORY_SIZE = {
  parse: parseMemoryValue,
  is: 'a memory size',
  hint: 'Use MiB (512, 2048) or GB (1 GB, 0.5 GB)',
};

/** A task-level size as ECS returns it, from the units users write. */
function parseSize(inputs: Inputs, input: string, size: typeof CPU_SIZE): string | undefined {
  const value = inputs.optional(input);
  if (value === undefined) return undefined;
  const parsed = size.parse(value);
  if (!parsed) throw new InputError(inputs.nameOf(input), `'${clip(value)}' is not ${size.is}`, size.hint);
  return parsed;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
