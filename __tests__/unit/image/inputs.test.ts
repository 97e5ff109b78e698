import path from 'node:path';
import { Inputs } from '../../../src/lib/inputs.js';
import { parseBuildInputs, type BuildRunFacts } from '../../../src/image/inputs.js';

const WORKSPACE = '/work/space';
const inputs = (values: Record<string, string>) => new Inputs((name) => values[name]);
const facts = (overrides: Partial<BuildRunFacts> = {}): BuildRunFacts => ({
  sha: '0123456789abcdef0123456789abcdef01234567',
  onDefaultBranch: true,
  repositoryUrl: 'https://github.com/org/repo',
  now: new Date('2026-01-02T03:04:05Z'),
  ...overrides,
});
const IMAGE = 'public.ecr.aws/a1b2c3d4/sites-management-api';

let savedWorkspace: string | undefined;
beforeAll(() => {
  savedWorkspace = process.env.GITHUB_WORKSPACE;
  process.env.GITHUB_WORKSPACE = WORKSPACE;
});
afterAll(() => {
  if (savedWorkspace === undefined) delete process.env.GITHUB_WORKSPACE;
  else process.env.GITHUB_WORKSPACE = savedWorkspace;
});

describe('parseBuildInputs', () => {
  it('defaults: sha and latest tags on the default branch, OCI labels, push with 3 retries', () => {
    expect(parseBuildInputs(inputs({ image: IMAGE }), facts())).toEqual({
      image: IMAGE,
      context: WORKSPACE,
      file: undefined,
      tags: ['sha-0123456', 'latest'],
      buildArgs: [],
      labels: [
        ['org.opencontainers.image.source', 'https://github.com/org/repo'],
        ['org.opencontainers.image.revision', '0123456789abcdef0123456789abcdef01234567'],
        ['org.opencontainers.image.created', '2026-01-02T03:04:05.000Z'],
      ],
      target: undefined,
      platforms: [],
      push: true,
      cacheFrom: [],
      cacheTo: [],
      builder: 'auto',
      pushRetries: 3,
      timestamp: undefined,
    });
  });

  it('no latest tag off the default branch', () => {
    expect(parseBuildInputs(inputs({ image: IMAGE }), facts({ onDefaultBranch: false })).tags).toEqual([
      'sha-0123456',
    ]);
  });

  it('a known commit time is the timestamp and the created label', () => {
    const settings = parseBuildInputs(inputs({ image: IMAGE }), facts({ sourceDateEpoch: 1700000000 }));
    expect(settings.timestamp).toBe(1700000000);
    expect(settings.labels).toContainEqual(['org.opencontainers.image.created', '2023-11-14T22:13:20.000Z']);
  });

  it("merges the user's labels over the defaults and reads every input", () => {
    const settings = parseBuildInputs(
      inputs({
        image: 'localhost:5000/app',
        context: 'services/api',
        file: 'services/api/Containerfile.prod',
        tags: 'v1.2.3\nstable\nv1.2.3',
        'build-args': 'NODE_ENV=production\nURL=https://x.test/?a=b',
        labels: 'org.opencontainers.image.source=https://example.com/src\nteam=web',
        target: 'runtime',
        platforms: 'linux/amd64, linux/arm64',
        push: 'false',
        'cache-from': 'type=gha',
        'cache-to': 'type=gha,mode=max',
        builder: 'docker',
        'push-retries': '0',
      }),
      facts(),
    );
    expect(settings).toMatchObject({
      image: 'localhost:5000/app',
      context: path.join(WORKSPACE, 'services/api'),
      file: path.join(WORKSPACE, 'services/api/Containerfile.prod'),
      tags: ['v1.2.3', 'stable'],
      buildArgs: [
        ['NODE_ENV', 'production'],
        ['URL', 'https://x.test/?a=b'],
      ],
      labels: [
        ['org.opencontainers.image.revision', '0123456789abcdef0123456789abcdef01234567'],
        ['org.opencontainers.image.created', '2026-01-02T03:04:05.000Z'],
        ['org.opencontainers.image.source', 'https://example.com/src'],
        ['team', 'web'],
      ],
      target: 'runtime',
      platforms: ['linux/amd64', 'linux/arm64'],
      push: false,
      cacheFrom: ['type=gha'],
      cacheTo: ['type=gha,mode=max'],
      builder: 'docker',
      pushRetries: 0,
    });
  });

  it.each([
    [{}, /^Input 'image': is required but empty/],
    [
      { image: 'public.ecr.aws/a1b2c3d4/Sites-API' },
      /^Input 'image': 'public.ecr.aws\/a1b2c3d4\/Sites-API' has capital letters.*Use 'public.ecr.aws\/a1b2c3d4\/sites-api'/,
    ],
    [
      { image: `${IMAGE}:v1` },
      /^Input 'image': .* contains a tag\. Give the repository without tag, and the tags in 'tags'/,
    ],
    [{ image: `${IMAGE}@sha256:abc` }, /^Input 'image': .* contains a digest/],
    [{ image: 'public.ecr.aws/a1b2c3d4/-bad' }, /^Input 'image': .* is not a valid image repository/],
    // issue 12: one image grammar (src/lib/image-reference.ts)
    [{ image: 'public.ecr.aws/a1b2c3d4/web__-x' }, /^Input 'image': .* is not a valid image repository/],
    [{ image: `${'a'.repeat(250)}.io/web` }, /^Input 'image': .* is not a valid image repository.*255/],
    [
      { image: 'public.ecr.aws/a1b2c3d4/web\n::stop-commands::x' },
      // The input reader refuses it before the grammar sees it, without echoing the value.
      /^Input 'image': contains a line feed \(U\+000A\)\. Give a single line without control characters$/,
    ],
    [{ image: IMAGE, tags: 'v1\n-bad' }, /^Input 'tags': '-bad' is not a tag/],
    [{ image: IMAGE, tags: `${IMAGE}:v1` }, /^Input 'tags': .* is not a tag.*Give tag names only/],
    [{ image: IMAGE, 'build-args': 'NO_EQUALS' }, /^Input 'build-args': line 1 is not KEY=VALUE/],
    [
      { image: IMAGE, 'build-args': 'BAD-KEY=1' },
      /^Input 'build-args': line 1: 'BAD-KEY' is not a build argument name/,
    ],
    [{ image: IMAGE, labels: '=x' }, /^Input 'labels': line 1 is not KEY=VALUE/],
    [{ image: IMAGE, platforms: 'amd64' }, /^Input 'platforms': 'amd64' is not a platform/],
    [{ image: IMAGE, push: 'maybe' }, /^Input 'push': 'maybe' is not a boolean/],
    [
      { image: IMAGE, builder: 'kaniko' },
      /^Input 'builder': 'kaniko' is not one of auto, docker, podman, buildah/,
    ],
    [{ image: IMAGE, 'push-retries': '-1' }, /^Input 'push-retries': -1 is out of range/],
    [{ image: IMAGE, context: '../../etc' }, /^Input 'context': '..\/..\/etc' points outside the workspace/],
  ])('rejects %j', (values, message) => {
    expect(() => parseBuildInputs(inputs(values), facts())).toThrow(message);
  });

  it('needs tags when GITHUB_SHA is not set', () => {
    expect(() => parseBuildInputs(inputs({ image: IMAGE }), facts({ sha: '' }))).toThrow(
      /^Input 'tags': is empty and there is no commit \(neither 'revision' nor GITHUB_SHA is set\)/,
    );
  });
});
