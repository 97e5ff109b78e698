import { validateTaskDefinition } from '../../../src/task-definition/validate.js';

// Issue 12: names read from a task definition are printed in the plan and the diff; one that
// holds a control character is refused, naming the field and the character (not the name).
const valid = () => ({
  family: 'web',
  containerDefinitions: [
    {
      name: 'web',
      image: 'public.ecr.aws/a1b2c3d4/web:v1',
      memory: 512,
      environment: [{ name: 'A', value: '1' }],
      secrets: [{ name: 'S', valueFrom: 'arn:aws:ssm:eu-west-3:123456789012:parameter/s' }],
      dockerLabels: { tier: 'web' },
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g' } },
      mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }],
    },
  ],
  volumes: [{ name: 'data' }],
});

const BAD = 'x\n::stop-commands::PWNED';
// prettier-ignore
const PLACES: [string, (d: any) => void, string][] = [
  ['the family', (d) => (d.family = BAD), 'family contains a line feed (U+000A)'],
  ['a container name', (d) => (d.containerDefinitions[0].name = BAD), 'containerDefinitions[0].name contains a line feed (U+000A)'],
  ['an environment variable name', (d) => (d.containerDefinitions[0].environment[0].name = BAD), 'containerDefinitions[0].environment[0].name contains a line feed (U+000A)'],
  ['a secret name', (d) => (d.containerDefinitions[0].secrets[0].name = BAD), 'containerDefinitions[0].secrets[0].name contains a line feed (U+000A)'],
  ['a volume name', (d) => (d.volumes[0].name = BAD), 'volumes[0].name contains a line feed (U+000A)'],
  ['a mount point volume', (d) => (d.containerDefinitions[0].mountPoints[0].sourceVolume = BAD), 'containerDefinitions[0].mountPoints[0].sourceVolume contains a line feed (U+000A)'],
  ['a docker label key', (d) => (d.containerDefinitions[0].dockerLabels = { [BAD]: 'x' }), 'containerDefinitions[0].dockerLabels has a key that contains a line feed (U+000A)'],
  ['a log option key', (d) => (d.containerDefinitions[0].logConfiguration.options = { [BAD]: 'x' }), 'containerDefinitions[0].logConfiguration.options has a key that contains a line feed (U+000A)'],
  ['a top-level field name', (d) => (d[BAD] = 1), '(the task definition) has a key that contains a line feed (U+000A)'],
  ['a container field name', (d) => (d.containerDefinitions[0][`a\u2028b`] = 1), 'containerDefinitions[0] has a key that contains a line separator (U+2028)'],
  ['a carriage return in a name', (d) => (d.containerDefinitions[0].environment[0].name = 'A\rB'), 'containerDefinitions[0].environment[0].name contains a carriage return (U+000D)'],
  ['an escape in a name', (d) => (d.containerDefinitions[0].environment[0].name = 'A\u001b[2KB'), 'containerDefinitions[0].environment[0].name contains a control character (U+001B)'],
];

describe('control characters in task definition names', () => {
  it('accepts the valid definition', () => {
    expect(validateTaskDefinition(valid())).toEqual([]);
  });

  it.each(PLACES)('%s', (_what, change, message) => {
    const definition = valid();
    change(definition);
    expect(validateTaskDefinition(definition).map((problem) => problem.message)).toEqual([message]);
  });

  it('values that are not names keep their characters (a command may hold a newline)', () => {
    const definition = valid();
    (definition.containerDefinitions[0] as any).command = ['sh', '-c', 'echo a\necho b'];
    definition.containerDefinitions[0].environment[0].value = 'line 1\nline 2';
    expect(validateTaskDefinition(definition)).toEqual([]);
  });
});
