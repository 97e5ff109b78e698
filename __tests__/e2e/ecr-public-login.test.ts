import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator } from '../../emulator/index.js';
import {
  runAction as runBundle,
  type ActionName,
  type ActionResult,
  type RunOptions,
} from '../helpers/run-action.js';
import {
  leakedSecrets,
  loggedInRegistries,
  REGISTRY_ALIAS,
  startRegistryWorld,
  type RegistryWorld,
} from '../helpers/registry-world.js';

// Real parts: the ecr-public-login bundle under Node 24, the AWS emulator's ECR Public (us-east-1),
// buildah (vfs storage, chroot isolation) and Debian's docker-registry with htpasswd auth on 127.0.0.1.
let world: RegistryWorld;
/** Every run of this file, scanned after each test for the registry password and token. */
const runs: ActionResult[] = [];
const extraSecrets: string[] = [];
async function runAction(name: ActionName, options: RunOptions): Promise<ActionResult> {
  const result = await runBundle(name, options);
  runs.push(result);
  return result;
}

afterEach(() => {
  const secrets = [world.password, world.token, ...extraSecrets];
  expect(runs.splice(0).flatMap((result) => leakedSecrets(result, secrets))).toEqual([]);
});

beforeAll(async () => {
  world = await startRegistryWorld();
}, 30_000);

afterAll(async () => {
  await world?.close();
});

describe('ecr-public-login with buildah and a real registry', () => {
  it('logs in with the ECR Public password, creates missing repositories, ignores the job region, and the post step logs out', async () => {
    const before = world.emulator.calls.length;
    const result = await runAction('ecr-public-login', {
      inputs: { registry: world.registry.host, repositories: 'human-detection\nbrand-new-service' },
      env: { ...world.env, AWS_REGION: 'eu-west-3' },
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({
      registry: world.registry.host,
      'registry-alias': REGISTRY_ALIAS,
      'registry-uri': `${world.registry.host}/${REGISTRY_ALIAS}`,
      'repository-uris': [
        `${world.registry.host}/${REGISTRY_ALIAS}/human-detection`,
        `${world.registry.host}/${REGISTRY_ALIAS}/brand-new-service`,
      ].join('\n'),
      docker_username_public_ecr_aws: 'AWS',
      docker_password_public_ecr_aws: world.password,
    });
    // builder auto: docker's CLI may be installed but no daemon answers here, and podman is absent.
    expect(result.state).toMatchObject({ isPost: 'true', registry: world.registry.host, builder: 'buildah' });
    expect(loggedInRegistries(world.authFile)).toContain(world.registry.host);

    const calls = world.emulator.calls.slice(before);
    expect(new Set(calls.map((call) => call.region))).toEqual(new Set(['us-east-1']));
    expect(
      calls
        .filter((call) => call.mutating && !call.error)
        .map((call) => [call.operation, (call.params as { repositoryName?: string }).repositoryName]),
    ).toEqual([['CreateRepository', 'brand-new-service']]);

    expect(result.masks).toEqual(expect.arrayContaining([world.password, world.token]));
    expect(result.summary).toContain('brand-new-service');
    expect(leakedSecrets(result, [world.password, world.token])).toEqual([]);

    const post = await runAction('ecr-public-login', { env: world.env, post: { state: result.state } });
    expect(post.code).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(loggedInRegistries(world.authFile)).not.toContain(world.registry.host);
    expect(leakedSecrets(post, [world.password, world.token])).toEqual([]);
  });

  it('fails with a clear error when the registry refuses the password, and creates nothing', async () => {
    const wrong = await startEmulator({ registryPassword: 'not-the-registry-password-123' });
    extraSecrets.push(
      'not-the-registry-password-123',
      Buffer.from('AWS:not-the-registry-password-123').toString('base64'),
    );
    try {
      const result = await runAction('ecr-public-login', {
        inputs: { registry: world.registry.host, builder: 'buildah', repositories: 'another-new-service' },
        env: { ...world.env, AWS_ENDPOINT_URL: wrong.endpoint },
      });
      expect(result.code).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toContain(`buildah login to ${world.registry.host} failed`);
      expect(result.errors[0]).toMatch(/invalid username\/password|unauthorized/i);
      expect(wrong.mutatingCalls()).toEqual([]);
      // Saved before the login was tried (issue 12): the post step cleans up whatever the login left.
      expect(result.state.registry).toBe(world.registry.host);
      expect(loggedInRegistries(world.authFile)).not.toContain(world.registry.host);
      expect(
        leakedSecrets(result, [
          'not-the-registry-password-123',
          Buffer.from('AWS:not-the-registry-password-123').toString('base64'),
        ]),
      ).toEqual([]);
    } finally {
      await wrong.close();
    }
  });

  it('rejects an aws-region other than us-east-1 before any AWS call', async () => {
    const before = world.emulator.calls.length;
    const result = await runAction('ecr-public-login', {
      inputs: { 'aws-region': 'eu-west-3', registry: world.registry.host },
      env: world.env,
    });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Input 'aws-region': 'eu-west-3' is not possible: the ECR Public API exists only in us-east-1/,
      ),
    ]);
    expect(world.emulator.calls.length).toBe(before);
  });

  it('warns instead of failing when the post-step logout fails, and honours skip-logout', async () => {
    // An auth file buildah cannot reach (its parent is a regular file); a registry never logged
    // in to is not a failure any more ("not logged into" is what a logout wants).
    const aFile = path.join(world.dir, 'a-regular-file');
    writeFileSync(aFile, '');
    const failing = await runAction('ecr-public-login', {
      env: { ...world.env, REGISTRY_AUTH_FILE: path.join(aFile, 'auth.json') },
      post: { state: { isPost: 'true', registry: '127.0.0.1:1', builder: 'buildah', skipLogout: 'false' } },
    });
    expect(failing.code).toBe(0);
    expect(failing.warnings).toEqual([expect.stringContaining('buildah logout from 127.0.0.1:1 failed')]);

    const skipped = await runAction('ecr-public-login', {
      env: world.env,
      post: {
        state: { isPost: 'true', registry: world.registry.host, builder: 'buildah', skipLogout: 'true' },
      },
    });
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('skip-logout is true');
  });
});
