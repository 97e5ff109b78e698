import { parseDocumentText } from '../../../src/lib/documents.js';
import { InputError } from '../../../src/lib/errors.js';
import {
  assertValidTaskDefinition,
  formatPath,
  suggest,
  validateTaskDefinition,
} from '../../../src/task-definition/validate.js';

const valid = () => ({
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'proxy',
      image: 'nginx',
      essential: true,
      portMappings: [{ containerPort: 80, protocol: 'tcp' }],
    },
    {
      name: 'app',
      image: 'app:1',
      cpu: 0,
      portMappings: [{ containerPort: 8080 }],
      dockerLabels: { tier: 'web' },
    },
  ],
});

describe('validateTaskDefinition', () => {
  it('accepts a definition RegisterTaskDefinition takes', () => {
    expect(validateTaskDefinition(valid())).toEqual([]);
  });

  it.each<[string, (d: any) => void, string]>([
    [
      'a quoted port',
      (d) => (d.containerDefinitions[1].portMappings[0].containerPort = '8080'),
      'containerDefinitions[1].portMappings[0].containerPort must be a number, not the string "8080"',
    ],
    [
      'a string for a boolean',
      (d) => (d.containerDefinitions[0].essential = 'yes'),
      'containerDefinitions[0].essential must be a boolean (true or false), not the string "yes"',
    ],
    [
      'an object for a list',
      (d) => (d.containerDefinitions[0].portMappings = { containerPort: 80 }),
      'containerDefinitions[0].portMappings must be an array, not an object',
    ],
    [
      'a number in a string map',
      (d) => (d.containerDefinitions[1].dockerLabels.tier = 1),
      'containerDefinitions[1].dockerLabels.tier must be a string, not number 1',
    ],
    [
      'a value outside an enum',
      (d) => (d.networkMode = 'vpc'),
      'networkMode must be one of awsvpc, bridge, host, none, not the string "vpc"',
    ],
    [
      'an enum inside a list',
      (d) => (d.requiresCompatibilities = ['fargate']),
      'requiresCompatibilities[0] must be one of EC2, EXTERNAL, FARGATE, MANAGED_INSTANCES, not the string "fargate"',
    ],
    ['a missing required field', (d) => delete d.family, 'family is required'],
    [
      'a missing required nested field',
      (d) => (d.containerDefinitions[0].secrets = [{ name: 'A' }]),
      'containerDefinitions[0].secrets[0].valueFrom is required',
    ],
  ])('reports %s with its path', (_, change, message) => {
    const definition = valid();
    change(definition);
    expect(validateTaskDefinition(definition).map((problem) => problem.message)).toContain(message);
  });

  it.each([
    [
      'containerDefinitions[0].enviroment',
      (d: any) => (d.containerDefinitions[0].enviroment = []),
      "did you mean 'environment'?",
    ],
    [
      'ContainerDefinitions',
      (d: any) => (d.ContainerDefinitions = []),
      "did you mean 'containerDefinitions'?",
    ],
    ['execution_role_arn', (d: any) => (d.execution_role_arn = 'x'), "did you mean 'executionRoleArn'?"],
    [
      'containerDefinitions[1].portMappings[0].containerPorts',
      (d: any) => (d.containerDefinitions[1].portMappings[0].containerPorts = 1),
      "did you mean 'containerPort'?",
    ],
  ])('reports the unknown field %s with a suggestion for a likely typo', (path, change, hint) => {
    const definition = valid();
    change(definition);
    const [problem] = validateTaskDefinition(definition);
    expect(problem.message).toBe(`${path} is not a field RegisterTaskDefinition accepts; ${hint}`);
  });

  it('reports an unknown field that resembles nothing without a suggestion', () => {
    const [problem] = validateTaskDefinition({ ...valid(), somethingElse: 1 });
    expect(problem.message).toBe('somethingElse is not a field RegisterTaskDefinition accepts');
  });

  it.each<[string, (d: any) => void, string]>([
    [
      'no containers',
      (d) => (d.containerDefinitions = []),
      'containerDefinitions is empty; list at least one container',
    ],
    [
      'a container without an image',
      (d) => delete d.containerDefinitions[1].image,
      'containerDefinitions[1].image is required',
    ],
    [
      'two containers with one name',
      (d) => (d.containerDefinitions[1].name = 'proxy'),
      "containerDefinitions[1].name 'proxy' is used by another container; names must be unique",
    ],
    [
      'a family with a space',
      (d) => (d.family = 'my web'),
      "family 'my web' may only have letters, digits, hyphens and underscores (up to 255)",
    ],
  ])('reports %s, which ECS rejects', (_, change, message) => {
    const definition = valid();
    change(definition);
    expect(validateTaskDefinition(definition).map((problem) => problem.message)).toEqual([message]);
  });
});

describe('assertValidTaskDefinition', () => {
  it('annotates the first problem on its file and line, and names the others', async () => {
    const text =
      '{\n  "family": "web",\n  "containerDefinitions": [\n    {\n      "name": "web",\n      "image": "nginx",\n      "memory": "512",\n      "cpu": "x"\n    }\n  ]\n}\n';
    const document = await parseDocumentText('task-definition', '/ws/td.json', text);
    let error: InputError | undefined;
    try {
      assertValidTaskDefinition(JSON.parse(text), { input: 'task-definition', document });
    } catch (e) {
      error = e as InputError;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toBe(
      `Input 'task-definition': td.json:7: containerDefinitions[0].memory must be a number, not the string "512" (also: containerDefinitions[0].cpu must be a number, not the string "x")`,
    );
    expect(error!.location).toEqual({ input: 'task-definition', file: '/ws/td.json', line: 7 });
  });

  it('says where a definition without a file came from', () => {
    expect(() =>
      assertValidTaskDefinition(
        { family: 'web', containerDefinitions: [{ name: 'a' }] },
        { input: 'task-definition', origin: 'ECS' },
      ),
    ).toThrow('The task definition from ECS is not valid: containerDefinitions[0].image is required');
  });
});

describe('helpers', () => {
  it.each([
    [
      ['containerDefinitions', 1, 'portMappings', 0, 'containerPort'],
      'containerDefinitions[1].portMappings[0].containerPort',
    ],
    [['family'], 'family'],
    [[], '(the task definition)'],
  ])('formatPath(%j) is %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });

  it.each([
    ['imge', ['image', 'name'], 'image'],
    ['Image', ['image', 'name'], 'image'],
    ['xyz', ['image', 'name'], undefined],
  ])('suggest(%s, %j) is %s', (name, known, expected) => {
    expect(suggest(name, known)).toBe(expected);
  });
});
