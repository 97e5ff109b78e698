import { parseBuildInputs } from '../../../src/image/inputs.js';
import { parseDeployInputs } from '../../../src/deploy/inputs.js';
import { normaliseTaskDefinition, sameTaskDefinition } from '../../../src/task-definition/compare.js';
import { parseDocumentText } from '../../../src/lib/documents.js';
import { Inputs } from '../../../src/lib/inputs.js';
import { cleanForRegister } from '../../../src/task-definition/clean.js';
import { diffTaskDefinitions, formatDiff } from '../../../src/task-definition/diff.js';
import { parseRenderInputs } from '../../../src/task-definition/inputs.js';
import { renderTaskDefinition } from '../../../src/task-definition/render.js';
import { validateTaskDefinition } from '../../../src/task-definition/validate.js';

// Keys that name members of Object.prototype are ordinary keys: an unknown field of a task
// definition is a named problem, a key of a string map or a KEY=VALUE input is kept with its
// value. Never a crash ("Unexpected error"), never silently dropped.
const PROTO_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

const base = () => ({
  family: 'web',
  containerDefinitions: [
    {
      name: 'web',
      image: 'public.ecr.aws/a1b2c3d4/web:v1',
      memory: 512,
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web' } },
      dockerLabels: { tier: 'web' },
    },
  ],
});

/** Where an unknown field can be: the top level, a container, a nested shape. */
const FIELD_LEVELS: [string, (definition: any) => object, string][] = [
  ['the top level', (d) => d, ''],
  ['a container', (d) => d.containerDefinitions[0], 'containerDefinitions[0].'],
  [
    'a nested shape',
    (d) => d.containerDefinitions[0].logConfiguration,
    'containerDefinitions[0].logConfiguration.',
  ],
];
/** String maps, where any key is a value. */
const MAP_LEVELS: [string, (definition: any) => object][] = [
  ['dockerLabels', (d) => d.containerDefinitions[0].dockerLabels],
  ['logConfiguration.options', (d) => d.containerDefinitions[0].logConfiguration.options],
];

describe('prototype keys in a task definition', () => {
  const fieldCases = PROTO_KEYS.flatMap((key) => FIELD_LEVELS.map((level) => [key, ...level] as const));
  it.each(fieldCases)('%s at %s is an unknown field, named', (key, _level, holder, prefix) => {
    const definition = base();
    defineOwn(holder(definition), key, 1);
    const problems = validateTaskDefinition(definition).map((problem) => problem.message);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${escape(prefix + key)} is not a field RegisterTaskDefinition accepts`),
      ),
    ]);
  });

  const mapCases = PROTO_KEYS.flatMap((key) => MAP_LEVELS.map((level) => [key, ...level] as const));
  it.each(mapCases)(
    '%s in %s is a label like any other: valid, kept by cleaning and compared',
    (key, _level, map) => {
      const definition = base();
      defineOwn(map(definition), key, 'x');
      expect(validateTaskDefinition(definition)).toEqual([]);
      const cleaned = cleanForRegister(definition).definition;
      expect(Object.hasOwn(map(cleaned), key)).toBe(true);
      expect(JSON.stringify(cleaned)).toContain(`${JSON.stringify(key)}:"x"`);
      expect(Object.hasOwn(map(normaliseTaskDefinition(definition)), key)).toBe(true);
      expect(sameTaskDefinition(definition, base())).toBe(false);
      expect(diffTaskDefinitions(base(), definition).changed).toBe(true);
    },
  );

  it.each(PROTO_KEYS)('%s read from a JSON file is validated, not a crash', async (key) => {
    const text = JSON.stringify({
      ...base(),
      containerDefinitions: [{ ...base().containerDefinitions[0] }],
    }).replace('"family":"web"', `"family":"web",${JSON.stringify(key)}:{"a":1}`);
    const doc = await parseDocumentText('task-definition', 'td.json', text);
    expect(Object.hasOwn(doc.data as object, key)).toBe(true);
    expect(validateTaskDefinition(doc.data).map((problem) => problem.message)).toEqual([
      expect.stringMatching(new RegExp(`^${escape(key)} is not a field`)),
    ]);
  });

  it('a diff of two equal definitions finds no change in inherited members', () => {
    const diff = diffTaskDefinitions(base(), base());
    expect(diff.changed).toBe(false);
    expect(formatDiff(diff)).toEqual(['no changes']);
  });

  it.each(PROTO_KEYS)('a container field named %s that differs is named by the diff', (key) => {
    const after = base();
    defineOwn(after.containerDefinitions[0], key, 'x');
    expect(diffTaskDefinitions(base(), after).containers[0]?.otherFields).toEqual([key]);
  });
});

describe('prototype keys in KEY=VALUE inputs are kept', () => {
  const inputs = (values: Record<string, string>) => new Inputs((name) => values[name]);
  const render = (values: Record<string, string>) => {
    const settings = parseRenderInputs(
      inputs({ 'task-definition': 'td.json', 'container-name': 'web', ...values }),
    );
    return cleanForRegister(renderTaskDefinition(base(), settings).definition).definition;
  };

  it.each(PROTO_KEYS)(
    '%s in docker-labels, log-configuration-options, environment-variables, secrets',
    (key) => {
      const container = render({
        'docker-labels': `${key}=label`,
        'log-configuration-options': `${key}=option`,
        'environment-variables': `${key}=env`,
        secrets: `${key}=arn:aws:ssm:eu-west-3:123456789012:parameter/x`,
      }).containerDefinitions[0];
      expect(Object.hasOwn(container.dockerLabels, key) && container.dockerLabels[key]).toBe('label');
      expect(container.dockerLabels.tier).toBe('web');
      expect(
        Object.hasOwn(container.logConfiguration.options, key) && container.logConfiguration.options[key],
      ).toBe('option');
      expect(container.environment).toEqual([{ name: key, value: 'env' }]);
      expect(container.secrets).toEqual([
        { name: key, valueFrom: 'arn:aws:ssm:eu-west-3:123456789012:parameter/x' },
      ]);
    },
  );

  it.each(PROTO_KEYS)('%s in build-args and labels', (key) => {
    const settings = parseBuildInputs(
      inputs({
        image: 'public.ecr.aws/a1b2c3d4/web',
        tags: 'v1',
        'build-args': `${key}=1`,
        labels: `${key}=2`,
      }),
      {
        sha: '0123456789abcdef0123456789abcdef01234567',
        onDefaultBranch: false,
        repositoryUrl: '',
        now: new Date(0),
      },
    );
    expect(settings.buildArgs).toContainEqual([key, '1']);
    expect(settings.labels).toContainEqual([key, '2']);
  });

  it.each(PROTO_KEYS)('%s in tags (ecs-deploy)', async (key) => {
    const settings = await parseDeployInputs(
      inputs({ 'aws-region': 'eu-west-3', 'task-definition-arn': 'web:3', tags: `${key}=3` }),
    );
    expect(settings.tags).toContainEqual({ key, value: '3' });
  });
});

/** Adds `key` as an own enumerable member, whatever its name (a plain assignment of __proto__ changes the prototype). */
function defineOwn(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
