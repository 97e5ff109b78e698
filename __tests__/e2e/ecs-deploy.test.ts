import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  SEED_FIXTURE_PATH,
  startEmulator,
  type Emulator,
  type Fixture,
  type FixtureService,
} from '../../emulator/index.js';
import { runAction, type ActionResult } from '../helpers/run-action.js';

// Real parts: the committed bundle dist/ecs-deploy/index.js run under Node 24 as the runner runs
// it, the real AWS SDK, and the local emulator (ECS + ELBv2) with its seed fixture: cluster
// intrusion-detection in eu-west-3, six ACTIVE services at revision 1, circuit breaker on.
const REGION = 'eu-west-3';
const CLUSTER = 'intrusion-detection';
const ACCOUNT = '123456789012';
const arnOf = (family: string, revision: number) =>
  `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:${revision}`;
const GITHUB_ENV = {
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REPOSITORY: 'acme/intrusion-detection',
  GITHUB_RUN_ID: '4242',
  GITHUB_SERVER_URL: 'https://github.com',
};

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(fixture?: Fixture): Promise<Emulator> {
  emulator = await startEmulator({ fixture, timeScale: 0.01 });
  return emulator;
}

/** The fixture's revision 1 of a family as a task definition file (what a repository keeps), with another image. */
function taskDefinitionFile(
  emu: Emulator,
  family: string,
  image?: string,
): { workspace: string; file: string } {
  const body = structuredClone(emu.state.regions[REGION].taskDefinitions[family][0].body);
  if (image) body.containerDefinitions[0].image = image;
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'ecs-deploy-ws-'));
  writeFileSync(path.join(workspace, 'task-definition.json'), JSON.stringify(body, null, 2));
  return { workspace, file: 'task-definition.json' };
}

function deploy(
  emu: Emulator,
  inputs: Record<string, string | boolean | undefined>,
  workspace?: string,
): Promise<ActionResult> {
  return runAction('ecs-deploy', {
    inputs: { cluster: CLUSTER, ...inputs },
    env: { AWS_ENDPOINT_URL: emu.endpoint, AWS_REGION: REGION, ...GITHUB_ENV },
    workspace,
    timeoutMs: 90_000,
  });
}

function service(emu: Emulator, name: string) {
  return emu.state.regions[REGION].clusters[CLUSTER].services[name];
}

function mutations(emu: Emulator): string[] {
  return emu.mutatingCalls().map((call) => call.operation);
}

