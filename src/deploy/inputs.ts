/**
 * ecs-deploy's inputs, read and checked without any AWS call: the root action calls this in its
 * preflight, before anything is built or pushed, so a bad input fails the whole pipeline early.
 */
import { documentError, type LoadedDocument } from '../lib/documents.js';
import { InputError } from '../lib/errors.js';
import { readRevision } from '../lib/context.js';
import {
  isClusterIdentifier,
  isEcsName,
  isServiceIdentifier,
  MAX_WAIT_MINUTES,
  isTaskDefinitionRevision,
  parseTaskDefinitionArn,
} from '../lib/identifiers.js';
import type { Inputs } from '../lib/inputs.js';
import { cleanForRegister } from '../task-definition/clean.js';
import { loadTaskDefinitionFile } from '../task-definition/load.js';
import { assertValidTaskDefinition } from '../task-definition/validate.js';
import { readCodeDeployInputs, type CodeDeployInputs } from './codedeploy-plan.js';
import type { ServiceVolumeConfiguration } from '@aws-sdk/client-ecs';
import { serviceVolumeConfiguration } from './ebs-volume.js';
import { INPUT } from './names.js';
import { parseRunTaskInputs, type RunTaskSettings } from './run-task-inputs.js';
import { isEmptyStrategyRequest, parseStrategyInputs, type StrategyRequest } from './strategy.js';
import {
  imageProblems,
  MAX_TAGS,
  tagProblem,
  type PropagateTags,
  type ServiceRequest,
  type Tag,
} from './plan.js';

export type TaskDefinitionSource =
  | {
      kind: 'definition';
      /** The input the definition came from (named in errors), and the file or step it was read from. */
      input: string;
      origin: string;
      /** Cleaned for RegisterTaskDefinition (read-only fields and empty values removed). */
      definition: Record<string, any>;
      /** Tags the file carried (describe-task-definition output has the family's). */
      tags: Tag[];
      /** What cleaning removed, for the log. */
      removed: string[];
    }
  | { kind: 'arn'; input: string; arn: string };

export interface DeploySettings {
  region: string;
  cluster: string;
  /** Empty: register only. */
  service: string;
  taskDefinition: TaskDefinitionSource;
  skipUnchanged: boolean;
  forceNewDeployment: boolean;
  desiredCount?: number;
  enableEcsManagedTags?: boolean;
  propagateTags?: PropagateTags;
  /** The user's `tags`. */
  tags: Tag[];
  /** Add the commit SHA and run URL tags. */
  provenanceTags: boolean;
  /** The commit the provenance tag names (`revision`); undefined: GITHUB_SHA. */
  revision?: string;
  wait: boolean;
  waitTimeoutMs: number;
  rollbackOnFailure: boolean;
  dryRun: boolean;
  /** For a service whose deployment controller is CODE_DEPLOY. */
  codeDeploy: CodeDeployInputs;
  /** The one-off task to run before the service is updated (run-task); undefined when off. */
  runTask?: RunTaskSettings;
  /** Keys whose empty values are kept in the registered definition (`keep-null-value-keys`). */
  keepNullValueKeys: string[];
  /** Attempts of each AWS call (`max-retries`, the SDK's maxAttempts); undefined: the client factory's default. */
  maxAttempts?: number;
  /** Longest pause between two polls of a wait (`wait-max-delay-seconds`); undefined: the wait's own. */
  waitMaxDelayMs?: number;
  /** The service-managed EBS volume UpdateService configures, when given. */
  serviceVolume?: ServiceVolumeConfiguration;
  /** The deployment strategy inputs (strategy.ts); every field undefined keeps the service's. */
  strategy: StrategyRequest;
  /** The names the user knows the inputs by (the root action renames some), for error messages. */
  inputNames: Record<keyof typeof INPUT, string>;
}

/** A definition another step produced in-process (the root action's rendered one). */
export interface GivenTaskDefinition {
  definition: Record<string, any>;
  tags?: Tag[];
  /** Where it came from, for the log (e.g. the rendered file's path). */
  origin: string;
  /** The input to name in errors about it (default `task-definition`). */
  input?: string;
}

