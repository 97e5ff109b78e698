import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../../../src/lib/errors.js';
import { Inputs } from '../../../src/lib/inputs.js';
import { RENDER_INPUTS, RENDER_OUTPUTS, parseRenderInputs } from '../../../src/task-definition/inputs.js';
import { parseCommand, parseCpuValue, parseMemoryValue } from '../../../src/task-definition/values.js';
import { repoRoot } from '../../helpers/run-action.js';

const FILE = { 'task-definition': 'td.json' };
function parseWith(values: Record<string, string>, env: Record<string, string> = {}) {
  const saved = { AWS_REGION: process.env.AWS_REGION, AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION };
  delete process.env.AWS_REGION;
  delete process.env.AWS_DEFAULT_REGION;
  Object.assign(process.env, env);
  try {
    return parseRenderInputs(new Inputs((name) => values[name]));
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
function inputError(values: Record<string, string>): InputError {
  try {
    parseWith(values);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('render-task-def action.yml', () => {
  const action = parse(readFileSync(path.join(repoRoot, 'render-task-def/action.yml'), 'utf8'));
  it('declares exactly the inputs the code reads', () => {
    const inputs = new Inputs((name) => (name === 'task-definition' ? 'td.json' : undefined));
    parseRenderInputs(inputs);
    const read = inputs.read;
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(RENDER_INPUTS).sort());
    expect([...read].sort()).toEqual(Object.values(RENDER_INPUTS).sort());
  });
  it('declares the output the code sets', () => {
    expect(Object.keys(action.outputs)).toEqual(Object.values(RENDER_OUTPUTS));
  });
});

describe('parseRenderInputs: sources', () => {
  const arn = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/web:3';
  it.each<[string, Record<string, string>, object, string[]]>([
    ['a file', FILE, { kind: 'file', path: 'td.json' }, []],
    [
      'a file over an ARN and a family',
      { ...FILE, 'task-definition-arn': arn, 'task-definition-family': 'web' },
      { kind: 'file', path: 'td.json' },
      ['task-definition-arn', 'task-definition-family'],
    ],
    [
      'an ARN',
      { 'task-definition-arn': arn, 'aws-region': 'eu-west-3' },
      { kind: 'ecs', arn, region: 'eu-west-3' },
      [],
    ],
    [
      'an ARN over a family',
      { 'task-definition-arn': arn, 'task-definition-family': 'x', 'aws-region': 'eu-west-3' },
      { kind: 'ecs', arn, region: 'eu-west-3' },
      ['task-definition-family'],
    ],
    [
      'a family (latest)',
      { 'task-definition-family': 'web', 'aws-region': 'eu-west-3' },
      { kind: 'ecs', family: 'web', revision: undefined, region: 'eu-west-3' },
      [],
    ],
    [
      'a family and revision',
      { 'task-definition-family': 'web', 'task-definition-revision': '4', 'aws-region': 'eu-west-3' },
      { kind: 'ecs', family: 'web', revision: 4, region: 'eu-west-3' },
      [],
    ],
  ])('takes %s', (_, values, source, ignored) => {
    const settings = parseWith(values);
    expect(settings.source).toEqual(source);
    expect(settings.ignoredSources).toEqual(ignored);
  });

  it('takes the region from AWS_REGION when aws-region is empty', () => {
    expect(parseWith({ 'task-definition-family': 'web' }, { AWS_REGION: 'eu-west-3' }).source).toMatchObject({
      region: 'eu-west-3',
    });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['no source at all', {}, /^Input 'task-definition': no task definition given/],
    [
      'a revision without a family',
      { 'task-definition-arn': arn, 'task-definition-revision': '3' },
      /^Input 'task-definition-revision': needs task-definition-family/,
    ],
    [
      'a revision that is not a number',
      { 'task-definition-family': 'web', 'task-definition-revision': 'latest' },
      /^Input 'task-definition-revision': 'latest' is not a whole number/,
    ],
    [
      'revision 0',
      { 'task-definition-family': 'web', 'task-definition-revision': '0' },
      /^Input 'task-definition-revision': 0 is out of range/,
    ],
    [
      'a malformed ARN',
      { 'task-definition-arn': 'web:3' },
      /^Input 'task-definition-arn': 'web:3' is not a task definition ARN/,
    ],
    [
      'a family with a revision in it',
      { 'task-definition-family': 'web:3' },
      /^Input 'task-definition-family': 'web:3' is not a task definition family/,
    ],
    ['ECS without a region', { 'task-definition-family': 'web' }, /^Input 'aws-region': no region given/],
    [
      'a malformed region',
      { ...FILE, 'aws-region': 'paris' },
      /^Input 'aws-region': 'paris' is not an AWS region/,
    ],
  ])('rejects %s, naming the input', (_, values, message) => {
    expect(inputError(values).message).toMatch(message);
  });
});

describe('parseRenderInputs: containers and images', () => {
  it.each<[string, Record<string, string>, object[]]>([
    [
      'container-name and image',
      { 'container-name': 'web', image: 'nginx:1.27' },
      [{ container: 'web', image: 'nginx:1.27', input: 'container-name' }],
    ],
    [
      'a comma-separated container-name',
      { 'container-name': 'web, worker', image: 'app@sha256:' + 'a'.repeat(64) },
      [
        { container: 'web', image: 'app@sha256:' + 'a'.repeat(64), input: 'container-name' },
        { container: 'worker', image: 'app@sha256:' + 'a'.repeat(64), input: 'container-name' },
      ],
    ],
    [
      'image alone (the only container)',
      { image: 'public.ecr.aws/a1b2c3d4/web-ui-client:sha-1234567' },
      [
        {
          container: '',
          image: 'public.ecr.aws/a1b2c3d4/web-ui-client:sha-1234567',
          input: 'container-name',
        },
      ],
    ],
    [
      'images lines',
      { images: 'web=nginx:1\n# comment\n\nworker=localhost:5000/worker:2' },
      [
        { container: 'web', image: 'nginx:1', input: 'images' },
        { container: 'worker', image: 'localhost:5000/worker:2', input: 'images' },
      ],
    ],
  ])('reads %s', (_, values, images) => {
    expect(parseWith({ ...FILE, ...values }).images).toEqual(images);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'image and images together',
      { image: 'a', images: 'web=b' },
      /^Input 'images': is set together with image/,
    ],
    ['a malformed images line', { images: 'web=nginx\nworker' }, /^Input 'images': line 2 is not KEY=VALUE/],
    [
      'a container twice in images',
      { images: 'web=a\nweb=b' },
      /^Input 'images': line 2: container 'web' is already on line 1/,
    ],
    [
      'an image with a space',
      { image: 'nginx latest' },
      /^Input 'image': 'nginx latest' is not an image reference/,
    ],
    // issue 12: one image grammar (src/lib/image-reference.ts)
    [
      'a 40-digit upper-case sha256 digest',
      { image: `public.ecr.aws/a1b2c3d4/web@sha256:${'A'.repeat(40)}` },
      /^Input 'image': .* is not an image reference.*exactly 64 lower-case hex/,
    ],
    [
      'an upper-case repository',
      { images: 'web=public.ecr.aws/a1b2c3d4/Web:v1' },
      /^Input 'images': line 1: .* is not an image reference.*repositories are lower-case/,
    ],
    [
      'a digest of an unregistered algorithm',
      { image: `public.ecr.aws/a1b2c3d4/web@md5:${'a'.repeat(32)}` },
      /^Input 'image': .* is not an image reference/,
    ],
    [
      'an images line with an empty image',
      { images: 'web=' },
      /^Input 'images': line 1: '' is not an image reference/,
    ],
    [
      'a container name with a space',
      { 'container-name': 'my web', image: 'a' },
      /^Input 'container-name': 'my web' is not a container name/,
    ],
  ])('rejects %s', (_, values, message) => {
    expect(inputError({ ...FILE, ...values }).message).toMatch(message);
  });
});

describe('parseRenderInputs: container settings', () => {
  it('reads environment variables, splitting on the first = only', () => {
    const settings = parseWith({
      ...FILE,
      'environment-variables': 'A=1\n# skipped\n\nURL=postgres://h/db?a=b\nEMPTY=',
    });
    expect(settings.environment).toEqual([
      { name: 'A', value: '1' },
      { name: 'URL', value: 'postgres://h/db?a=b' },
      { name: 'EMPTY', value: '' },
    ]);
    expect(settings.environmentMode).toBe('merge');
  });

  it.each([
    ['merge', 'merge'],
    ['REPLACE', 'replace'],
  ])('reads environment-variables-mode %s', (mode, expected) => {
    expect(parseWith({ ...FILE, 'environment-variables-mode': mode }).environmentMode).toBe(expected);
  });

  it('reads secrets, env-files, log configuration, labels, roles, cpu and memory', () => {
    const settings = parseWith({
      ...FILE,
      secrets:
        'DB_PASSWORD=arn:aws:ssm:eu-west-3:123456789012:parameter/db/password\nTOKEN=arn:aws:secretsmanager:eu-west-3:123456789012:secret:token-AbCdEf:token::',
      'env-files': 'arn:aws:s3:::my-bucket/prod.env\narn:aws:s3:::my-bucket/shared/common.env',
      'log-configuration-log-driver': 'awslogs',
      'log-configuration-options': 'awslogs-group=/ecs/web\nawslogs-region=eu-west-3',
      'docker-labels': 'team=vision\nformula=a=b',
      'task-role-arn': 'arn:aws:iam::123456789012:role/web-task',
      'execution-role-arn': 'arn:aws:iam::123456789012:role/service-role/ecsTaskExecutionRole',
      cpu: '0.5 vCPU',
      memory: '1 GB',
    });
    expect(settings).toMatchObject({
      secrets: [
        { name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:eu-west-3:123456789012:parameter/db/password' },
        {
          name: 'TOKEN',
          valueFrom: 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:token-AbCdEf:token::',
        },
      ],
      environmentFiles: ['arn:aws:s3:::my-bucket/prod.env', 'arn:aws:s3:::my-bucket/shared/common.env'],
      logDriver: 'awslogs',
      logOptions: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'eu-west-3' },
      dockerLabels: { team: 'vision', formula: 'a=b' },
      taskRoleArn: 'arn:aws:iam::123456789012:role/web-task',
      executionRoleArn: 'arn:aws:iam::123456789012:role/service-role/ecsTaskExecutionRole',
      cpu: '512',
      memory: '1024',
    });
  });

  it('leaves every setting undefined when its input is empty', () => {
    const settings = parseWith(FILE);
    for (const key of [
      'environment',
      'environmentFiles',
      'secrets',
      'logDriver',
      'logOptions',
      'dockerLabels',
      'command',
      'taskRoleArn',
      'executionRoleArn',
      'cpu',
      'memory',
    ] as const) {
      expect(settings[key]).toBeUndefined();
    }
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a line without =',
      { 'environment-variables': 'A=1\nB' },
      /^Input 'environment-variables': line 2 is not KEY=VALUE/,
    ],
    [
      'a line starting with =',
      { 'environment-variables': '=1' },
      /^Input 'environment-variables': line 1 is not KEY=VALUE/,
    ],
    [
      'an unknown mode',
      { 'environment-variables-mode': 'append' },
      /^Input 'environment-variables-mode': 'append' is not one of merge, replace/,
    ],
    ['a secret without =', { secrets: 'DB_PASSWORD' }, /^Input 'secrets': line 1 is not KEY=VALUE/],
    [
      'a secret without valueFrom',
      { secrets: 'DB_PASSWORD=' },
      /^Input 'secrets': line 1: secret 'DB_PASSWORD' has no valueFrom/,
    ],
    [
      'an env file that is not an S3 ARN',
      { 'env-files': 'arn:aws:s3:::bucket/ok.env\ns3://bucket/prod.env' },
      /^Input 'env-files': line 2 's3:\/\/bucket\/prod.env' is not an S3 object ARN/,
    ],
    [
      'an unknown log driver, listing the allowed ones',
      { 'log-configuration-log-driver': 'cloudwatch' },
      /^Input 'log-configuration-log-driver': 'cloudwatch' is not a log driver ECS supports\. Use one of: awslogs, fluentd, gelf, json-file, journald, logentries, splunk, syslog, awsfirelens$/,
    ],
    [
      'a log option without =',
      { 'log-configuration-options': 'awslogs-group' },
      /^Input 'log-configuration-options': line 1 is not KEY=VALUE/,
    ],
    [
      'a docker label without =',
      { 'docker-labels': 'a=1\nteam' },
      /^Input 'docker-labels': line 2 is not KEY=VALUE/,
    ],
    [
      'a task role that is not a role ARN',
      { 'task-role-arn': 'web-task' },
      /^Input 'task-role-arn': 'web-task' is not an IAM role ARN/,
    ],
    [
      'an execution role ARN of a user',
      { 'execution-role-arn': 'arn:aws:iam::123456789012:user/ci' },
      /^Input 'execution-role-arn': .* is not an IAM role ARN/,
    ],
    [
      'a role ARN with a short account',
      { 'task-role-arn': 'arn:aws:iam::1234:role/x' },
      /^Input 'task-role-arn'/,
    ],
    [
      'an unterminated quote in command',
      { command: 'sh -c "echo hi' },
      /^Input 'command': has an unterminated " quote at column 7/,
    ],
    [
      'a JSON command that is not strings',
      { command: '["a", 1]' },
      /^Input 'command': is a JSON array, but not of strings only/,
    ],
    ['a cpu that is not a size', { cpu: 'fast' }, /^Input 'cpu': 'fast' is not a CPU size/],
    ['a memory that is not a size', { memory: '1 TB' }, /^Input 'memory': '1 TB' is not a memory size/],
  ])('rejects %s', (_, values, message) => {
    expect(inputError({ ...FILE, ...values }).message).toMatch(message);
  });
});

describe('parseCommand', () => {
  it.each<[string, string[]]>([
    ['npm start', ['npm', 'start']],
    ['  npm   run  start ', ['npm', 'run', 'start']],
    ['npm run "start prod"', ['npm', 'run', 'start prod']],
    ["sh -c 'echo $HOME && exit 0'", ['sh', '-c', 'echo $HOME && exit 0']],
    ['echo "say \\"hi\\""', ['echo', 'say "hi"']],
    ['echo a\\ b', ['echo', 'a b']],
    ['echo ""', ['echo', '']],
    ['--flag="a b"c', ['--flag=a bc']],
    ['["sh", "-c", "echo \\"a b\\""]', ['sh', '-c', 'echo "a b"']],
    ['gunicorn\n--bind 0.0.0.0:8000', ['gunicorn', '--bind', '0.0.0.0:8000']],
  ])('%s → %j', (text, argv) => {
    expect(parseCommand(text)).toEqual(argv);
  });
});

describe('cpu and memory sizes', () => {
  it.each([
    ['256', '256'],
    ['1024', '1024'],
    ['0.25 vCPU', '256'],
    ['1 vCPU', '1024'],
    ['2vcpu', '2048'],
    ['0', undefined],
    ['0.0001 vCPU', undefined],
    ['1.5', undefined],
  ])('cpu %s → %s', (text, units) => {
    expect(parseCpuValue(text)).toBe(units);
  });
  it.each([
    ['512', '512'],
    ['1 GB', '1024'],
    ['0.5 GB', '512'],
    ['2GiB', '2048'],
    ['512 MiB', '512'],
    ['0', undefined],
    ['1 TB', undefined],
  ])('memory %s → %s', (text, mib) => {
    expect(parseMemoryValue(text)).toBe(mib);
  });
});
