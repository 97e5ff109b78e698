import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../../src/lib/errors.js';
import {
  TaskDefinitionNotFoundError,
  fetchTaskDefinition,
  isTaskDefinitionNotFound,
  loadTaskDefinitionFile,
  taskDefinitionIdentifier,
} from '../../../src/task-definition/load.js';
import { accessDenied } from '../../helpers/iam-denial.js';

let workspace: string;
const saved = process.env.GITHUB_WORKSPACE;
beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'load-'));
  process.env.GITHUB_WORKSPACE = workspace;
});
afterAll(() => {
  process.env.GITHUB_WORKSPACE = saved;
});
function file(name: string, text: string): string {
  writeFileSync(path.join(workspace, name), text);
  return name;
}
async function failure(fn: () => Promise<unknown>): Promise<InputError> {
  try {
    await fn();
  } catch (error) {
    return error as InputError;
  }
  throw new Error('expected an error');
}

describe('loadTaskDefinitionFile', () => {
  it('reads a JSON task definition', async () => {
    const loaded = await loadTaskDefinitionFile(
      'task-definition',
      file('a.json', '{"family":"web","containerDefinitions":[{"name":"web"}]}'),
    );
    expect(loaded.definition).toEqual({ family: 'web', containerDefinitions: [{ name: 'web' }] });
    expect(loaded.tags).toEqual([]);
  });

  it('reads a file by absolute path', async () => {
    const absolute = path.join(workspace, file('abs.json', '{"family":"web","containerDefinitions":[]}'));
    expect((await loadTaskDefinitionFile('task-definition', absolute)).document.file).toBe(absolute);
  });

  it('reads a YAML task definition and finds lines in it', async () => {
    const loaded = await loadTaskDefinitionFile(
      'task-definition',
      file('a.yaml', 'family: web\ncontainerDefinitions:\n  - name: web\n    image: nginx\n'),
    );
    expect(loaded.definition.containerDefinitions[0].image).toBe('nginx');
    expect(loaded.document.lineOf(['containerDefinitions', 0, 'image'])).toBe(4);
  });

  it('unwraps describe-task-definition output, keeps its tags, and maps lines into the wrapper', async () => {
    const text = JSON.stringify(
      {
        taskDefinition: {
          family: 'web',
          revision: 4,
          containerDefinitions: [{ name: 'web', image: 'nginx' }],
        },
        tags: [{ key: 'team', value: 'vision' }],
      },
      null,
      2,
    );
    const loaded = await loadTaskDefinitionFile('task-definition', file('described.json', text));
    expect(loaded.definition.family).toBe('web');
    expect(loaded.definition.revision).toBe(4);
    expect(loaded.tags).toEqual([{ key: 'team', value: 'vision' }]);
    expect(loaded.document.data).toBe(loaded.definition);
    expect(loaded.document.lineOf(['family'])).toBe(3);
  });

  it.each([
    [
      'a missing file, with its path',
      'missing.json',
      undefined,
      /^Input 'task-definition': file not found: .*missing\.json/,
    ],
    [
      'invalid JSON, with the position',
      'bad.json',
      '{"family": "web",,}',
      /not valid JSON \(line 1, column \d+\)/,
    ],
    [
      'invalid YAML, with the position',
      'bad.yaml',
      'family: web\n  containerDefinitions: [\n',
      /not valid JSON or YAML \(line \d+, column \d+\)/,
    ],
    ['a list instead of an object', 'list.json', '[1, 2]', /list\.json:1: is not a task definition/],
    [
      'no containerDefinitions',
      'none.json',
      '{\n"family": "web"\n}',
      /none\.json:1: has no containerDefinitions array/,
    ],
    [
      'containerDefinitions that is not an array',
      'obj.json',
      '{\n"family": "web",\n"containerDefinitions": {}\n}',
      /obj\.json:3: containerDefinitions must be an array/,
    ],
    [
      'tags that are not key/value objects',
      'tags.json',
      '{"taskDefinition": {"containerDefinitions": []}, "tags": [{"key": 1}]}',
      /tags\[0\] must be an object with a string key and value/,
    ],
  ])('fails on %s, naming the input', async (_, name, text, message) => {
    const error = await failure(() =>
      loadTaskDefinitionFile('task-definition', text === undefined ? name : file(name, text)),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^Input 'task-definition': /);
    expect(error.message).toMatch(message);
    if (text !== undefined) expect(error.location.file).toBe(path.join(workspace, name));
  });
});