const PROPAGATE_TAGS: readonly PropagateTags[] = ['SERVICE', 'TASK_DEFINITION', 'NONE'];

/**
 * Async because a task definition file may be YAML, whose parser is loaded only then
 * (lib/documents.ts); the inputs are still checked in the same order.
 */
export async function parseDeployInputs(
  inputs: Inputs,
  /** `codeDeploy`: for a caller without the CodeDeploy inputs (the root action: their defaults). */
  options: { taskDefinition?: GivenTaskDefinition; codeDeploy?: CodeDeployInputs } = {},
): Promise<DeploySettings> {
  const inputNames = Object.fromEntries(
    Object.entries(INPUT).map(([key, name]) => [key, inputs.nameOf(name)]),
  ) as Record<keyof typeof INPUT, string>;
  const region = inputs.region(INPUT.region);
  const service = inputs.string(INPUT.service);
  const cluster = inputs.string(INPUT.cluster, { default: 'default' });
  if (!isClusterIdentifier(cluster)) {
    throw new InputError(
      inputNames.cluster,
      `'${cluster}' is not a cluster name or ARN`,
      'Use the name shown in the ECS console (letters, digits, - and _)',
    );
  }
  if (service && !isServiceIdentifier(service)) {
    throw new InputError(
      inputNames.service,
      `'${service}' is not a service name or ARN`,
      'Use the name shown in the ECS console (letters, digits, - and _)',
    );
  }

  // Like the reference (index.js: `split(',').map(trim).filter(Boolean)`), comma-separated.
  const keepNullValueKeys = inputs.commaList(INPUT.keepNullValueKeys);
  const keep = new Set(keepNullValueKeys);
  const taskDefinition = options.taskDefinition
    ? givenDefinition(options.taskDefinition, keep)
    : await readSource(inputs, inputNames, region, keep);
  const serviceVolume = serviceVolumeConfiguration(
    { name: inputNames.serviceManagedEbsVolumeName, volume: inputNames.serviceManagedEbsVolume },
    {
      name: inputs.string(INPUT.serviceManagedEbsVolumeName),
      volume: inputs.raw(INPUT.serviceManagedEbsVolume),
    },
  );
  if (serviceVolume && !service)
    throw new InputError(
      inputNames.serviceManagedEbsVolumeName,
      `configures a service's volume, but ${inputNames.service} is empty`,
      `Set ${inputNames.service}, or remove the volume inputs`,
    );
  if (serviceVolume && taskDefinition.kind === 'definition')
    checkVolumeConfiguredAtLaunch(
      inputNames.serviceManagedEbsVolumeName,
      serviceVolume.name!,
      taskDefinition,
    );

  const strategy = parseStrategyInputs(inputs);
  if (!service && !isEmptyStrategyRequest(strategy))
    throw new InputError(
      inputNames.deploymentStrategy,
      `the strategy inputs configure a service's deployment, but ${inputNames.service} is empty`,
      `Set ${inputNames.service}, or leave the strategy inputs empty`,
    );

  const desiredCount = inputs.integer(INPUT.desiredCount, { min: 0, max: 100_000 });
  const enableEcsManagedTags = inputs.raw(INPUT.enableEcsManagedTags)
    ? inputs.boolean(INPUT.enableEcsManagedTags, false)
    : undefined;
  const propagateTags = readPropagateTags(inputs, inputNames.propagateTags);
  const tags = inputs.keyValues(INPUT.tags).map(({ key, value, line }) => {
    const tag = { key, value };
    const problem = tagProblem(tag);
    if (problem) throw new InputError(inputNames.tags, `line ${line}: ${problem}`);
    return tag;
  });
  if (tags.length > MAX_TAGS - 2) {
    throw new InputError(
      inputNames.tags,
      `${tags.length} tags given; ECS allows ${MAX_TAGS} per task definition, two of which this action uses for the commit and run`,
      'Remove some',
    );
  }
  const waitForMinutes =
    inputs.number(INPUT.waitForMinutes, { default: 30, min: 0, max: MAX_WAIT_MINUTES }) ?? 30;
  if (waitForMinutes <= 0)
    throw new InputError(
      inputNames.waitForMinutes,
      'must be more than 0',
      `Use a value from 0.1 to ${MAX_WAIT_MINUTES}`,
    );

  // The reference: `maxAttempts: parseInt(max-retries) || 3` for every client (index.js run()).
  const maxAttempts = inputs.integer(INPUT.maxRetries, { min: 1, max: 20 });
  // The reference: the SDK waiter's maxDelay, in seconds (index.js, waitUntilServicesStable).
  const waitMaxDelaySeconds = inputs.integer(INPUT.waitMaxDelaySeconds, { min: 1, max: 3600 });

  return {
    region,
    cluster,
    service,
    taskDefinition,
    skipUnchanged: inputs.boolean(INPUT.skipUnchanged, true),
    forceNewDeployment: inputs.boolean(INPUT.forceNewDeployment, false),
    desiredCount,
    enableEcsManagedTags,
    propagateTags,
    tags,
    provenanceTags: inputs.boolean(INPUT.provenanceTags, true),
    revision: readRevision(inputs, INPUT.revision),
    wait: inputs.boolean(INPUT.waitForServiceStability, false),
    waitTimeoutMs: Math.round(waitForMinutes * 60_000),
    rollbackOnFailure: inputs.boolean(INPUT.rollbackOnFailure, true),
    dryRun: inputs.boolean(INPUT.dryRun, false),
    codeDeploy: options.codeDeploy ?? readCodeDeployInputs(inputs),
    runTask: parseRunTaskInputs(inputs),
    keepNullValueKeys,
    maxAttempts,
    waitMaxDelayMs: waitMaxDelaySeconds === undefined ? undefined : waitMaxDelaySeconds * 1000,
    serviceVolume,
    strategy,
    inputNames,
  };
}

