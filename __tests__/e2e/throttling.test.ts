/**
 * Account-wide throttling slows jobs down instead of failing them (issue 18): several wait-healthy
 * or ecs-deploy steps at once against one emulator whose ECS and ELBv2 buckets are deliberately small, so that
 * their polls are throttled from the first second; each step's clients run in the SDK's adaptive
 * retry mode (src/lib/aws.ts) and every step still ends healthy.
 *
 * Real parts: the bundles dist/wait-healthy/index.js and dist/ecs-deploy/index.js run under Node
 * as the runner runs them (six to eight processes at once), the real AWS SDK in each and in the test (which starts the rollouts), and the
 * local emulator (seed fixture: six services behind target groups in eu-west-3) with its
 * account-wide token buckets, turned on over the admin route once the rollouts are started.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from '@jest/globals';
import { RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { startEmulator, type Emulator, type RateLimitTable } from '../../emulator/index.js';
import { emulatorClients, SEED } from '../helpers/emulator-clients.js';
import { runAction, type ActionResult } from '../helpers/run-action.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

/** Far below AWS's figures (ECS reads 100/20 and 50/20, ELBv2 40/10): eight pollers overrun them. */
const TIGHT: RateLimitTable = [
  {
    service: 'ecs',
    name: 'Service read actions',
    actions: ['DescribeServices', 'ListServices'],
    capacity: 3,
    refillPerSecond: 2,
  },
  {
    service: 'ecs',
    name: 'Cluster resource read actions',
    actions: ['DescribeTasks', 'ListTasks'],
    capacity: 3,
    refillPerSecond: 2,
  },
  {
    service: 'ecs',
    name: 'Task definition read actions',
    actions: ['DescribeTaskDefinition'],
    capacity: 3,
    refillPerSecond: 2,
  },
  {
    service: 'elbv2',
    name: 'Non-mutating',
    actions: [
      'DescribeTargetGroups',
      'DescribeTargetHealth',
      'DescribeTargetGroupAttributes',
      'DescribeListeners',
      'DescribeRules',
      'DescribeLoadBalancers',
    ],
    capacity: 3,
    refillPerSecond: 2,
  },
  { service: 'elbv2', name: 'Account level', actions: '*', capacity: 4, refillPerSecond: 3 },
];

/** Registers revision 2 of a seed service's family (a healthy image) and deploys it; the deployment id. */
async function rollout(emu: Emulator, service: string): Promise<string> {
  const { ecs } = emulatorClients(emu);
  const body = structuredClone(emu.state.regions[SEED.region].taskDefinitions[service][0].body);
  body.containerDefinitions[0].image = `public.ecr.aws/${SEED.registryAlias}/${service}:v2`;
  const registered = await ecs.send(new RegisterTaskDefinitionCommand(body as never));
  const updated = await ecs.send(
    new UpdateServiceCommand({
      cluster: SEED.cluster,
      service,
      taskDefinition: registered.taskDefinition!.taskDefinitionArn,
    }),
  );
  ecs.destroy();
  return updated.service!.deployments!.find((d) => d.status === 'PRIMARY')!.id!;
}

/** A workspace per seed service holding its task definition with the image tag `tag`. */
/**
 * Turns `limits` on, then runs one ecs-deploy step per seed service at once, each deploying a new
 * image tagged `tag` from its own workspace (the service's revision 1 as a task definition file).
 */
async function deployAllUnder(
  emu: Emulator,
  limits: RateLimitTable,
  tag: string,
  inputs: Record<string, string | boolean>,
  env: Record<string, string>,
): Promise<ActionResult[]> {
  const workspaces = SEED.services.map((service) => {
    const body = structuredClone(emu.state.regions[SEED.region].taskDefinitions[service][0].body);
    body.containerDefinitions[0].image = `public.ecr.aws/${SEED.registryAlias}/${service}:${tag}`;
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'throttled-deploy-'));
    writeFileSync(path.join(workspace, 'task-definition.json'), JSON.stringify(body, null, 2));
    return workspace;
  });
  const turnedOn = await fetch(`${emu.endpoint}/_emulator/rate-limits`, {
    method: 'POST',
    body: JSON.stringify({ limits }),
  });
  expect(turnedOn.status).toBe(200);
  return Promise.all(
    SEED.services.map((service, i) =>
      runAction('ecs-deploy', {
        inputs: { cluster: SEED.cluster, service, 'task-definition': 'task-definition.json', ...inputs },
        env: { AWS_ENDPOINT_URL: emu.endpoint, AWS_REGION: SEED.region, ...env },
        workspace: workspaces[i],
        timeoutMs: 180_000,
      }),
    ),
  );
}

