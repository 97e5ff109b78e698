import { startEmulator, type Emulator } from '../../emulator/index.js';
import { REGISTRY_ALIAS, startRegistryWorld, type RegistryWorld } from '../helpers/registry-world.js';
import {
  captureDir,
  leaksIn,
  readCaptures,
  runAction,
  secretsOf,
  visibleText,
  type ActionResult,
} from '../helpers/run-action.js';
import { readFigures, recordFigure } from './figures.js';
import { CLUSTER, arnOf, awsEnv, deploy, deployFile, imageOf, mutations } from './helpers.js';

// Real parts: the bundles of all five actions under Node 24; the AWS emulator; for the login and
// the build, Debian's docker-registry with htpasswd auth and buildah (registry-world.ts). Every
// run of every test file is captured by run-action.ts (log, job summary and the run's secrets);
// the last test scans all captures of this jest invocation.
const DB_PASSWORD = 'db-pa55word-7f3c9a1e';
const DB_PASSWORD_NEXT = 'db-pa55word-rotated-0b6d';
const API_TOKEN = 'tok_live_51HxJq2eZvKYlo2C';
/** Secret-valued environment of the job, as a workflow's `env:` from `secrets.*` gives it. */
const JOB_SECRETS = {
  GITHUB_TOKEN: 'ghs_reliabilitySuiteFakeToken0123456789',
  AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEFakeSessionToken/reliability+suite==',
  NPM_TOKEN: 'npm_FakeTokenForTheReliabilitySuite01',
};

const runs: ActionResult[] = [];
async function run(...args: Parameters<typeof runAction>): Promise<ActionResult> {
  const result = await runAction(...args);
  runs.push(result);
  return result;
}

describe('secrets: the registry credential', () => {
  let world: RegistryWorld;
  beforeAll(async () => {
    world = await startRegistryWorld();
  }, 60_000);
  afterAll(async () => {
    await world?.close();
  });

  it('login (masked and unmasked), build, push and logout never show the registry password or token', async () => {
    const secrets = [world.password, world.token];
    const env = { ...world.env, ...JOB_SECRETS };
    const login = await run('ecr-public-login', {
      inputs: { registry: world.registry.host, builder: 'buildah', repositories: 'hello' },
      env,
      secrets,
    });
    expect(login.errors).toEqual([]);
    expect(login.masks).toEqual(expect.arrayContaining(secrets));

    const unmasked = await run('ecr-public-login', {
      inputs: { registry: world.registry.host, builder: 'buildah', 'mask-password': false },
      env,
      secrets,
    });
    expect(unmasked.code).toBe(0);
    expect(unmasked.outputs.docker_password_public_ecr_aws).toBe(world.password);

    const build = await run('build-push', {
      workspace: world.workspaceWith('hello'),
      inputs: {
        image: `${world.registry.host}/${REGISTRY_ALIAS}/hello`,
        tags: 'reliability',
        'build-args': `NPM_TOKEN=${JOB_SECRETS.NPM_TOKEN}`,
      },
      env: { ...env, GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' },
      secrets,
    });
    expect(build.errors).toEqual([]);
    expect(build.outputs.digest).toMatch(/^sha256:/);

    const logout = await run('ecr-public-login', { env, post: { state: login.state }, secrets });
    expect(logout.code).toBe(0);

    for (const result of [login, unmasked, build, logout]) expect(result.leaks).toEqual([]);
  }, 120_000);

  it('the root action (login → build → push → render → deploy → wait) shows no credential and names secret variables only', async () => {
    const name = 'web-ui-management';
    const workspace = world.workspaceWith('hello');
    const { file } = deployFile(world.emulator, name, {}, workspace);
    const result = await run('pipeline', {
      workspace,
      inputs: {
        registry: world.registry.host,
        builder: 'buildah',
        image: `${world.registry.host}/${REGISTRY_ALIAS}/hello`,
        tags: 'pipeline',
        'build-args': `NPM_TOKEN=${JOB_SECRETS.NPM_TOKEN}`,
        'task-definition': file,
        'container-name': name,
        'environment-variables': `DB_PASSWORD=${DB_PASSWORD}\nAPI_TOKEN=${API_TOKEN}`,
        cluster: CLUSTER,
        service: name,
      },
      env: {
        ...world.env,
        ...JOB_SECRETS,
        AWS_REGION: 'eu-west-3',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      },
      secrets: [world.password, world.token, DB_PASSWORD, API_TOKEN],
      timeoutMs: 120_000,
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.healthy).toBe('true');
    expect(result.outputs.image).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(result.summary).toContain('DB_PASSWORD');
    expect(result.leaks).toEqual([]);
  }, 120_000);
});

describe('secrets: secret-valued environment variables in task definitions', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ timeScale: 0.01 });
  });
  afterAll(async () => {
    await emu?.close();
  });

  it('render-task-def and ecs-deploy show their names only, in the plan, the diff and the summary', async () => {
    const name = 'sites-management-api';
    const { workspace, file } = deployFile(emu, name);
    const rendered = await run('render-task-def', {
      workspace,
      inputs: {
        'task-definition': file,
        'container-name': name,
        image: imageOf(name, 'v2'),
        'environment-variables': `DB_PASSWORD=${DB_PASSWORD}\nAPI_TOKEN=${API_TOKEN}\nLOG_LEVEL=debug`,
      },
      env: { ...awsEnv(emu), ...JOB_SECRETS },
    });
    expect(rendered.errors).toEqual([]);
    expect(rendered.summary).toMatch(/environment added (API_TOKEN, DB_PASSWORD|DB_PASSWORD, API_TOKEN)/);

    const inputs = {
      'task-definition': rendered.outputs['task-definition'],
      service: name,
      'wait-for-service-stability': true,
    };
    const secrets = [DB_PASSWORD, API_TOKEN];
    const first = await deploy(emu, inputs, { workspace, env: JOB_SECRETS, secrets });
    runs.push(first);
    expect(first.errors).toEqual([]);
    expect(first.outputs['task-definition-arn']).toBe(arnOf(name, 2));
    for (const result of [rendered, first]) {
      expect(result.log + result.summary).toContain('DB_PASSWORD');
      expect(result.log + result.summary).toContain('API_TOKEN');
    }

    // Rotating the password: the dry run and the deploy say it changed, and show neither value.
    const rotated = deployFile(emu, name, {
      image: imageOf(name, 'v2'),
      environment: { DB_PASSWORD: DB_PASSWORD_NEXT, API_TOKEN, LOG_LEVEL: 'debug' },
    });
    const rotatedSecrets = [...secrets, DB_PASSWORD_NEXT];
    const plan = await deploy(
      emu,
      { ...inputs, 'task-definition': rotated.file, 'dry-run': true },
      { workspace: rotated.workspace, env: JOB_SECRETS, secrets: rotatedSecrets },
    );
    runs.push(plan);
    expect(plan.errors).toEqual([]);
    expect(plan.stdout).toMatch(/environment changed DB_PASSWORD/);
    const second = await deploy(
      emu,
      { ...inputs, 'task-definition': rotated.file },
      { workspace: rotated.workspace, env: JOB_SECRETS, secrets: rotatedSecrets },
    );
    runs.push(second);
    expect(second.errors).toEqual([]);
    expect(second.summary).toMatch(/environment changed DB_PASSWORD/);
    expect(mutations(emu)).toEqual([
      'RegisterTaskDefinition',
      'UpdateService',
      'RegisterTaskDefinition',
      'UpdateService',
    ]);
    for (const result of [rendered, first, plan, second]) expect(result.leaks).toEqual([]);
  });

  it('a failed deploy with a rollback, and a wait, print no secret either', async () => {
    const name = 'human-detection';
    const { workspace, file } = deployFile(emu, name, {
      image: imageOf(name, 'crash'),
      environment: { DB_PASSWORD },
    });
    const failed = await deploy(
      emu,
      { 'task-definition': file, service: name, 'wait-for-service-stability': true },
      { workspace, env: JOB_SECRETS, secrets: [DB_PASSWORD] },
    );
    runs.push(failed);
    expect(failed.code).toBe(1);
    expect(failed.errors).toHaveLength(1);
    expect(failed.summary).toContain('DB_PASSWORD');

    const waited = await run('wait-healthy', {
      inputs: { cluster: CLUSTER, service: name },
      env: { ...awsEnv(emu), ...JOB_SECRETS },
      secrets: [DB_PASSWORD],
    });
    expect(waited.code).toBe(0);
    for (const result of [failed, waited]) expect(result.leaks).toEqual([]);
  });
});

