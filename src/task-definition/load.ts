/**
 * Where a base task definition comes from: a JSON/YAML file, or ECS itself.
 * Both give the same shape: the definition (as RegisterTaskDefinition would take it, plus any
 * read-only fields the source had) and the family's tags, which DescribeTaskDefinition returns
 * beside the definition rather than inside it.
 */
import type { ECSClient } from '@aws-sdk/client-ecs';
import { awsError } from '../lib/aws.js';
import { documentError, readDocument, type LoadedDocument } from '../lib/documents.js';
import { ActionError, InputError } from '../lib/errors.js';

export interface TaskDefinitionTag {
  key: string;
  value: string;
}

export interface LoadedTaskDefinition {
  definition: Record<string, any>;
  tags: TaskDefinitionTag[];
  /**
   * The file. Its `data` is the definition and its `lineOf` takes paths relative to the
   * definition, also when the file wraps it in `taskDefinition` (describe-task-definition output).
   */
  document: LoadedDocument;
}

export interface FetchedTaskDefinition {
  definition: Record<string, any>;
  tags: TaskDefinitionTag[];
  arn: string;
}

export interface TaskDefinitionReference {
  arn?: string;
  family?: string;
  revision?: number;
  /** The input the reference came from, named in the not-found error (default: task-definition-arn or -family). */
  input?: string;
}

/** The task definition asked for is not registered: a bad input, not an AWS failure. */
export class TaskDefinitionNotFoundError extends InputError {
  constructor(
    input: string,
    readonly identifier: string,
  ) {
    super(
      input,
      `no task definition '${identifier}' is registered in this account and region`,
      'Check the family, the revision and aws-region (a family exists once it has been registered)',
    );
    this.name = 'TaskDefinitionNotFoundError';
  }
}

function isPlainObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a task definition file; every problem is an InputError naming `input` and the file's line. */
export async function loadTaskDefinitionFile(input: string, path: string): Promise<LoadedTaskDefinition> {
  const raw = await readDocument(input, path);
  if (!isPlainObject(raw.data)) {
    throw documentError(
      input,
      raw,
      [],
      'is not a task definition: expected an object with containerDefinitions',
    );
  }
  // `aws ecs describe-task-definition` prints { taskDefinition: {...}, tags: [...] }; take it as is.
  const wrapped = isPlainObject(raw.data.taskDefinition) && !('containerDefinitions' in raw.data);
  const prefix = wrapped ? ['taskDefinition'] : [];
  const definition: Record<string, any> = wrapped ? raw.data.taskDefinition : raw.data;
  const document: LoadedDocument = {
    data: definition,
    file: raw.file,
    lineOf: (at) => raw.lineOf([...prefix, ...at]),
  };
  if (!Array.isArray(definition.containerDefinitions)) {
    const problem =
      definition.containerDefinitions === undefined
        ? 'has no containerDefinitions array'
        : 'containerDefinitions must be an array';
    throw documentError(
      input,
      document,
      ['containerDefinitions'],
      `${problem}; a task definition lists its containers there`,
    );
  }
  let tags: TaskDefinitionTag[] = [];
  if (wrapped && raw.data.tags !== undefined && raw.data.tags !== null) {
    tags = readTags(raw.data.tags, (index, problem) =>
      documentError(input, raw, index === undefined ? ['tags'] : ['tags', index], problem),
    );
  }
  return { definition, tags, document };
}

function readTags(
  value: unknown,
  fail: (index: number | undefined, problem: string) => Error,
): TaskDefinitionTag[] {
  if (!Array.isArray(value)) throw fail(undefined, 'tags must be an array of { key, value }');
  return value.map((tag, index) => {
    if (!isPlainObject(tag) || typeof tag.key !== 'string' || typeof (tag.value ?? '') !== 'string') {
      throw fail(index, `tags[${index}] must be an object with a string key and value`);
    }
    return { key: tag.key, value: tag.value ?? '' };
  });
}

/** The `taskDefinition` parameter of DescribeTaskDefinition for a reference: ARN, family:revision or family. */
export function taskDefinitionIdentifier(reference: TaskDefinitionReference): string {
  if (reference.arn) return reference.arn;
  if (!reference.family)
    throw new ActionError('A task definition ARN or family is needed to fetch one from ECS');
  return reference.revision === undefined ? reference.family : `${reference.family}:${reference.revision}`;
}

/** Fetches a registered task definition with its tags (DescribeTaskDefinition, include TAGS). */
export async function fetchTaskDefinition(
  ecs: ECSClient,
  reference: TaskDefinitionReference,
): Promise<FetchedTaskDefinition> {
  const identifier = taskDefinitionIdentifier(reference);
  const { DescribeTaskDefinitionCommand } = await import('@aws-sdk/client-ecs');
  let response;
  try {
    response = await ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: identifier, include: ['TAGS'] }),
    );
  } catch (error) {
    if (isTaskDefinitionNotFound(error)) {
      const input = reference.input ?? (reference.arn ? 'task-definition-arn' : 'task-definition-family');
      throw new TaskDefinitionNotFoundError(input, identifier);
    }
    throw awsError(error, `describing task definition ${identifier}`);
  }
  if (!response.taskDefinition) throw new ActionError(`ECS returned no task definition for '${identifier}'`);
  // The SDK's objects carry Dates and undefined members; a JSON round trip makes the definition
  // the same plain data a file gives.
  const definition = JSON.parse(JSON.stringify(response.taskDefinition)) as Record<string, any>;
  const tags = (response.tags ?? []).map((tag) => ({ key: tag.key ?? '', value: tag.value ?? '' }));
  return { definition, tags, arn: response.taskDefinition.taskDefinitionArn ?? identifier };
}

/**
 * ECS answers a missing family or revision with a ClientException ("Unable to describe task
 * definition."), not a dedicated not-found error, so the message is what tells them apart.
 */
export function isTaskDefinitionNotFound(error: unknown): boolean {
  if (error instanceof TaskDefinitionNotFoundError) return true;
  const e = error as { name?: string; message?: string } | undefined;
  if (!e || typeof e !== 'object') return false;
  if (e.name === 'ResourceNotFoundException') return true;
  return (
    e.name === 'ClientException' &&
    /unable to describe task definition|not found|does not exist|no task definition/i.test(e.message ?? '')
  );
}
