import { diffTaskDefinitions, formatDiff, same } from '../../../src/task-definition/diff.js';

const before = {
  family: 'web',
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
  containerDefinitions: [
    {
      name: 'web',
      image: 'web:1',
      cpu: 128,
      portMappings: [{ containerPort: 80, protocol: 'tcp' }],
      environment: [
        { name: 'KEEP', value: 'same' },
        { name: 'CHANGE', value: 'old-secret-value' },
        { name: 'DROP', value: 'x' },
      ],
      secrets: [{ name: 'DB', valueFrom: 'arn:aws:ssm:eu-west-3:123456789012:parameter/db' }],
      command: ['serve'],
    },
    { name: 'old-sidecar', image: 'side:1' },
  ],
};
const after = {
  family: 'web',
  cpu: '512',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
  taskRoleArn: 'arn:aws:iam::123456789012:role/task',
  volumes: [{ name: 'data' }],
  containerDefinitions: [
    {
      name: 'web',
      image: 'web:2',
      cpu: 256,
      portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
      environment: [
        { name: 'KEEP', value: 'same' },
        { name: 'CHANGE', value: 'new-secret-value' },
        { name: 'ADD', value: 'y' },
      ],
      secrets: [{ name: 'DB', valueFrom: 'arn:aws:ssm:eu-west-3:123456789012:parameter/db2' }],
      command: ['serve', '--verbose'],
    },
    { name: 'new-sidecar', image: 'side:2', environment: [{ name: 'X', value: 'hidden' }] },
  ],
};

describe('diffTaskDefinitions', () => {
  const diff = diffTaskDefinitions(before, after);

  it('shows task-level sizes and roles, and names other task fields', () => {
    expect(diff.task).toEqual({
      cpu: { from: '256', to: '512' },
      taskRoleArn: { from: undefined, to: 'arn:aws:iam::123456789012:role/task' },
    });
    expect(diff.otherTaskFields).toEqual(['volumes']);
  });

  it('gives per-container image, environment and secret names, ports, cpu and other fields', () => {
    expect(diff.containers[0]).toEqual({
      name: 'web',
      status: 'changed',
      image: { from: 'web:1', to: 'web:2' },
      environment: { added: ['ADD'], changed: ['CHANGE'], removed: ['DROP'] },
      secrets: { added: [], changed: ['DB'], removed: [] },
      ports: { from: ['80/tcp'], to: ['8080/tcp'] },
      cpu: { from: '128', to: '256' },
      otherFields: ['command'],
    });
  });

  it('lists added and removed containers', () => {
    expect(diff.containers.map((c) => [c.name, c.status])).toEqual([
      ['web', 'changed'],
      ['new-sidecar', 'added'],
      ['old-sidecar', 'removed'],
    ]);
  });

  it('never contains an environment value', () => {
    const text = JSON.stringify(diff) + formatDiff(diff).join('\n');
    for (const value of ['old-secret-value', 'new-secret-value', 'hidden', 'serve'])
      expect(text).not.toContain(value);
  });

  it('finds no change between equal definitions with keys in another order', () => {
    const reverse = (value: any): any =>
      Array.isArray(value)
        ? value.map(reverse)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reverse(item)]),
            )
          : value;
    const reordered = reverse(before);
    expect(Object.keys(reordered)[0]).toBe('containerDefinitions');
    expect(diffTaskDefinitions(before, { ...reordered, revision: 9, registeredAt: 'now' }).changed).toBe(
      false,
    );
  });
});

describe('formatDiff', () => {
  it('writes one line per change, names only for environment and secrets', () => {
    expect(formatDiff(diffTaskDefinitions(before, after))).toEqual([
      'task cpu: 256 → 512',
      'task taskRoleArn: (none) → arn:aws:iam::123456789012:role/task',
      'task fields changed: volumes',
      'container web: image web:1 → web:2',
      'container web: environment added ADD; changed CHANGE; removed DROP',
      'container web: secrets changed DB',
      'container web: ports 80/tcp → 8080/tcp',
      'container web: cpu 128 → 256',
      'container web: changed command',
      'container new-sidecar: added (image side:2)',
      'container new-sidecar: environment added X',
      'container old-sidecar: removed',
    ]);
  });

  it('says so when nothing changed', () => {
    expect(formatDiff(diffTaskDefinitions(before, before))).toEqual(['no changes']);
  });
});

describe('same', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [[1, 2], [2, 1], false],
    [{ a: '1' }, { a: 1 }, false],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(same(a, b)).toBe(expected);
  });
});
