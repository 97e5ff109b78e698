import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import {
  loggedInRegistries,
  REGISTRY_ALIAS,
  startRegistryWorld,
  type RegistryWorld,
} from '../helpers/registry-world.js';
import { registryAuthSecrets, repoRoot, runAction, type ActionResult } from '../helpers/run-action.js';
import { CLUSTER, REGION, expectNoLeaksInThisFile } from './helpers.js';

// Issue 12, defect 2: the registry credential must not stay on the runner when the main step
// fails after the builder login. Real parts: the ecr-public-login and root-action bundles under
// Node 24, the AWS emulator (its fault injection makes CreateRepository fail after the login),
// buildah with an auth file of its own (REGISTRY_AUTH_FILE) and Debian's docker-registry.
// Each test checks the auth file itself: neither the registry nor the password is left in it.
const SERVICE = 'sites-management-api';
let world: RegistryWorld;

beforeAll(async () => {
  world = await startRegistryWorld();
}, 60_000);
afterEach(() => {
  world.emulator.setFaults([]);
});
afterAll(async () => {
  expectNoLeaksInThisFile();
  await world?.close();
});

/** CreateRepository answers 500 every time: the SDK's retries give up after the builder login. */
const CREATE_REPOSITORY_FAILS = [
  { kind: 'internal' as const, rate: 1, service: 'ecr-public' as const, operations: ['CreateRepository'] },
];

function expectNoCredential(): void {
  expect(loggedInRegistries(world.authFile)).not.toContain(world.registry.host);
  expect(registryAuthSecrets(world.authFile)).not.toContain(world.password);
}

function loginRun(inputs: Record<string, string>, env = world.env): Promise<ActionResult> {
  return runAction('ecr-public-login', {
    inputs: { registry: world.registry.host, builder: 'buildah', ...inputs },
    env,
    secrets: [world.password, world.token],
  });
}

function pipelineRun(inputs: Record<string, string>, workspace: string): Promise<ActionResult> {
  return runAction('pipeline', {
    workspace,
    inputs: {
      registry: world.registry.host,
      builder: 'buildah',
      image: `${world.registry.host}/${REGISTRY_ALIAS}/${SERVICE}`,
      'task-definition': '.aws/task-definition.json',
      'container-name': SERVICE,
      'aws-region': REGION,
      cluster: CLUSTER,
      service: SERVICE,
      'wait-for-minutes': '1',
      ...inputs,
    },
    env: {
      ...world.env,
      GITHUB_SHA: '89abcdef0123456789abcdef0123456789abcdef',
      SOURCE_DATE_EPOCH: '1796000000',
    },
    secrets: [world.password, world.token],
  });
}

function pipelineWorkspace(fixture: string): string {
  const dir = world.workspaceWith(fixture);
  mkdirSync(path.join(dir, '.aws'));
  cpSync(
    path.join(repoRoot, `examples/task-definitions/${SERVICE}.json`),
    path.join(dir, '.aws/task-definition.json'),
  );
  return dir;
}

describe('ecr-public-login: the post step logs out whatever happened after the login', () => {
  it('CreateRepository fails after the builder login: the main step fails, the post step logs out', async () => {
    world.emulator.setFaults(CREATE_REPOSITORY_FAILS);
    const main = await loginRun({ repositories: 'brand-new-after-login' });
    expect(main.code).toBe(1);
    expect(main.errors).toEqual([expect.stringContaining('CreateRepository')]);
    // The failure came after the login: the credential is on the runner now...
    expect(loggedInRegistries(world.authFile)).toContain(world.registry.host);
    // ...and the state the post step needs was saved before it.
    expect(main.state).toMatchObject({ isPost: 'true', registry: world.registry.host, builder: 'buildah' });

    const post = await runAction('ecr-public-login', { env: world.env, post: { state: main.state } });
    expect(post.code).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(post.stdout).toContain(`Logged out of ${world.registry.host}`);
    expectNoCredential();
  });

  it('a failed builder login leaves no credential, and the post step still cleans up quietly', async () => {
    // An emulator whose ECR Public hands out a password the registry does not accept.
    const wrong = await startEmulator({ registryPassword: `${world.password}-wrong` });
    try {
      const main = await loginRun({}, { ...world.env, AWS_ENDPOINT_URL: wrong.endpoint });
      expect(main.code).toBe(1);
      expect(main.errors).toEqual([expect.stringMatching(/^buildah login to .* failed/)]);
      expect(main.state).toMatchObject({ registry: world.registry.host, builder: 'buildah' });
      expectNoCredential();
      expect(registryAuthSecrets(world.authFile)).not.toContain(`${world.password}-wrong`);

      const post = await runAction('ecr-public-login', { env: world.env, post: { state: main.state } });
      expect(post.code).toBe(0);
      expect(post.warnings).toEqual([]);
      expectNoCredential();
    } finally {
      await wrong.close();
    }
  });

  it('skip-logout is still honoured when the main step failed after the login', async () => {
    world.emulator.setFaults(CREATE_REPOSITORY_FAILS);
    const main = await loginRun({ repositories: 'brand-new-after-login', 'skip-logout': 'true' });
    expect(main.code).toBe(1);
    const post = await runAction('ecr-public-login', { env: world.env, post: { state: main.state } });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('skip-logout is true');
    expect(loggedInRegistries(world.authFile)).toContain(world.registry.host);
    // Clean up for the next test, as a later step of the job would.
    await runAction('ecr-public-login', {
      env: world.env,
      post: { state: { ...main.state, skipLogout: 'false' } },
    });
    expectNoCredential();
  });
});

describe('root action: its finally logs out whatever happened after the login', () => {
  it('CreateRepository fails after the builder login: the step fails, logged out, nothing deployed', async () => {
    world.emulator.setFaults(CREATE_REPOSITORY_FAILS);
    const before = world.emulator.mutatingCalls().filter((call) => call.service === 'ecs').length;
    const result = await pipelineRun({ repositories: 'brand-new-after-login' }, pipelineWorkspace('hello'));
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([expect.stringContaining('CreateRepository')]);
    expect(result.stdout).toMatch(/buildah logout/);
    expect(result.outputs.healthy).toBe('false');
    expect(world.emulator.mutatingCalls().filter((call) => call.service === 'ecs')).toHaveLength(before);
    expect(result.summary).toContain('### Deploy to ECS: failed while logging in');
    expect(result.summary).toContain(`logged out of ${world.registry.host}`);
    expectNoCredential();
  });

  it('the build fails after the login: the step fails and is logged out', async () => {
    const workspace = pipelineWorkspace('hello');
    writeFileSync(path.join(workspace, 'Containerfile'), 'FROM scratch\nCOPY no-such-file.txt /\n');
    const result = await pipelineRun({}, workspace);
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.stdout).toMatch(/buildah logout/);
    expectNoCredential();
  });
});
