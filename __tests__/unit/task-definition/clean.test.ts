import { READ_ONLY_FIELDS, cleanForRegister, stripReadOnly } from '../../../src/task-definition/clean.js';
import { validateTaskDefinition } from '../../../src/task-definition/validate.js';
import { TASK_DEFINITION_SCHEMA, type FieldType } from '../../../src/task-definition/schema.generated.js';

const described = {
  taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:3',
  family: 'web',
  revision: 3,
  status: 'ACTIVE',
  requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }],
  compatibilities: ['EC2', 'FARGATE'],
  registeredAt: '2024-01-01T00:00:00.000Z',
  registeredBy: 'arn:aws:iam::123456789012:user/ci',
  deregisteredAt: '2024-02-01T00:00:00.000Z',
  containerDefinitions: [{ name: 'web', image: 'nginx' }],
};

describe('stripReadOnly', () => {
  it('removes every read-only field ECS sets and names them', () => {
    const { definition, removed } = stripReadOnly(described);
    expect(definition).toEqual({ family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx' }] });
    expect(removed.sort()).toEqual([...READ_ONLY_FIELDS].sort());
  });

  it('does not change its argument', () => {
    const copy = structuredClone(described);
    stripReadOnly(described);
    expect(described).toEqual(copy);
  });
});

describe('cleanForRegister', () => {
  const container = (fields: Record<string, unknown>) => ({
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx', ...fields }],
  });
  it.each([
    ['a null field', { links: null }, {}, ['containerDefinitions[0].links']],
    ['an empty string field', { user: '' }, {}, ['containerDefinitions[0].user']],
    ['an empty array', { mountPoints: [] }, {}, ['containerDefinitions[0].mountPoints']],
    ['an empty object', { dockerLabels: {} }, {}, ['containerDefinitions[0].dockerLabels']],
    [
      'an object left empty by removing its empty members (one path, not each member)',
      { linuxParameters: { capabilities: { add: [], drop: [] } } },
      {},
      ['containerDefinitions[0].linuxParameters'],
    ],
    [
      'empty members inside a list item, keeping the item (the list keeps its length)',
      { mountPoints: [{ sourceVolume: 'v', containerPath: '' }, { sourceVolume: 'w' }] },
      { mountPoints: [{ sourceVolume: 'v' }, { sourceVolume: 'w' }] },
      ['containerDefinitions[0].mountPoints[0].containerPath'],
    ],
  ])('drops %s', (_, fields, kept, removed) => {
    const result = cleanForRegister(container(fields));
    expect(result.definition).toEqual(container(kept));
    expect(result.removed).toEqual(removed);
  });

  it.each([
    ['cpu: 0', { cpu: 0 }],
    ['essential: false', { essential: false }],
    ['readonlyRootFilesystem: false', { readonlyRootFilesystem: false }],
    ['an environment variable with an empty value', { environment: [{ name: 'EMPTY', value: '' }] }],
    ['a Docker label with an empty value', { dockerLabels: { tier: '' } }],
    [
      'a log option with an empty value',
      { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-datetime-format': '' } } },
    ],
  ])('keeps %s, where empty means something', (_, fields) => {
    const result = cleanForRegister(container(fields));
    expect(result.definition).toEqual(container(fields));
    expect(result.removed).toEqual([]);
  });

  it('removes read-only fields first, then empty values, and lists both', () => {
    const result = cleanForRegister({ ...described, taskRoleArn: '', volumes: [] });
    expect(result.definition).toEqual({
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx' }],
    });
    expect(result.removed).toEqual([...READ_ONLY_FIELDS, 'taskRoleArn', 'volumes']);
  });

  it('drops an empty value named "value" outside environment entries', () => {
    const result = cleanForRegister(container({ environmentFiles: [{ value: '', type: 's3' }] }));
    expect(result.definition.containerDefinitions[0].environmentFiles).toEqual([{ type: 's3' }]);
  });
});

/**
 * Every list field RegisterTaskDefinition takes, found by walking the SDK's shape model: its
 * path, and what its items are. A new list field in a future SDK is in the table by itself.
 */
function listFields(): { path: (string | number)[]; item: FieldType }[] {
  const found: { path: (string | number)[]; item: FieldType }[] = [];
  const walk = (shape: string, path: (string | number)[], seen: string[]) => {
    if (seen.includes(shape)) return;
    for (const [field, type] of Object.entries(TASK_DEFINITION_SCHEMA.shapes[shape].fields)) {
      const at = [...path, field];
      if (typeof type === 'object' && 'list' in type) {
        found.push({ path: at, item: type.list });
        if (typeof type.list === 'object' && 'shape' in type.list)
          walk(type.list.shape, [...at, 0], [...seen, shape]);
      } else if (typeof type === 'object' && 'shape' in type) {
        walk(type.shape, at, [...seen, shape]);
      }
    }
  };
  walk(TASK_DEFINITION_SCHEMA.root, [], []);
  return found;
}

/** A definition with `value` at `path` (objects and one-item lists on the way). */
function definitionWith(path: (string | number)[], value: unknown): Record<string, any> {
  const build = (rest: (string | number)[]): unknown => {
    if (rest.length === 0) return value;
    const [head, ...tail] = rest;
    return typeof head === 'number' ? [build(tail)] : { [head]: build(tail) };
  };
  return build(path) as Record<string, any>;
}

const dotted = (path: (string | number)[]) =>
  path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
    .join('')
    .slice(1);

describe('cleanForRegister never changes what a list means (issue 12)', () => {
  const fields = listFields();
  const isShape = (item: FieldType) => typeof item === 'object' && 'shape' in item;
  // Strings, enums and numbers: items whose position is their meaning.
  const stringLists = fields.filter(({ item }) => !isShape(item));
  const objectLists = fields.filter(({ item }) => isShape(item));

  it('finds the list fields of the model, command and entryPoint among them', () => {
    const names = stringLists.map(({ path }) => dotted(path));
    expect(names).toEqual(
      expect.arrayContaining([
        'containerDefinitions[0].command',
        'containerDefinitions[0].entryPoint',
        'containerDefinitions[0].healthCheck.command',
        'containerDefinitions[0].dnsServers',
        'containerDefinitions[0].linuxParameters.capabilities.add',
        'containerDefinitions[0].linuxParameters.tmpfs[0].mountOptions',
        'requiresCompatibilities',
      ]),
    );
    expect(stringLists.length).toBeGreaterThanOrEqual(14);
    expect(objectLists.length).toBeGreaterThanOrEqual(15);
  });

  it.each(stringLists.map(({ path }) => [dotted(path), path] as const))(
    '%s keeps its empty strings, in place',
    (_, path) => {
      for (const list of [['--prefix', '', '--listen', '0.0.0.0:8080'], [''], ['', ''], ['a', ' ', '']]) {
        const result = cleanForRegister(definitionWith(path, list));
        expect(result.definition).toEqual(definitionWith(path, list));
        expect(result.removed).toEqual([]);
      }
    },
  );

  it.each(stringLists.map(({ path }) => [dotted(path), path] as const))(
    '%s keeps a null item for the validator to name, instead of shifting the items after it',
    (_, path) => {
      const list = ['--prefix', null, '--listen'];
      const result = cleanForRegister(definitionWith(path, list));
      expect(result.definition).toEqual(definitionWith(path, list));
      expect(validateTaskDefinition(result.definition).map((problem) => problem.message)).toContainEqual(
        expect.stringContaining(`${dotted(path)}[1]`),
      );
    },
  );

  it.each(objectLists.map(({ path }) => [dotted(path), path] as const))(
    '%s keeps every item, empty ones too, so no item moves',
    (_, path) => {
      const list = [{}, { unknownMember: 'kept for the validator' }, {}];
      const result = cleanForRegister(definitionWith(path, list));
      expect(result.definition).toEqual(definitionWith(path, list));
      expect(result.removed).toEqual([]);
    },
  );

  it.each(fields.map(({ path }) => [dotted(path), path] as const))(
    '%s: an empty list is dropped, as ECS treats it as not set (describe output has [] for lists never given)',
    (_, path) => {
      const result = cleanForRegister({ family: 'web', ...definitionWith(path, []) });
      const valueAt = path.reduce<any>((value, part) => value?.[part], result.definition);
      expect(valueAt).toBeUndefined();
      expect(result.removed).toHaveLength(1);
      expect(dotted(path).startsWith(result.removed[0])).toBe(true);
    },
  );

  it('keeps the command of the issue exactly', () => {
    const command = ['--prefix', '', '--listen', '0.0.0.0:8080'];
    const result = cleanForRegister({
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx', command, entryPoint: ['sh', '-c', ''] }],
    });
    expect(result.definition.containerDefinitions[0].command).toEqual(command);
    expect(result.definition.containerDefinitions[0].entryPoint).toEqual(['sh', '-c', '']);
    expect(result.removed).toEqual([]);
  });
});