it('eight wait-healthy steps at once under tiny account-wide buckets: throttled, slowed, all healthy', async () => {
  emulator = await startEmulator({ timeScale: 0.01 });
  const emu = emulator;
  const deployments = new Map<string, string>();
  for (const service of SEED.services) deployments.set(service, await rollout(emu, service));
  const turnedOn = await fetch(`${emu.endpoint}/_emulator/rate-limits`, {
    method: 'POST',
    body: JSON.stringify({ limits: TIGHT }),
  });
  expect(turnedOn.status).toBe(200);

  // every service once, two of them twice: eight processes polling one account
  const watched = [...SEED.services, SEED.services[0], SEED.services[1]];
  const results = await Promise.all(
    watched.map((service) =>
      runAction('wait-healthy', {
        inputs: { cluster: SEED.cluster, service, 'deployment-id': deployments.get(service) },
        env: { AWS_ENDPOINT_URL: emu.endpoint, AWS_REGION: SEED.region },
        timeoutMs: 180_000,
      }),
    ),
  );

  for (const [i, result] of results.entries()) {
    expect({ service: watched[i], code: result.code, errors: result.errors }).toEqual({
      service: watched[i],
      code: 0,
      errors: [],
    });
    expect(result.outputs.healthy).toBe('true');
  }
  const report = emu.rateLimitReport();
  const throttled = report.reduce((n, row) => n + row.throttled, 0);
  // the buckets did bite: requests were refused with AWS's throttling errors, and absorbed
  expect(throttled).toBeGreaterThan(0);
  const refusals = emu.calls.filter((c) => c.error === 'ThrottlingException' || c.error === 'Throttling');
  // (a request refused by two empty buckets, category and account level, counts in both)
  expect(refusals.length).toBeGreaterThan(0);
  expect(refusals.length).toBeLessThanOrEqual(throttled);
  expect(refusals.every((c) => c.status === 400)).toBe(true);
}, 240_000);

it('six ecs-deploy steps at once under tiny buckets, reads and writes: every service deployed once, none failed', async () => {
  emulator = await startEmulator({ timeScale: 0.01 });
  const emu = emulator;
  const writes: RateLimitTable = [
    {
      service: 'ecs',
      name: 'Task definition modify actions',
      actions: ['RegisterTaskDefinition', 'DeregisterTaskDefinition'],
      capacity: 1,
      refillPerSecond: 0.5,
    },
    {
      service: 'ecs',
      name: 'Service modify actions',
      actions: ['CreateService', 'UpdateService', 'DeleteService'],
      capacity: 1,
      refillPerSecond: 0.5,
    },
    {
      service: 'ecs',
      name: 'Cluster read actions',
      actions: ['DescribeClusters', 'ListClusters'],
      capacity: 3,
      refillPerSecond: 2,
    },
  ];
  const results = await deployAllUnder(
    emu,
    [...TIGHT, ...writes],
    'v2',
    { 'wait-for-service-stability': true },
    {
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REPOSITORY: 'acme/intrusion-detection',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
    },
  );

  for (const [i, result] of results.entries()) {
    const service = SEED.services[i];
    expect({ service, code: result.code, errors: result.errors }).toEqual({ service, code: 0, errors: [] });
    expect(result.outputs).toMatchObject({ registered: 'true', 'rolled-back': 'false' });
    expect(result.outputs['task-definition-arn']).toMatch(new RegExp(`:task-definition/${service}:2$`));
  }
  // one revision and one UpdateService per service: a throttled write was not made twice
  const writesDone = emu.mutatingCalls().map((c) => c.operation);
  expect(writesDone.filter((op) => op === 'RegisterTaskDefinition')).toHaveLength(SEED.services.length);
  expect(writesDone.filter((op) => op === 'UpdateService')).toHaveLength(SEED.services.length);
  // the buckets did bite (how many times depends on how the six processes interleave)
  const report = emu.rateLimitReport();
  expect(report.reduce((n, row) => n + row.throttled, 0)).toBeGreaterThan(0);
  expect(report.find((row) => row.action === 'Task definition modify actions')!.allowed).toBe(
    SEED.services.length,
  );
}, 240_000);

it('six ecs-deploy steps whose registrations outlast the SDK`s attempts (AWS_MAX_ATTEMPTS=2, one token every 5 s): each waits its turn, none fails', async () => {
  emulator = await startEmulator({ timeScale: 0.01 });
  const emu = emulator;
  // Six registrations need 25 s of this bucket; two attempts a call (with the SDK's backoff and
  // send-once's) give up within a few seconds, so without the patience of src/lib/aws.ts the later
  // steps would fail with ThrottlingException.
  const slowWrites: RateLimitTable = [
    {
      service: 'ecs',
      name: 'Task definition modify actions',
      actions: ['RegisterTaskDefinition', 'DeregisterTaskDefinition'],
      capacity: 1,
      refillPerSecond: 0.2,
    },
  ];
  const results = await deployAllUnder(
    emu,
    slowWrites,
    'v3',
    { 'wait-for-service-stability': false },
    { AWS_MAX_ATTEMPTS: '2' },
  );

  for (const [i, result] of results.entries()) {
    const service = SEED.services[i];
    expect({ service, code: result.code, errors: result.errors }).toEqual({ service, code: 0, errors: [] });
    expect(result.outputs['task-definition-arn']).toMatch(new RegExp(`:task-definition/${service}:2$`));
  }
  // some steps waited, and said so; a throttled registration was not applied, so none was made twice
  expect(results.some((r) => r.log.includes('AWS is throttling RegisterTaskDefinition'))).toBe(true);
  const registered = emu.mutatingCalls().filter((c) => c.operation === 'RegisterTaskDefinition');
  expect(registered).toHaveLength(SEED.services.length);
  const throttled = emu.rateLimitReport().find((row) => row.action === 'Task definition modify actions')!;
  expect(throttled.throttled).toBeGreaterThan(SEED.services.length);
}, 240_000);