describe('ecs-deploy against the emulator', () => {
  it('registers a new image, updates the service and waits until it is healthy', async () => {
    const emu = await start();
    const { workspace, file } = taskDefinitionFile(
      emu,
      'web-ui-client',
      'public.ecr.aws/a1b2c3d4/web-ui-client:v2',
    );
    const result = await deploy(
      emu,
      { 'task-definition': file, service: 'web-ui-client', 'wait-for-service-stability': true },
      workspace,
    );

    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      'task-definition-arn': arnOf('web-ui-client', 2),
      'previous-task-definition-arn': arnOf('web-ui-client', 1),
      registered: 'true',
      'rolled-back': 'false',
    });
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    const svc = service(emu, 'web-ui-client');
    const primary = svc.deployments.find((d) => d.status === 'PRIMARY')!;
    expect(result.outputs['deployment-id']).toBe(primary.id);
    expect(primary.taskDefinition).toBe(arnOf('web-ui-client', 2));
    expect(primary.rolloutState).toBe('COMPLETED');
    const revision = emu.state.regions[REGION].taskDefinitions['web-ui-client'][1];
    expect(revision.tags).toEqual(
      expect.arrayContaining([
        { key: 'infra-actions:commit', value: GITHUB_ENV.GITHUB_SHA },
        { key: 'infra-actions:run', value: 'https://github.com/acme/intrusion-detection/actions/runs/4242' },
      ]),
    );
    expect(result.summary).toContain('web-ui-client:1 → web-ui-client:2');
    expect(result.summary).toContain(
      'image public.ecr.aws/a1b2c3d4/web-ui-client:v1 → public.ecr.aws/a1b2c3d4/web-ui-client:v2',
    );
    expect(result.summary).toContain(
      `https://${REGION}.console.aws.amazon.com/ecs/v2/clusters/${CLUSTER}/services/web-ui-client/deployments?region=${REGION}`,
    );
  });

  it('registers nothing and changes nothing when re-run with the same file', async () => {
    const emu = await start();
    const { workspace, file } = taskDefinitionFile(
      emu,
      'sites-management-api',
      'public.ecr.aws/a1b2c3d4/sites-management-api:v2',
    );
    const inputs = {
      'task-definition': file,
      service: 'sites-management-api',
      'wait-for-service-stability': true,
    };
    const first = await deploy(emu, inputs, workspace);
    expect(first.code).toBe(0);
    const before = mutations(emu).length;

    const rerun = await deploy(emu, inputs, workspace);
    expect(rerun.errors).toEqual([]);
    expect(rerun.code).toBe(0);
    expect(rerun.outputs).toMatchObject({
      'task-definition-arn': arnOf('sites-management-api', 2),
      registered: 'false',
    });
    expect(rerun.outputs['deployment-id']).toBe(first.outputs['deployment-id']);
    expect(mutations(emu).length).toBe(before);
    expect(emu.state.regions[REGION].taskDefinitions['sites-management-api']).toHaveLength(2);
  });

  it("re-running the fixture's own definition reuses revision 1 (describe output vs file, defaults filled in)", async () => {
    const emu = await start();
    const { workspace, file } = taskDefinitionFile(emu, 'idp');
    const result = await deploy(emu, { 'task-definition': file, service: 'idp' }, workspace);
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ 'task-definition-arn': arnOf('idp', 1), registered: 'false' });
    expect(mutations(emu)).toEqual([]);
  });

  it('registers only when no service is given, then deploys that existing ARN without registering', async () => {
    const emu = await start();
    const { workspace, file } = taskDefinitionFile(
      emu,
      'human-detection',
      'public.ecr.aws/a1b2c3d4/human-detection:v2',
    );
    const registered = await deploy(emu, { 'task-definition': file }, workspace);
    expect(registered.code).toBe(0);
    expect(registered.outputs).toMatchObject({
      'task-definition-arn': arnOf('human-detection', 2),
      registered: 'true',
      'deployment-id': '',
    });
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition']);

    const deployed = await deploy(emu, {
      'task-definition-arn': arnOf('human-detection', 2),
      service: 'human-detection',
      'wait-for-service-stability': true,
    });
    expect(deployed.errors).toEqual([]);
    expect(deployed.outputs).toMatchObject({
      'task-definition-arn': arnOf('human-detection', 2),
      'previous-task-definition-arn': arnOf('human-detection', 1),
      registered: 'false',
    });
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    expect(
      service(emu, 'human-detection').deployments.find((d) => d.status === 'PRIMARY')!.taskDefinition,
    ).toBe(arnOf('human-detection', 2));
  });

  it('dry run prints and summarises the plan and makes no mutating call', async () => {
    const emu = await start();
    const { workspace, file } = taskDefinitionFile(
      emu,
      'web-ui-management',
      'public.ecr.aws/a1b2c3d4/web-ui-management:v2',
    );
    const result = await deploy(
      emu,
      { 'task-definition': file, service: 'web-ui-management', 'dry-run': true, 'desired-count': '3' },
      workspace,
    );
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(emu.mutatingCalls()).toEqual([]);
    expect(result.stdout).toContain(
      'image public.ecr.aws/a1b2c3d4/web-ui-management:v1 → public.ecr.aws/a1b2c3d4/web-ui-management:v2',
    );
    expect(result.stdout).toMatch(/desired count: \d+ → 3/);
    expect(result.summary).toContain('dry run');
    expect(result.outputs).toMatchObject({
      registered: 'false',
      'deployment-id': '',
      'previous-task-definition-arn': arnOf('web-ui-management', 1),
    });
  });

  describe('a bad input fails with one error naming it, and changes nothing', () => {
    // FILE stands for a valid task definition file of idp (with `image` when given).
    const FILE = '<file>';
    const cases: [name: string, inputs: Record<string, string>, input: string, image: string | undefined][] =
      [
        ['missing file', { 'task-definition': 'nope.json', service: 'idp' }, 'task-definition', undefined],
        ['neither file nor ARN', { service: 'idp' }, 'task-definition', undefined],
        ['unknown service', { 'task-definition': FILE, service: 'no-such-service' }, 'service', undefined],
        [
          'unknown cluster',
          { 'task-definition': FILE, service: 'idp', cluster: 'no-such-cluster' },
          'cluster',
          undefined,
        ],
        [
          'image without a tag',
          { 'task-definition': FILE, service: 'idp' },
          'task-definition',
          'public.ecr.aws/a1b2c3d4/idp',
        ],
        [
          'image without a registry',
          { 'task-definition': FILE, service: 'idp' },
          'task-definition',
          'idp:v2',
        ],
        [
          'unknown task definition ARN',
          { 'task-definition-arn': arnOf('idp', 9), service: 'idp' },
          'task-definition-arn',
          undefined,
        ],
        [
          'not a boolean',
          { 'task-definition': FILE, service: 'idp', 'force-new-deployment': 'yes' },
          'force-new-deployment',
          undefined,
        ],
        [
          'negative desired count',
          { 'task-definition': FILE, service: 'idp', 'desired-count': '-1' },
          'desired-count',
          undefined,
        ],
        [
          'wait not a number',
          { 'task-definition': FILE, service: 'idp', 'wait-for-minutes': 'ten' },
          'wait-for-minutes',
          undefined,
        ],
        [
          'unknown propagate-tags',
          { 'task-definition': FILE, service: 'idp', 'propagate-tags': 'ALL' },
          'propagate-tags',
          undefined,
        ],
        [
          'reserved tag key',
          { 'task-definition': FILE, service: 'idp', tags: 'aws:owner=me' },
          'tags',
          undefined,
        ],
      ];
    it.each(cases)('%s', async (_name, given, input, image) => {
      const emu = await start();
      const { workspace, file } = taskDefinitionFile(emu, 'idp', image ?? 'public.ecr.aws/a1b2c3d4/idp:v2');
      const inputs = Object.fromEntries(
        Object.entries(given).map(([key, value]) => [key, value === FILE ? file : value]),
      );
      const result = await deploy(emu, inputs, workspace);
      expect(result.code).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toContain(`'${input}'`);
      expect(emu.mutatingCalls()).toEqual([]);
    });
  });

  it('rolls a crashing image back to the previous revision and fails, the service healthy again on it', async () => {
    const fixture = JSON.parse(readFileSync(SEED_FIXTURE_PATH, 'utf8')) as Fixture;
    const spec = fixture.regions![REGION].services!.find(
      (s: FixtureService) => s.serviceName === 'intrusion-management-api',
    )!;
    // Circuit breaker off, so the rollback is this action's own (with it on, ECS's is followed: next test).
    spec.deploymentConfiguration = {
      ...spec.deploymentConfiguration,
      deploymentCircuitBreaker: { enable: false, rollback: false },
    };
    const emu = await start(fixture);
    const { workspace, file } = taskDefinitionFile(
      emu,
      'intrusion-management-api',
      'public.ecr.aws/a1b2c3d4/intrusion-management-api:crash-v2',
    );
    const result = await deploy(
      emu,
      {
        'task-definition': file,
        service: 'intrusion-management-api',
        'wait-for-service-stability': true,
        'wait-for-minutes': '20',
      },
      workspace,
    );
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/intrusion-management-api:2 did not become healthy/);
    expect(result.errors[0]).toMatch(/Rolled back to intrusion-management-api:1 .*healthy again/);
    expect(result.outputs).toMatchObject({
      'rolled-back': 'true',
      registered: 'true',
      'task-definition-arn': arnOf('intrusion-management-api', 1),
      'previous-task-definition-arn': arnOf('intrusion-management-api', 1),
    });
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService', 'UpdateService']);
    const primary = service(emu, 'intrusion-management-api').deployments.find((d) => d.status === 'PRIMARY')!;
    expect(primary.taskDefinition).toBe(arnOf('intrusion-management-api', 1));
    expect(primary.rolloutState).toBe('COMPLETED');
  });

  it("does not roll back twice when ECS's circuit breaker already rolled back", async () => {
    const emu = await start();
    const { workspace, file } = taskDefinitionFile(
      emu,
      'web-ui-client',
      'public.ecr.aws/a1b2c3d4/web-ui-client:crash-v2',
    );
    const result = await deploy(
      emu,
      { 'task-definition': file, service: 'web-ui-client', 'wait-for-service-stability': true },
      workspace,
    );
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/circuit breaker rolled the service back to web-ui-client:1/);
    expect(result.outputs).toMatchObject({
      'rolled-back': 'true',
      'task-definition-arn': arnOf('web-ui-client', 1),
    });
    expect(mutations(emu)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    const primary = service(emu, 'web-ui-client').deployments.find((d) => d.status === 'PRIMARY')!;
    expect(primary.taskDefinition).toBe(arnOf('web-ui-client', 1));
  });
});
