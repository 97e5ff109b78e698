/**
 * Checks a task definition against the shape RegisterTaskDefinition accepts, so a typo or a
 * quoted number fails here, with the field's path and file line, instead of as a terse
 * SerializationException in a later deploy step. The shapes come from the AWS SDK's model
 * (schema.generated.ts, kept in step with the installed SDK by a drift test).
 * Names (container, variable and secret names, the family, every map key) may not hold control
 * characters: ECS has no use for them, and a name is printed in the plan and the diff. Keys are
 * looked up as own members only, so `constructor` or `__proto__` is an unknown field like any.
 */
import { documentError, type LoadedDocument } from '../lib/documents.js';
import { ActionError } from '../lib/errors.js';
import { isEcsName } from '../lib/identifiers.js';
import { controlCharacter } from '../lib/log-safe.js';
import { TASK_DEFINITION_SCHEMA, type FieldType, type TaskDefinitionSchema } from './schema.generated.js';

export type FieldPath = (string | number)[];

export interface ValidationProblem {
  path: FieldPath;
  message: string;
}

/** `containerDefinitions[1].portMappings[0].containerPort` */
export function formatPath(path: FieldPath): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
  return text || '(the task definition)';
}

/** Every problem found, in document order; empty when the definition can be registered as far as its shape goes. */
export function validateTaskDefinition(
  definition: unknown,
  schema: TaskDefinitionSchema = TASK_DEFINITION_SCHEMA,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  checkValue(definition, { shape: schema.root }, [], schema, problems);
  if (problems.length === 0) checkMeaning(definition as Record<string, any>, problems);
  return problems;
}

/**
 * Throws the first problem as an error on the file (annotated at its line) when the definition
 * came from one, otherwise as a plain error; the others are named in the same message.
 */
export function assertValidTaskDefinition(
  definition: unknown,
  source: { input: string; document?: LoadedDocument; origin?: string },
): void {
  const problems = validateTaskDefinition(definition);
  if (problems.length === 0) return;
  const [first, ...rest] = problems;
  let message = first.message;
  if (rest.length) {
    const shown = rest.slice(0, 3).map((problem) => problem.message);
    const more = rest.length > shown.length ? `; and ${rest.length - shown.length} more` : '';
    message += ` (also: ${shown.join('; ')}${more})`;
  }
  if (source.document) throw documentError(source.input, source.document, first.path, message);
  throw new ActionError(
    `The task definition${source.origin ? ` from ${source.origin}` : ''} is not valid: ${message}`,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function typeName(type: FieldType): string {
  if (typeof type === 'string') return type === 'any' ? 'a value' : `a ${type}`;
  if ('enum' in type) return `one of ${type.enum.join(', ')}`;
  if ('list' in type) return 'an array';
  return 'an object';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** String fields that are names, printed in plans and diffs. */
const NAME_FIELDS = new Set(['name', 'family', 'containerName', 'sourceVolume']);

/** A problem with a key itself; the key is not quoted (it is the part that cannot be printed). */
function keyProblem(path: FieldPath, key: string): ValidationProblem | undefined {
  const control = controlCharacter(key);
  if (!control) return undefined;
  return { path, message: `${formatPath(path)} has a key that contains ${control}` };
}

function checkValue(
  value: unknown,
  type: FieldType,
  path: FieldPath,
  schema: TaskDefinitionSchema,
  problems: ValidationProblem[],
): void {
  const fail = (expected: string) =>
    problems.push({ path, message: `${formatPath(path)} must be ${expected}, not ${describe(value)}` });
  if (typeof type === 'string') {
    switch (type) {
      case 'any':
        return;
      case 'string':
      case 'timestamp': {
        if (typeof value !== 'string') return void fail('a string');
        const last = path[path.length - 1];
        const control = typeof last === 'string' && NAME_FIELDS.has(last) && controlCharacter(value);
        if (control) problems.push({ path, message: `${formatPath(path)} contains ${control}` });
        return;
      }
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) fail('a number');
        return;
      case 'boolean':
        if (typeof value !== 'boolean') fail('a boolean (true or false)');
        return;
    }
  }
  if ('enum' in type) {
    if (typeof value !== 'string' || !type.enum.includes(value)) fail(typeName(type));
    return;
  }
  if ('list' in type) {
    if (!Array.isArray(value)) return void fail(typeName(type));
    value.forEach((item, index) => checkValue(item, type.list, [...path, index], schema, problems));
    return;
  }
  if ('map' in type) {
    if (!isPlainObject(value)) return void fail(`an object of ${typeName(type.map)} values`);
    for (const [key, item] of Object.entries(value)) {
      const problem = keyProblem(path, key);
      if (problem) problems.push(problem);
      else checkValue(item, type.map, [...path, key], schema, problems);
    }
    return;
  }
  const shape = schema.shapes[type.shape];
  if (!isPlainObject(value)) return void fail('an object');
  for (const required of shape.required) {
    if (!Object.hasOwn(value, required) || value[required] === undefined || value[required] === null) {
      problems.push({ path: [...path, required], message: `${formatPath([...path, required])} is required` });
    }
  }
  const known = Object.keys(shape.fields);
  for (const [key, item] of Object.entries(value)) {
    const problem = keyProblem(path, key);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const fieldType = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
    if (!fieldType) {
      const suggestion = suggest(key, known);
      problems.push({
        path: [...path, key],
        message: `${formatPath([...path, key])} is not a field RegisterTaskDefinition accepts${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
      });
      continue;
    }
    checkValue(item, fieldType, [...path, key], schema, problems);
  }
}

/** What ECS rejects beyond the model's shapes, checked once the shapes are right. */
function checkMeaning(definition: Record<string, any>, problems: ValidationProblem[]): void {
  if (!isEcsName(definition.family)) {
    problems.push({
      path: ['family'],
      message: `family '${definition.family}' may only have letters, digits, hyphens and underscores (up to 255)`,
    });
  }
  const containers = definition.containerDefinitions as Record<string, any>[];
  if (containers.length === 0) {
    problems.push({
      path: ['containerDefinitions'],
      message: 'containerDefinitions is empty; list at least one container',
    });
  }
  const seen = new Set<string>();
  containers.forEach((container, index) => {
    for (const field of ['name', 'image']) {
      if (typeof container[field] !== 'string' || container[field] === '') {
        problems.push({
          path: ['containerDefinitions', index, field],
          message: `containerDefinitions[${index}].${field} is required`,
        });
      }
    }
    if (typeof container.name === 'string' && container.name) {
      if (seen.has(container.name)) {
        problems.push({
          path: ['containerDefinitions', index, 'name'],
          message: `containerDefinitions[${index}].name '${container.name}' is used by another container; names must be unique`,
        });
      }
      seen.add(container.name);
    }
  });
}

/**
 * The known field a mistyped one most likely meant: same letters ignoring case, `_` and `-`
 * (`ContainerDefinitions`, `execution_role_arn`), or a small edit distance (`enviroment`).
 */
export function suggest(name: string, known: string[]): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/[-_]/g, '');
  const wanted = normal(name);
  const exact = known.find((candidate) => normal(candidate) === wanted);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(wanted, normal(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(wanted.length / 4)));
  return bestDistance <= allowed ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}
