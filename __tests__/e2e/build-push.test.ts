import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  runAction as runBundle,
  type ActionName,
  type ActionResult,
  type RunOptions,
} from '../helpers/run-action.js';
import {
  leakedSecrets,
  REGISTRY_ALIAS,
  startRegistryWorld,
  type RegistryWorld,
} from '../helpers/registry-world.js';

// Real parts: the ecr-public-login and build-push bundles under Node 24, the AWS emulator's ECR
// Public, buildah (vfs storage, chroot isolation) building FROM scratch Containerfiles, and
// Debian's docker-registry with htpasswd auth on 127.0.0.1, asked for the pushed manifest's digest.
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
const SHA = '0123456789abcdef0123456789abcdef01234567';
const run = { GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'org/infra-demo' };

beforeAll(async () => {
  world = await startRegistryWorld();
  const login = await runAction('ecr-public-login', {
    inputs: { registry: world.registry.host, builder: 'buildah', repositories: 'hello' },
    env: world.env,
  });
  if (login.code !== 0) throw new Error(`login failed: ${login.errors.join('\n')}`);
}, 60_000);

afterAll(async () => {
  await world?.close();
});

const repository = `${REGISTRY_ALIAS}/hello`;
const image = () => `${world.registry.host}/${repository}`;

describe('build-push with buildah and a real registry', () => {
  it('builds a FROM scratch image, pushes every default tag, and outputs the digest the registry reports', async () => {
    const result = await runAction('build-push', {
      workspace: world.workspaceWith('hello'),
      inputs: {
        image: image(),
        labels:
          'org.opencontainers.image.title=hello\norg.opencontainers.image.source=https://example.com/override',
      },
      env: { ...world.env, ...run },
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const digest = result.outputs.digest;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await world.manifestDigest(repository, 'sha-0123456')).toBe(digest);
    expect(await world.manifestDigest(repository, 'latest')).toBe(digest);
    expect(result.outputs.image).toBe(`${image()}@${digest}`);
    expect(result.outputs.tags).toBe(`${image()}:sha-0123456\n${image()}:latest`);
    expect(result.outputs.imageid).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The user's label wins over the default; the others stay.
    expect(result.stdout).toContain('--label org.opencontainers.image.source=https://example.com/override');
    expect(result.stdout).toContain(`--label org.opencontainers.image.revision=${SHA}`);
    expect(result.stdout).not.toContain('org.opencontainers.image.source=https://github.com/org/infra-demo');
    expect(result.stdout).toMatch(/::group::Build .* with buildah/);
    expect(result.summary).toContain(digest);
    expect(result.summary).toMatch(/Build time \| \d+\.\d s/);
    expect(leakedSecrets(result, [world.password, world.token])).toEqual([]);
  });

  it('is reproducible: the same commit time gives the same digest', async () => {
    const digests: string[] = [];
    for (const tag of ['repro-1', 'repro-2']) {
      const result = await runAction('build-push', {
        workspace: world.workspaceWith('hello'),
        inputs: { image: image(), tags: tag },
        env: { ...world.env, ...run, SOURCE_DATE_EPOCH: '1700000000' },
      });
      expect(result.errors).toEqual([]);
      expect(await world.manifestDigest(repository, tag)).toBe(result.outputs.digest);
      digests.push(result.outputs.digest);
    }
    expect(digests[1]).toBe(digests[0]);
  });

  it('rejects an image name with capitals before building', async () => {
    const result = await runAction('build-push', {
      workspace: world.workspaceWith('hello'),
      inputs: { image: `${world.registry.host}/${REGISTRY_ALIAS}/Hello` },
      env: { ...world.env, ...run },
    });
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'image': .*capital letters.*lowercase/)]);
    expect(result.stdout).not.toContain('buildah');
  });

  it('shows the last lines of a failed build and does not retry it', async () => {
    const result = await runAction('build-push', {
      workspace: world.workspaceWith('broken'),
      inputs: { image: image(), tags: 'broken' },
      env: { ...world.env, ...run },
    });
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^The build failed \(buildah exit \d+\); last lines:/);
    expect(result.errors[0]).toContain('does-not-exist.txt');
    expect(result.stdout.match(/\[command\]\S*buildah build/g)).toHaveLength(1);
    expect(result.stdout).not.toContain('buildah push');
  });

  it('does not retry a push the registry refuses for lack of credentials', async () => {
    const authFile = `${world.dir}/empty-auth.json`;
    writeFileSync(authFile, JSON.stringify({ auths: {} }));
    const result = await runAction('build-push', {
      workspace: world.workspaceWith('hello'),
      inputs: { image: image(), tags: 'no-login', builder: 'buildah', 'push-retries': 2 },
      env: { ...world.env, ...run, REGISTRY_AUTH_FILE: authFile },
    });
    expect(result.code).toBe(1);
    expect(result.errors[0]).toMatch(
      /^The push of .*:no-login was refused \(buildah exit \d+\); not retried/,
    );
    expect(result.stdout.match(/\[command\]\S*buildah push/g)).toHaveLength(1);
    expect(await world.manifestDigest(repository, 'no-login')).toBeUndefined();
  });
});

