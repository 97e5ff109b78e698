import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildahSandboxEnv, startLocalRegistry, type LocalRegistry } from '../helpers/local-registry.js';
import type { IamDenial, IamRequest } from '../../emulator/index.js';

// Real parts: buildah (vfs storage, chroot isolation) pushing to Debian's docker-registry with
// htpasswd auth on 127.0.0.1, through the authorising proxy of issue 14. The authorize function is
// written here (allow everything, or refuse one action), not the emulator's policy engine, so this
// file proves the proxy alone: which request each push action guards, what buildah prints, and that
// a refused request stores nothing.
const ACCOUNT = '123456789012';
const ALIAS = 'a1b2c3d4';
const PRINCIPAL = `arn:aws:sts::${ACCOUNT}:assumed-role/infra-actions-deploy/github-actions`;
const password = `pw-${randomBytes(18).toString('base64url')}`;

/** The action the authorize function refuses; undefined = everything allowed. */
let refused: string | undefined;
/** Every request the proxy asked about, for the allow-all test. */
const asked: IamRequest[] = [];
function authorize(requests: IamRequest[]): IamDenial | undefined {
  asked.push(...requests);
  const denied = requests.find((request) => request.action === refused);
  if (!denied) return undefined;
  // AWS's message for an action no identity-based policy allows (issue 14 contract).
  const message =
    `User: ${PRINCIPAL} is not authorized to perform: ${denied.action} on resource: ${denied.resource}` +
    ` because no identity-based policy allows the ${denied.action} action`;
  return { action: denied.action, resource: denied.resource, explicit: false, message };
}

let registry: LocalRegistry;
let dir: string;
let env: NodeJS.ProcessEnv;

function buildah(args: string[], input?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('buildah', args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
    child.stdin.end(input ?? '');
  });
}

async function must(args: string[], input?: string): Promise<string> {
  const result = await buildah(args, input);
  if (result.code !== 0) throw new Error(`buildah ${args[0]} failed (exit ${result.code}): ${result.output}`);
  return result.output.trim();
}

/**
 * A FROM scratch image with content of its own, so no layer of it is in the registry yet: buildah
 * then uploads every blob (HEAD, POST, PATCH, PUT) instead of reusing or mounting one.
 */
async function uniqueImage(name: string): Promise<string> {
  const file = path.join(dir, `${name}.txt`);
  writeFileSync(file, `${name} ${randomBytes(16).toString('hex')}\n`);
  const container = await must(['from', 'scratch']);
  await must(['copy', container, file, '/content.txt']);
  const image = `localhost/${name}:build`;
  await must(['commit', '--quiet', container, image]);
  await must(['rm', container]);
  return image;
}

function push(image: string, repository: string) {
  return buildah([
    'push',
    '--tls-verify=false',
    image,
    `docker://${registry.host}/${ALIAS}/${repository}:v1`,
  ]);
}

async function manifestStatus(repository: string): Promise<number> {
  const response = await fetch(`http://${registry.host}/v2/${ALIAS}/${repository}/manifests/v1`, {
    method: 'HEAD',
    headers: {
      authorization: `Basic ${Buffer.from(`AWS:${password}`).toString('base64')}`,
      accept:
        'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  return response.status;
}

/** Layers committed to the repository, from the registry's storage (distribution's v2 layout). */
function committedLayers(repository: string): string[] {
  const layers = path.join(
    registry.dataDir,
    'docker/registry/v2/repositories',
    ALIAS,
    repository,
    '_layers/sha256',
  );
  return existsSync(layers) ? readdirSync(layers) : [];
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'registry-push-iam-'));
  env = { ...process.env, ...buildahSandboxEnv(dir) };
  registry = await startLocalRegistry({ username: 'AWS', password, authorize, account: ACCOUNT });
  await must(
    ['login', '--tls-verify=false', '--username', 'AWS', '--password-stdin', registry.host],
    password,
  );
}, 60_000);

afterEach(() => {
  refused = undefined;
  asked.length = 0;
});

afterAll(async () => {
  await registry?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a buildah push through the authorising proxy (ECR Public push actions, issue 14)', () => {
  it('goes through when every action is allowed, and asks for each push action on the repository ARN', async () => {
    const result = await push(await uniqueImage('allowed'), 'allowed');
    // Not /403/: a digest may hold those digits.
    expect(result.output).not.toMatch(/denied|Forbidden/);
    expect(result.code).toBe(0);
    expect(await manifestStatus('allowed')).toBe(200);
    expect(registry.denials()).toEqual([]);
    const arn = `arn:aws:ecr-public::${ACCOUNT}:repository/allowed`;
    expect(new Set(asked.map((request) => request.resource))).toEqual(new Set([arn]));
    expect(new Set(asked.map((request) => request.action))).toEqual(
      new Set(
        [
          'BatchCheckLayerAvailability',
          'InitiateLayerUpload',
          'UploadLayerPart',
          'CompleteLayerUpload',
          'PutImage',
        ].map((action) => `ecr-public:${action}`),
      ),
    );
  });

  it.each(['InitiateLayerUpload', 'UploadLayerPart', 'CompleteLayerUpload'])(
    'fails without ecr-public:%s, prints the denial, and stores nothing of the image',
    async (action) => {
      refused = `ecr-public:${action}`;
      const repository = `no-${action.toLowerCase()}`;
      const result = await push(await uniqueImage(repository), repository);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        `denied: User: ${PRINCIPAL} is not authorized to perform: ecr-public:${action} on resource: ` +
          `arn:aws:ecr-public::${ACCOUNT}:repository/${repository} because no identity-based policy allows`,
      );
      expect(registry.denials().at(-1)).toMatchObject({ action: `ecr-public:${action}` });
      expect(await manifestStatus(repository)).toBe(404);
      expect(committedLayers(repository)).toEqual([]);
    },
  );

  it('fails without ecr-public:BatchCheckLayerAvailability with a bare 403 (a HEAD answer has no body), storing nothing', async () => {
    refused = 'ecr-public:BatchCheckLayerAvailability';
    const repository = 'no-batchchecklayeravailability';
    const result = await push(await uniqueImage(repository), repository);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/403 \(Forbidden\)/);
    expect(registry.denials().map((denial) => denial.action)).toContain(refused);
    expect(await manifestStatus(repository)).toBe(404);
    expect(committedLayers(repository)).toEqual([]);
  });

  it('fails without ecr-public:PutImage after the layers, and the tag does not exist', async () => {
    refused = 'ecr-public:PutImage';
    const repository = 'no-putimage';
    const result = await push(await uniqueImage(repository), repository);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `denied: User: ${PRINCIPAL} is not authorized to perform: ecr-public:PutImage on resource: ` +
        `arn:aws:ecr-public::${ACCOUNT}:repository/${repository} because no identity-based policy allows`,
    );
    expect(await manifestStatus(repository)).toBe(404);
    // The layers were allowed and are stored, as on ECR Public.
    expect(committedLayers(repository)).not.toEqual([]);
  });
});