/** The parts of the settings UpdateService takes. */
export function serviceRequest(settings: DeploySettings): ServiceRequest {
  return {
    cluster: settings.cluster,
    service: settings.service,
    forceNewDeployment: settings.forceNewDeployment,
    desiredCount: settings.desiredCount,
    enableEcsManagedTags: settings.enableEcsManagedTags,
    propagateTags: settings.propagateTags,
    volumeConfigurations: settings.serviceVolume ? [settings.serviceVolume] : undefined,
    strategy: settings.strategy,
  };
}

/**
 * UpdateService refuses a volume configuration for a volume the task definition does not mark
 * `configuredAtLaunch`; said here, naming the input, before anything is registered.
 */
function checkVolumeConfiguredAtLaunch(
  input: string,
  name: string,
  source: Extract<TaskDefinitionSource, { kind: 'definition' }>,
): void {
  const volumes: any[] = Array.isArray(source.definition.volumes) ? source.definition.volumes : [];
  const volume = volumes.find((candidate) => candidate?.name === name);
  if (!volume)
    throw new InputError(
      input,
      `the task definition (${source.origin}) has no volume '${name}'`,
      `Add it to volumes with "configuredAtLaunch": true, or use the name of one that is`,
    );
  if (volume.configuredAtLaunch !== true)
    throw new InputError(
      input,
      `volume '${name}' of the task definition (${source.origin}) is not configuredAtLaunch`,
      'Set "configuredAtLaunch": true on it: only such a volume is configured by the service',
    );
}

