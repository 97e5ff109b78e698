import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAndPush, resolveContainerfile, silentPushRefusal } from '../../../src/image/build-push.js';
import type { BuildSettings } from '../../../src/image/inputs.js';
import { fakeRunner, type RecordedCall } from '../container/fake-runner.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;
const IMAGE_ID = `sha256:${'1'.repeat(64)}`;
let dir: string;
let context: string;
let tempDir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'build-push-unit-'));
  context = path.join(dir, 'context');
  tempDir = path.join(dir, 'temp');
  mkdirSync(context);
  mkdirSync(tempDir);
  writeFileSync(path.join(context, 'Containerfile'), 'FROM scratch\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const settings = (overrides: Partial<BuildSettings> = {}): BuildSettings => ({
  image: '127.0.0.1:5000/a1b2c3d4/app',
  context,
  tags: ['v1', 'latest'],
  buildArgs: [],
  labels: [],
  platforms: [],
  push: true,
  cacheFrom: [],
  cacheTo: [],
  builder: 'buildah',
  pushRetries: 2,
  ...overrides,
});

/** Writes what the real builders write: the image ID on build, the digest on push. */
function writesFiles(call: RecordedCall): void {
  const value = (flag: string) => call.args[call.args.indexOf(flag) + 1];
  if (call.args.includes('--iidfile')) writeFileSync(value('--iidfile'), IMAGE_ID);
  if (call.args.includes('--digestfile')) writeFileSync(value('--digestfile'), DIGEST);
  if (call.args.includes('--metadata-file'))
    writeFileSync(value('--metadata-file'), JSON.stringify({ 'containerimage.digest': DIGEST }));
}

function deps(runner: ReturnType<typeof fakeRunner>['runner']) {
  const sleeps: number[] = [];
  const warnings: string[] = [];
  return {
    sleeps,
    warnings,
    deps: {
      runner,
      tempDir,
      buildahHost: { env: {}, isRoot: false },
      sleep: async (ms: number) => void sleeps.push(ms),
      warn: (m: string) => void warnings.push(m),
    },
  };
}