describe('secrets: the mechanical scan', () => {
  it('knows a run’s secrets and finds a planted one (the scanner works)', () => {
    const secrets = secretsOf({
      env: { GITHUB_TOKEN: 'ghs_abcdef123456', HOME: '/home/runner', SHORT_TOKEN: 'x' },
      inputs: { 'environment-variables': 'DB_PASSWORD=hunter2-long\nLOG_LEVEL=debug' },
      given: ['registry-password-1'],
      masks: ['masked-value-42'],
    });
    expect(secrets.sort()).toEqual(
      ['ghs_abcdef123456', 'hunter2-long', 'masked-value-42', 'registry-password-1'].sort(),
    );
    const visible = visibleText({
      stdout: '::add-mask::masked-value-42\nlogin ok\nusing hunter2-long\n',
      stderr: '',
      summary: '| Token | ghs_abcdef123456 |',
    });
    expect(leaksIn(visible, secrets).sort()).toEqual(['ghs… (16 chars)', 'hun… (12 chars)']);
  });

  it('no run of this jest invocation shows a password, token or secret-valued variable in its log or summary', () => {
    const captures = readCaptures();
    // This file's own runs are in the scan, whichever test files ran before it.
    expect(captures.length).toBeGreaterThanOrEqual(runs.length);
    expect(runs.every((result) => captures.some((capture) => capture.visible === visibleText(result)))).toBe(
      true,
    );
    const checked = captures.filter((capture) => capture.secrets.length > 0);
    expect(checked.length).toBeGreaterThanOrEqual(runs.length);

    const leaks = captures
      .filter((capture) => capture.leaks.length > 0 || leaksIn(capture.visible, capture.secrets).length > 0)
      .map((capture) => `${capture.file} › ${capture.test} (${capture.action}): ${capture.leaks.join(', ')}`);
    recordFigure('scan', {
      runs: captures.length,
      runsWithSecrets: checked.length,
      distinctSecrets: new Set(captures.flatMap((capture) => capture.secrets)).size,
      leaks: leaks.length,
      dir: captureDir,
      figures: readFigures().length,
    });
    expect(leaks).toEqual([]);
  });
});