async function readSource(
  inputs: Inputs,
  names: DeploySettings['inputNames'],
  region: string,
  keep: ReadonlySet<string>,
): Promise<TaskDefinitionSource> {
  const file = inputs.string(INPUT.taskDefinition);
  const arn = inputs.string(INPUT.taskDefinitionArn);
  if (file && arn) {
    throw new InputError(
      names.taskDefinitionArn,
      `both ${names.taskDefinition} and ${names.taskDefinitionArn} are set`,
      `Give one: a file to register, or a registered revision to deploy`,
    );
  }
  if (!file && !arn) {
    throw new InputError(
      names.taskDefinition,
      `neither ${names.taskDefinition} nor ${names.taskDefinitionArn} is set`,
      'Give the path of a task definition file, or the ARN of a registered revision',
    );
  }
  if (arn)
    return {
      kind: 'arn',
      input: names.taskDefinitionArn,
      arn: checkArn(names.taskDefinitionArn, arn, region),
    };
  const loaded = await loadTaskDefinitionFile(names.taskDefinition, file);
  return fromDocument(
    names.taskDefinition,
    loaded.document.file,
    loaded.definition,
    loaded.tags,
    keep,
    loaded.document,
  );
}

function givenDefinition(given: GivenTaskDefinition, keep: ReadonlySet<string>): TaskDefinitionSource {
  return fromDocument(
    given.input ?? INPUT.taskDefinition,
    given.origin,
    given.definition,
    given.tags ?? [],
    keep,
  );
}

function fromDocument(
  input: string,
  origin: string,
  raw: Record<string, any>,
  fileTags: Tag[],
  keep: ReadonlySet<string>,
  document?: LoadedDocument,
): TaskDefinitionSource {
  const fail = (at: (string | number)[], problem: string) =>
    document ? documentError(input, document, at, problem) : new InputError(input, `${origin}: ${problem}`);
  const { definition, removed } = cleanForRegister(raw, keep);
  assertValidTaskDefinition(definition, { input, document, origin });
  // A flat file may carry RegisterTaskDefinition's own `tags`; they are tags, not part of the definition.
  const inlineTags = readInlineTags(definition.tags, (problem) => fail(['tags'], problem));
  delete definition.tags;
  if (typeof definition.family !== 'string' || !isEcsName(definition.family)) {
    throw fail(['family'], 'family is missing or invalid (up to 255 letters, digits, - and _)');
  }
  const containers = definition.containerDefinitions;
  if (!Array.isArray(containers) || containers.length === 0) {
    throw fail(
      ['containerDefinitions'],
      'containerDefinitions is empty; a task definition needs at least one container',
    );
  }
  const [bad] = imageProblems(definition);
  if (bad)
    throw fail(
      ['containerDefinitions', bad.index, 'image'],
      `container '${bad.container}': image ${bad.problem}`,
    );
  for (const tag of [...fileTags, ...inlineTags]) {
    const problem = tagProblem(tag);
    if (problem) throw fail(['tags'], problem);
  }
  return { kind: 'definition', input, origin, definition, tags: [...fileTags, ...inlineTags], removed };
}

function readInlineTags(value: unknown, fail: (problem: string) => Error): Tag[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw fail('tags must be an array of { key, value }');
  return value.map((tag: any) => {
    if (!tag || typeof tag.key !== 'string') throw fail('each tag needs a string key');
    return { key: tag.key, value: String(tag.value ?? '') };
  });
}

/** A full task definition ARN, or `family:revision`; a region in the ARN must be the cluster's. */
function checkArn(input: string, arn: string, region: string): string {
  const full = parseTaskDefinitionArn(arn);
  if (full?.revision !== undefined) {
    if (full.region !== region) {
      throw new InputError(
        input,
        `'${arn}' is in ${full.region}, but aws-region is ${region}`,
        "Deploy a revision registered in the cluster's region",
      );
    }
    return arn;
  }
  if (isTaskDefinitionRevision(arn)) return arn;
  throw new InputError(
    input,
    `'${arn}' is not a task definition revision`,
    'Use arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision> or <family>:<revision>',
  );
}

function readPropagateTags(inputs: Inputs, name: string): PropagateTags | undefined {
  const value = inputs.raw(INPUT.propagateTags);
  if (!value) return undefined;
  const match = PROPAGATE_TAGS.find((choice) => choice === value.toUpperCase());
  if (!match)
    throw new InputError(
      name,
      `'${value}' is not one of ${PROPAGATE_TAGS.join(', ')}`,
      `Use one of: ${PROPAGATE_TAGS.join(', ')}`,
    );
  return match;
}