describe('buildAndPush', () => {
  it('buildah: builds once, pushes each tag, and outputs the pushed digest', async () => {
    const { runner, calls } = fakeRunner({
      installed: ['buildah'],
      answer: (call) => (writesFiles(call), {}),
    });
    const result = await buildAndPush(settings(), deps(runner).deps);
    expect(calls.map((call) => call.args[0])).toEqual(['build', 'push', 'push']);
    expect(calls[1].args.slice(-1)).toEqual(['127.0.0.1:5000/a1b2c3d4/app:v1']);
    expect(result).toMatchObject({
      image: `127.0.0.1:5000/a1b2c3d4/app@${DIGEST}`,
      digest: DIGEST,
      tags: ['127.0.0.1:5000/a1b2c3d4/app:v1', '127.0.0.1:5000/a1b2c3d4/app:latest'],
      imageid: IMAGE_ID,
      builder: 'buildah',
      pushRetries: 0,
    });
  });

  it('retries a failed push with exponential backoff, then succeeds', async () => {
    let pushes = 0;
    const { runner } = fakeRunner({
      installed: ['buildah'],
      answer: (call) => {
        if (call.args[0] === 'push' && ++pushes <= 2)
          return { exitCode: 125, stderr: 'connection reset by peer' };
        writesFiles(call);
        return {};
      },
    });
    const world = deps(runner);
    const result = await buildAndPush(settings({ tags: ['v1'] }), world.deps);
    expect(world.sleeps).toEqual([2000, 4000]);
    expect(world.warnings).toEqual([
      'The push of 127.0.0.1:5000/a1b2c3d4/app:v1 failed (attempt 1 of 3); retrying in 2 s',
      'The push of 127.0.0.1:5000/a1b2c3d4/app:v1 failed (attempt 2 of 3); retrying in 4 s',
    ]);
    expect(result.pushRetries).toBe(2);
  });

  it('gives up after push-retries with the last lines of the push', async () => {
    const { runner, calls } = fakeRunner({
      installed: ['buildah'],
      answer: (call) =>
        call.args[0] === 'push'
          ? { exitCode: 125, stderr: 'received unexpected HTTP status: 503' }
          : (writesFiles(call), {}),
    });
    await expect(buildAndPush(settings({ tags: ['v1'], pushRetries: 1 }), deps(runner).deps)).rejects.toThrow(
      'The push of 127.0.0.1:5000/a1b2c3d4/app:v1 failed 2 time(s) (buildah exit 125); push-retries is 1:\nreceived unexpected HTTP status: 503',
    );
    expect(calls.filter((call) => call.args[0] === 'push')).toHaveLength(2);
  });

  // Issue 14: the registry's 403 as the builders print it (ECR's body, behind an IAM-authorising proxy).
  const DENIED =
    'denied: User: arn:aws:sts::123456789012:assumed-role/infra-actions-deploy/github-actions is not authorized to perform: ecr-public:InitiateLayerUpload on resource: arn:aws:ecr-public::123456789012:repository/app because no identity-based policy allows the ecr-public:InitiateLayerUpload action';
  const FIX =
    "Missing IAM permission: add ecr-public:InitiateLayerUpload on arn:aws:ecr-public::123456789012:repository/app to the role's policy (see docs/iam.md)";

  it('a push IAM refused names the permission and the fix, and is not retried (buildah)', async () => {
    const { runner, calls } = fakeRunner({
      installed: ['buildah'],
      answer: (call) =>
        call.args[0] === 'push'
          ? {
              exitCode: 125,
              stderr: `Getting image source signatures\nError: writing blob: initiating layer upload to /v2/a1b2c3d4/app/blobs/uploads/ in 127.0.0.1:5000: ${DENIED}\n`,
            }
          : (writesFiles(call), {}),
    });
    await expect(buildAndPush(settings({ tags: ['v1'] }), deps(runner).deps)).rejects.toThrow(
      `The push of 127.0.0.1:5000/a1b2c3d4/app:v1 was refused (buildah exit 125): ${FIX}. Not retried:\nGetting image source signatures\nError: writing blob:`,
    );
    expect(calls.filter((call) => call.args[0] === 'push')).toHaveLength(1);
  });

  it('a push IAM refused names the permission and the fix (docker buildx)', async () => {
    const { runner, calls } = fakeRunner({
      installed: ['docker'],
      answer: (call) =>
        call.args.includes('buildx') && call.args.includes('build')
          ? {
              exitCode: 1,
              output: `#9 pushing layers\n#9 ERROR: failed to push 127.0.0.1:5000/a1b2c3d4/app:v1: ${DENIED}`,
            }
          : {},
    });
    await expect(
      buildAndPush(settings({ builder: 'docker', tags: ['v1'] }), deps(runner).deps),
    ).rejects.toThrow(`The push was refused (docker exit 1): ${FIX}. Not retried:`);
    expect(calls.filter((call) => call.args.includes('build'))).toHaveLength(1);
  });

  it('does not retry a failed build, and shows its last lines', async () => {
    const output = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n');
    const { runner, calls } = fakeRunner({
      installed: ['buildah'],
      answer: () => ({ exitCode: 125, output }),
    });
    const failure = buildAndPush(settings(), deps(runner).deps);
    await expect(failure).rejects.toThrow(
      /^The build failed \(buildah exit 125\); last lines:\nline 16\n[\s\S]*\nline 30$/,
    );
    expect(calls).toHaveLength(1);
  });

  it('docker: one buildx command; the digest comes from the metadata file; a push-phase failure is retried', async () => {
    let runs = 0;
    const { runner, calls } = fakeRunner({
      installed: ['docker'],
      answer: (call) => {
        if (call.args[0] === 'info') return {};
        if (++runs === 1)
          return { exitCode: 1, output: '#8 pushing layers\n#8 ERROR: failed to push: 502 Bad Gateway' };
        writesFiles(call);
        return {};
      },
    });
    const world = deps(runner);
    const result = await buildAndPush(settings({ builder: 'auto', tags: ['v1'] }), world.deps);
    expect(calls.map((call) => call.args.slice(0, 2))).toEqual([
      ['info', '--format'],
      ['buildx', 'build'],
      ['buildx', 'build'],
    ]);
    expect(world.sleeps).toEqual([2000]);
    expect(result).toMatchObject({ digest: DIGEST, imageid: IMAGE_ID, builder: 'docker', pushRetries: 1 });
  });

  it('docker: a build failure inside buildx is not retried', async () => {
    const { runner, calls } = fakeRunner({
      installed: ['docker'],
      answer: (call) =>
        call.args[0] === 'info'
          ? {}
          : { exitCode: 1, output: 'ERROR: failed to solve: "/missing.txt": not found' },
    });
    await expect(buildAndPush(settings({ builder: 'docker' }), deps(runner).deps)).rejects.toThrow(
      /^The build failed \(docker exit 1\)/,
    );
    expect(calls.filter((call) => call.args[0] === 'buildx')).toHaveLength(1);
  });

  it('push false: builds and outputs no digest', async () => {
    const { runner, calls } = fakeRunner({
      installed: ['buildah'],
      answer: (call) => (writesFiles(call), {}),
    });
    const result = await buildAndPush(settings({ push: false }), deps(runner).deps);
    expect(calls.map((call) => call.args[0])).toEqual(['build']);
    expect(result).toMatchObject({ image: '', digest: '', imageid: IMAGE_ID });
  });

  it('fails when the builder reports no digest', async () => {
    const { runner } = fakeRunner({
      installed: ['buildah'],
      answer: (call) => (call.args[0] === 'build' ? (writesFiles(call), {}) : {}),
    });
    await expect(buildAndPush(settings(), deps(runner).deps)).rejects.toThrow(
      /buildah push succeeded but wrote no manifest digest/,
    );
  });
});