/** A blob or manifest of the test registry, as bytes. */
async function registryGet(pathname: string, accept?: string): Promise<Buffer> {
  const response = await fetch(`http://${world.registry.host}/v2/${pathname}`, {
    headers: {
      authorization: `Basic ${Buffer.from(`AWS:${world.password}`).toString('base64')}`,
      ...(accept ? { accept } : {}),
    },
  });
  if (!response.ok) throw new Error(`GET ${pathname}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** The paths in every layer of a pushed image (the layers are gzipped tars). */
async function layerPaths(tag: string): Promise<string[]> {
  const manifest = JSON.parse(
    (
      await registryGet(
        `${repository}/manifests/${tag}`,
        'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
      )
    ).toString(),
  );
  const paths: string[] = [];
  for (const layer of manifest.layers as { digest: string }[]) {
    const blob = await registryGet(`${repository}/blobs/${layer.digest}`);
    paths.push(...execFileSync('tar', ['-tz'], { input: blob }).toString().split('\n').filter(Boolean));
  }
  return paths;
}

// Issue 16: actions/checkout (v4, v5) with persist-credentials: true leaves the job's token in
// .git/config; a COPY . . would publish it. Real parts: the build-push bundle, a real context
// folder, buildah reading the context's .dockerignore, the registry's layers listed with tar.
describe('build-push and git credentials in the build context', () => {
  const TOKEN = Buffer.from('x-access-token:ghs_e2eDoNotPublishThis0123456789').toString('base64');
  function contextWithCheckoutToken(): string {
    const workspace = world.workspaceWith('hello');
    writeFileSync(path.join(workspace, 'Containerfile'), 'FROM scratch\nCOPY . /app/\n');
    mkdirSync(path.join(workspace, '.git'));
    writeFileSync(
      path.join(workspace, '.git/config'),
      [
        '[core]',
        '\trepositoryformatversion = 0',
        '[remote "origin"]',
        '\turl = https://github.com/org/infra-demo',
        '[http "https://github.com/"]',
        `\textraheader = AUTHORIZATION: basic ${TOKEN}`,
        '',
      ].join('\n'),
    );
    return workspace;
  }

  it('refuses the context before the build, naming the file, why and the fix, without the token', async () => {
    extraSecrets.push(TOKEN);
    const result = await runAction('build-push', {
      workspace: contextWithCheckoutToken(),
      inputs: { image: image(), tags: 'with-token', builder: 'buildah' },
      env: { ...world.env, ...run },
    });
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/holds git credentials: \.git\/config line 6 \(an http extraheader/);
    expect(result.errors[0]).toMatch(/COPY \. \. would copy them into a layer of the image/);
    expect(result.errors[0]).toMatch(/persist-credentials: false .* add a line \.git/);
    expect(result.stdout).not.toMatch(/buildah (build|push)/);
    expect(await world.manifestDigest(repository, 'with-token')).toBeUndefined();
  });

  it('builds the same context once .dockerignore leaves .git out, and the image has no .git', async () => {
    extraSecrets.push(TOKEN);
    const workspace = contextWithCheckoutToken();
    writeFileSync(path.join(workspace, '.dockerignore'), '# checkout persisted a token\n.git\n');
    const result = await runAction('build-push', {
      workspace,
      inputs: { image: image(), tags: 'ignored-git', builder: 'buildah' },
      env: { ...world.env, ...run },
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const paths = await layerPaths('ignored-git');
    // The copy happened (so the ignore file, not an empty COPY, kept .git out).
    expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/^(\.\/)?app\/hello\.txt$/)]));
    expect(paths.filter((entry) => entry.includes('.git'))).toEqual([]);
  });

  it('builds a context whose .git holds no credential; COPY . . copies .git, as it would a token', async () => {
    const workspace = contextWithCheckoutToken();
    // What checkout leaves with persist-credentials: false: no extraheader.
    writeFileSync(
      path.join(workspace, '.git/config'),
      '[remote "origin"]\n\turl = https://github.com/org/infra-demo\n',
    );
    const result = await runAction('build-push', {
      workspace,
      inputs: { image: image(), tags: 'clean-git', builder: 'buildah' },
      env: { ...world.env, ...run },
    });
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    expect(await layerPaths('clean-git')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(\.\/)?app\/\.git\/config$/)]),
    );
  });
});