describe('fetchTaskDefinition', () => {
  const describedResponse = {
    taskDefinition: {
      taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:7',
      family: 'web',
      revision: 7,
      registeredAt: new Date('2024-01-01T00:00:00Z'),
      containerDefinitions: [{ name: 'web', image: 'nginx', environment: undefined }],
    },
    tags: [{ key: 'team', value: 'vision' }],
  };
  function fakeEcs(answer: () => unknown) {
    const sent: any[] = [];
    const ecs = {
      send: async (command: any) => {
        sent.push(command.input);
        return answer();
      },
    };
    return { ecs: ecs as any, sent };
  }

  it.each([
    [
      { arn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:7' },
      'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:7',
    ],
    [{ family: 'web' }, 'web'],
    [{ family: 'web', revision: 7 }, 'web:7'],
    [
      { arn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:7', family: 'other' },
      'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:7',
    ],
  ])('describes %j as %s, with its tags', async (reference, identifier) => {
    const { ecs, sent } = fakeEcs(() => describedResponse);
    const fetched = await fetchTaskDefinition(ecs, reference);
    expect(sent).toEqual([{ taskDefinition: identifier, include: ['TAGS'] }]);
    expect(fetched.arn).toBe(describedResponse.taskDefinition.taskDefinitionArn);
    expect(fetched.tags).toEqual([{ key: 'team', value: 'vision' }]);
    expect(fetched.definition.registeredAt).toBe('2024-01-01T00:00:00.000Z');
    expect(fetched.definition.containerDefinitions[0]).toEqual({ name: 'web', image: 'nginx' });
  });

  it('turns a missing family into an error naming the input', async () => {
    const { ecs } = fakeEcs(() => {
      throw Object.assign(new Error('Unable to describe task definition.'), { name: 'ClientException' });
    });
    const error = await fetchTaskDefinition(ecs, { family: 'nope' }).catch((e) => e);
    expect(error).toBeInstanceOf(TaskDefinitionNotFoundError);
    expect(error.message).toMatch(/^Input 'task-definition-family': no task definition 'nope' is registered/);
    expect(isTaskDefinitionNotFound(error)).toBe(true);
  });

  it('keeps other AWS failures as AWS errors, saying what it was doing', async () => {
    const { ecs } = fakeEcs(() => {
      throw Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' });
    });
    const error = await fetchTaskDefinition(ecs, { family: 'web' }).catch((e) => e);
    expect(error.message).toMatch(/^While describing task definition web: AccessDeniedException/);
  });

  // Issue 14: render-task-def reads the base it was given by family or ARN: the permission is required.
  it('names the missing permission when IAM refuses the read', async () => {
    const { ecs } = fakeEcs(() => {
      throw accessDenied('ecs:DescribeTaskDefinition');
    });
    const error = await fetchTaskDefinition(ecs, { family: 'web' }).catch((e) => e);
    expect(error.message).toMatch(
      /^While describing task definition web: Missing IAM permission: add ecs:DescribeTaskDefinition on \* to the role's policy \(see docs\/iam\.md\)\. AWS said: AccessDeniedException: User: /,
    );
  });

  it('needs an ARN or a family', () => {
    expect(() => taskDefinitionIdentifier({})).toThrow(/ARN or family/);
  });
});

describe('isTaskDefinitionNotFound', () => {
  it.each([
    [{ name: 'ClientException', message: 'Unable to describe task definition.' }, true],
    [{ name: 'ClientException', message: 'The specified task definition does not exist.' }, true],
    [{ name: 'ClientException', message: 'Too many tags' }, false],
    [{ name: 'ThrottlingException', message: 'Rate exceeded' }, false],
    [undefined, false],
  ])('%j → %s', (error, expected) => {
    expect(isTaskDefinitionNotFound(error)).toBe(expected);
  });
});
