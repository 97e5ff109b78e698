import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_FIXTURE_PATH, startEmulator, type Emulator } from '../../emulator/index.js';
import { repoRoot, runAction, type ActionResult } from '../helpers/run-action.js';

/**
 * Real parts: dist/render-task-def/index.js run by Node 24 as the runner runs it (INPUT_*,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP), the AWS SDK it bundles, and the ECS emulator
 * on 127.0.0.1 for fetching from ECS. Build the bundle first: npm run bundle
 */
const examples = path.join(repoRoot, 'examples/task-definitions');

function workspaceWith(files: Record<string, string>): string {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'render-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), text);
  }
  return workspace;
}

function rendered(result: ActionResult): Record<string, any> {
  const file = result.outputs['task-definition'];
  expect(path.dirname(file)).toBe(result.runnerTemp);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function expectOneError(result: ActionResult, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(pattern);
  expect(result.outputs['task-definition']).toBeUndefined();
}

describe('render-task-def against files', () => {
  const example = readFileSync(path.join(examples, 'sites-management-api.json'), 'utf8');

  it('renders a new image and environment into stable 2-space JSON under RUNNER_TEMP, summarising names only', async () => {
    const workspace = workspaceWith({ 'deploy/td.json': example });
    const inputs = {
      'task-definition': 'deploy/td.json',
      'container-name': 'sites-management-api',
      image: 'public.ecr.aws/a1b2c3d4/sites-management-api:sha-abcdef1',
      'environment-variables': 'LOG_LEVEL=debug\nFEATURE_FLAG=super-secret-value',
    };
    const result = await runAction('render-task-def', { workspace, inputs });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const definition = rendered(result);
    const [container] = definition.containerDefinitions;
    expect(container.image).toBe('public.ecr.aws/a1b2c3d4/sites-management-api:sha-abcdef1');
    expect(container.environment).toContainEqual({ name: 'LOG_LEVEL', value: 'debug' });
    expect(container.environment).toContainEqual({ name: 'FEATURE_FLAG', value: 'super-secret-value' });
    const text = readFileSync(result.outputs['task-definition'], 'utf8');
    expect(text).toBe(`${JSON.stringify(definition, null, 2)}\n`);
    expect(result.summary).toContain(
      'public.ecr.aws/a1b2c3d4/sites-management-api:latest → public.ecr.aws/a1b2c3d4/sites-management-api:sha-abcdef1',
    );
    expect(result.summary).toContain('environment added FEATURE_FLAG; changed LOG_LEVEL');
    expect(result.summary + result.log).not.toContain('super-secret-value');

    const again = await runAction('render-task-def', { workspace, inputs });
    expect(path.basename(again.outputs['task-definition'])).toBe(
      path.basename(result.outputs['task-definition']),
    );
  });

  it('accepts describe-task-definition output as YAML, removes read-only fields and keeps the tags', async () => {
    const described = {
      taskDefinition: {
        ...JSON.parse(example),
        taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/sites-management-api:4',
        revision: 4,
        status: 'ACTIVE',
        compatibilities: ['EC2', 'FARGATE'],
        registeredAt: '2024-05-01T10:00:00.000Z',
      },
      tags: [{ key: 'team', value: 'sites' }],
    };
    const { stringify } = await import('yaml');
    const workspace = workspaceWith({ 'td.yaml': stringify(described) });
    const result = await runAction('render-task-def', {
      workspace,
      inputs: { 'task-definition': 'td.yaml', cpu: '1 vCPU', memory: '2 GB' },
    });
    expect(result.errors).toEqual([]);
    const definition = rendered(result);
    for (const field of ['taskDefinitionArn', 'revision', 'status', 'compatibilities', 'registeredAt'])
      expect(definition).not.toHaveProperty(field);
    expect(definition.tags).toEqual([{ key: 'team', value: 'sites' }]);
    expect([definition.cpu, definition.memory]).toEqual(['1024', '2048']);
  });

  it.each<[string, Record<string, string>, Record<string, string>, RegExp]>([
    [
      'a missing file, with its path',
      {},
      { 'task-definition': 'nope.json' },
      /^Input 'task-definition': file not found: .*nope\.json/,
    ],
    [
      'a file that is not JSON, with the position',
      { 'td.json': '{"family": "x",\n  oops\n}' },
      { 'task-definition': 'td.json' },
      /^Input 'task-definition': .*td\.json is not valid JSON \(line \d+, column \d+\)/,
    ],
    [
      'no containerDefinitions',
      { 'td.json': '{"family": "x"}' },
      { 'task-definition': 'td.json' },
      /^Input 'task-definition': td\.json:1: has no containerDefinitions array/,
    ],
    [
      'a container that does not exist, listing those that do',
      {},
      { 'task-definition': 'td.json', 'container-name': 'api', image: 'x:1' },
      /^Input 'container-name': no container named 'api' in the task definition\. Its containers are: sites-management-api$/,
    ],
    [
      'a malformed KEY=VALUE line',
      {},
      {
        'task-definition': 'td.json',
        'container-name': 'sites-management-api',
        'environment-variables': 'A=1\nB',
      },
      /^Input 'environment-variables': line 2 is not KEY=VALUE/,
    ],
    [
      'an invalid role ARN',
      {},
      { 'task-definition': 'td.json', 'task-role-arn': 'my-role' },
      /^Input 'task-role-arn': 'my-role' is not an IAM role ARN/,
    ],
    [
      'an invalid log driver, listing the allowed ones',
      {},
      { 'task-definition': 'td.json', 'log-configuration-log-driver': 'cloudwatch' },
      /^Input 'log-configuration-log-driver': .*Use one of: awslogs, fluentd, gelf, json-file, journald, logentries, splunk, syslog, awsfirelens$/,
    ],
    [
      'a revision without a family',
      {},
      { 'task-definition': 'td.json', 'task-definition-revision': '2' },
      /^Input 'task-definition-revision': needs task-definition-family/,
    ],
  ])('fails on %s, with one error naming the input', async (_, files, inputs, pattern) => {
    const workspace = workspaceWith({ 'td.json': example, ...files });
    const result = await runAction('render-task-def', { workspace, inputs });
    expectOneError(result, pattern);
  });

  it('annotates a wrong type on the file and line, with the field path', async () => {
    const broken = JSON.parse(example);
    broken.containerDefinitions.push({
      name: 'sidecar',
      image: 'busybox',
      portMappings: [{ containerPort: '9000' }],
    });
    const workspace = workspaceWith({ 'td.json': JSON.stringify(broken, null, 2) });
    const result = await runAction('render-task-def', {
      workspace,
      inputs: { 'task-definition': 'td.json' },
    });
    expectOneError(
      result,
      /^Input 'task-definition': td\.json:\d+: containerDefinitions\[1\]\.portMappings\[0\]\.containerPort must be a number/,
    );
    const line =
      JSON.stringify(broken, null, 2)
        .split('\n')
        .findIndex((text) => text.includes('"9000"')) + 1;
    expect(result.errorLines[0]).toContain(`file=${path.join(workspace, 'td.json')},line=${line}`);
  });

  it('suggests the field a typo meant', async () => {
    const typo = JSON.parse(example);
    typo.containerDefinitions[0].enviroment = typo.containerDefinitions[0].environment;
    const workspace = workspaceWith({ 'td.json': JSON.stringify(typo, null, 2) });
    const result = await runAction('render-task-def', {
      workspace,
      inputs: { 'task-definition': 'td.json' },
    });
    expectOneError(
      result,
      /containerDefinitions\[0\]\.enviroment is not a field RegisterTaskDefinition accepts; did you mean 'environment'\?/,
    );
  });
});

describe('render-task-def fetching the base from ECS (emulator)', () => {
  let emulator: Emulator;
  const arn = (family: string, revision: number) =>
    `arn:aws:ecs:eu-west-3:123456789012:task-definition/${family}:${revision}`;

  beforeAll(async () => {
    // The seed fixture, plus a second revision of web-ui-client so latest and :1 differ.
    const fixture = JSON.parse(readFileSync(SEED_FIXTURE_PATH, 'utf8'));
    const definitions = fixture.regions['eu-west-3'].taskDefinitions;
    const second = structuredClone(definitions.find((td: any) => td.family === 'web-ui-client'));
    second.containerDefinitions[0].image = 'public.ecr.aws/a1b2c3d4/web-ui-client:v2';
    definitions.push(second);
    emulator = await startEmulator({ fixture });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  const env = () => ({ AWS_ENDPOINT_URL: emulator.endpoint, AWS_REGION: 'eu-west-3' });

  it.each<[string, Record<string, string>, string]>([
    ['an ARN', { 'task-definition-arn': arn('web-ui-client', 1) }, arn('web-ui-client', 1)],
    ['a family (its latest revision)', { 'task-definition-family': 'web-ui-client' }, 'web-ui-client'],
    [
      'a family and revision',
      { 'task-definition-family': 'web-ui-client', 'task-definition-revision': '1' },
      'web-ui-client:1',
    ],
  ])('fetches by %s, with its tags, and renders it', async (_, inputs, identifier) => {
    const before = emulator.calls.length;
    const result = await runAction('render-task-def', {
      env: env(),
      inputs: {
        ...inputs,
        'container-name': 'web-ui-client',
        image: 'public.ecr.aws/a1b2c3d4/web-ui-client:sha-1234567',
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const calls = emulator.calls.slice(before);
    expect(calls.map((call) => [call.operation, call.params])).toEqual([
      ['DescribeTaskDefinition', { taskDefinition: identifier, include: ['TAGS'] }],
    ]);
    const definition = rendered(result);
    expect(definition.family).toBe('web-ui-client');
    expect(definition.containerDefinitions[0].image).toBe(
      'public.ecr.aws/a1b2c3d4/web-ui-client:sha-1234567',
    );
    expect(definition).not.toHaveProperty('revision');
    expect(definition).not.toHaveProperty('taskDefinitionArn');
    expect(definition.tags).toContainEqual({ key: 'service', value: 'web-ui-client' });
    const from = identifier === 'web-ui-client' ? 'v2' : 'v1';
    expect(result.summary).toContain(
      `public.ecr.aws/a1b2c3d4/web-ui-client:${from} → public.ecr.aws/a1b2c3d4/web-ui-client:sha-1234567`,
    );
  });

  it.each([
    [
      'a missing family',
      { 'task-definition-family': 'no-such-service' },
      /^Input 'task-definition-family': no task definition 'no-such-service' is registered/,
    ],
    [
      'a missing revision',
      { 'task-definition-family': 'idp', 'task-definition-revision': '9' },
      /^Input 'task-definition-family': no task definition 'idp:9' is registered/,
    ],
    [
      'a missing ARN',
      { 'task-definition-arn': arn('idp', 9) },
      /^Input 'task-definition-arn': no task definition '.*idp:9' is registered/,
    ],
  ])('fails clearly on %s, changing nothing', async (_, inputs, pattern) => {
    const mutating = emulator.mutatingCalls().length;
    const result = await runAction('render-task-def', { env: env(), inputs });
    expectOneError(result, pattern);
    expect(emulator.mutatingCalls().length).toBe(mutating);
  });

  it('validates every input before calling AWS', async () => {
    const before = emulator.calls.length;
    const result = await runAction('render-task-def', {
      env: env(),
      inputs: { 'task-definition-family': 'idp', 'container-name': 'idp', secrets: 'NO_VALUE_FROM' },
    });
    expectOneError(result, /^Input 'secrets': line 1 is not KEY=VALUE/);
    expect(emulator.calls.length).toBe(before);
  });

  it('prefers a file to a family, warning that the family is ignored', async () => {
    const workspace = workspaceWith({ 'td.json': readFileSync(path.join(examples, 'idp.json'), 'utf8') });
    const before = emulator.calls.length;
    const result = await runAction('render-task-def', {
      workspace,
      env: env(),
      inputs: { 'task-definition': 'td.json', 'task-definition-family': 'idp' },
    });
    expect(result.code).toBe(0);
    expect(result.warnings).toEqual([
      "Input 'task-definition-family' is ignored: task-definition (a file) is given and a file wins",
    ]);
    expect(emulator.calls.length).toBe(before);
  });
});
