import { READ_ONLY_FIELDS, cleanForRegister, stripReadOnly } from '../../../src/task-definition/clean.js';

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
      'null and empty array items',
      { mountPoints: [null, {}, { sourceVolume: 'v' }] },
      { mountPoints: [{ sourceVolume: 'v' }] },
      ['containerDefinitions[0].mountPoints[0]', 'containerDefinitions[0].mountPoints[1]'],
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