describe('resolveContainerfile', () => {
  it('prefers Dockerfile, then Containerfile', () => {
    expect(resolveContainerfile({ context })).toBe(path.join(context, 'Containerfile'));
    writeFileSync(path.join(context, 'Dockerfile'), 'FROM scratch\n');
    expect(resolveContainerfile({ context })).toBe(path.join(context, 'Dockerfile'));
  });

  it.each([
    [
      'a missing context',
      () => ({ context: path.join(context, 'nope') }),
      /^Input 'context': .* is not a directory/,
    ],
    [
      'a missing file',
      () => ({ context, file: path.join(context, 'Nope') }),
      /^Input 'file': file not found/,
    ],
    [
      'no Dockerfile at all',
      () => (rmSync(path.join(context, 'Containerfile')), { context }),
      /^Input 'file': no Dockerfile or Containerfile in/,
    ],
  ])('%s is an input error', (_name, given, message) => {
    expect(() => resolveContainerfile(given())).toThrow(message);
  });
});

describe('silentPushRefusal: a bare 403 names the permission a HEAD refusal hides', () => {
  it.each([
    [
      'buildah, HEAD blob refused',
      'Error: pushing image "x" to "docker://127.0.0.1:5000/a1b2c3d4/web:v1": failed to read from destination repository a1b2c3d4/web: 403 (Forbidden)',
      '127.0.0.1:5000/a1b2c3d4/web:v1',
      'arn:aws:ecr-public::<account id>:repository/web',
    ],
    [
      'docker',
      'error parsing HTTP 403 response body: unexpected end of JSON input',
      'public.ecr.aws/a1b2c3d4/team/api@sha256:' + 'a'.repeat(64),
      'arn:aws:ecr-public::<account id>:repository/team/api',
    ],
  ])('%s', (_name, output, ref, arn) => {
    expect(silentPushRefusal(output, ref)).toBe(
      `the registry answered HTTP 403 without a reason. On ECR Public that is a refused BatchCheckLayerAvailability (a push's first request, a HEAD whose answer has no body): add ecr-public:BatchCheckLayerAvailability, with the other push actions, on ${arn} to the role's policy (see docs/iam.md)`,
    );
  });

  it.each([
    'unauthorized: authentication required',
    'denied: requested access to the resource is denied',
    'received unexpected HTTP status: 500 Internal Server Error',
  ])('leaves other refusals alone: %s', (output) => {
    expect(silentPushRefusal(output, 'public.ecr.aws/a1b2c3d4/web:v1')).toBeUndefined();
  });
});
