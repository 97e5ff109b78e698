import { buildCommand, checkBuilderSupport, pushCommand, type BuildFiles } from '../../../src/image/argv.js';
import type { BuildSettings } from '../../../src/image/inputs.js';

const files: BuildFiles = {
  file: '/ws/app/Dockerfile',
  iidFile: '/tmp/b/iid',
  metadataFile: '/tmp/b/metadata.json',
};
const root = { env: {}, isRoot: true };
const rootless = { env: {}, isRoot: false };

const settings = (overrides: Partial<BuildSettings> = {}): BuildSettings => ({
  image: 'public.ecr.aws/a1b2c3d4/app',
  context: '/ws/app',
  tags: ['sha-0123456', 'latest'],
  buildArgs: [],
  labels: [['org.opencontainers.image.revision', '0123456']],
  platforms: [],
  push: true,
  cacheFrom: [],
  cacheTo: [],
  builder: 'auto',
  pushRetries: 3,
  ...overrides,
});

const common = [
  '--file',
  '/ws/app/Dockerfile',
  '--tag',
  'public.ecr.aws/a1b2c3d4/app:sha-0123456',
  '--tag',
  'public.ecr.aws/a1b2c3d4/app:latest',
  '--label',
  'org.opencontainers.image.revision=0123456',
];
const everything: Partial<BuildSettings> = {
  buildArgs: [
    ['NODE_ENV', 'production'],
    ['EQ', 'a=b'],
  ],
  target: 'runtime',
  platforms: ['linux/arm64'],
  timestamp: 1700000000,
};
// Names only: the values go in the builder's environment (issue 12).
const everythingArgs = [
  '--build-arg',
  'NODE_ENV',
  '--build-arg',
  'EQ',
  '--target',
  'runtime',
  '--platform',
  'linux/arm64',
];

// prettier-ignore
describe('build argv', () => {
  it.each([
    ['docker, defaults', 'docker', settings(), root,
      ['buildx', 'build', ...common, '--push', '--metadata-file', '/tmp/b/metadata.json', '--iidfile', '/tmp/b/iid', '/ws/app']],
    ['docker, every option', 'docker', settings({ ...everything, platforms: ['linux/amd64', 'linux/arm64'], cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'] }), root,
      ['buildx', 'build', ...common, '--build-arg', 'NODE_ENV', '--build-arg', 'EQ', '--target', 'runtime', '--platform', 'linux/amd64,linux/arm64',
        '--build-arg', 'SOURCE_DATE_EPOCH=1700000000', '--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max',
        '--push', '--metadata-file', '/tmp/b/metadata.json', '--iidfile', '/tmp/b/iid', '/ws/app']],
    ["docker keeps the user's SOURCE_DATE_EPOCH", 'docker', settings({ buildArgs: [['SOURCE_DATE_EPOCH', '1']], timestamp: 5 }), root,
      ['buildx', 'build', ...common, '--build-arg', 'SOURCE_DATE_EPOCH', '--push', '--metadata-file', '/tmp/b/metadata.json', '--iidfile', '/tmp/b/iid', '/ws/app']],
    ['docker, push false: load into the daemon', 'docker', settings({ push: false }), root,
      ['buildx', 'build', ...common, '--load', '--metadata-file', '/tmp/b/metadata.json', '--iidfile', '/tmp/b/iid', '/ws/app']],
    ['docker, push false, two platforms: cannot load', 'docker', settings({ push: false, platforms: ['linux/amd64', 'linux/arm64'] }), root,
      ['buildx', 'build', ...common, '--platform', 'linux/amd64,linux/arm64', '--metadata-file', '/tmp/b/metadata.json', '--iidfile', '/tmp/b/iid', '/ws/app']],
    ['podman, defaults', 'podman', settings(), root,
      ['build', ...common, '--iidfile', '/tmp/b/iid', '/ws/app']],
    ['podman, every option', 'podman', settings(everything), root,
      ['build', ...common, ...everythingArgs, '--timestamp', '1700000000', '--iidfile', '/tmp/b/iid', '/ws/app']],
    ['buildah as root: vfs storage, chroot isolation', 'buildah', settings(), root,
      ['--storage-driver', 'vfs', 'build', '--isolation', 'chroot', ...common, '--iidfile', '/tmp/b/iid', '/ws/app']],
    ['buildah rootless, every option', 'buildah', settings(everything), rootless,
      ['build', ...common, ...everythingArgs, '--timestamp', '1700000000', '--iidfile', '/tmp/b/iid', '/ws/app']],
    ['buildah with STORAGE_DRIVER and BUILDAH_ISOLATION set', 'buildah', settings(), { env: { STORAGE_DRIVER: 'overlay', BUILDAH_ISOLATION: 'rootless' }, isRoot: true },
      ['build', ...common, '--iidfile', '/tmp/b/iid', '/ws/app']],
  ] as const)('%s', (_name, builder, buildSettings, host, args) => {
    const command = buildCommand(builder, buildSettings, files, host);
    const env = buildSettings.buildArgs.length ? { env: Object.fromEntries(buildSettings.buildArgs) } : {};
    expect(command).toEqual({ command: builder, args, ...env });
  });
});

// prettier-ignore
describe('push argv', () => {
  it.each([
    ['podman to ECR Public', 'podman', 'public.ecr.aws/a/app:v1', 'public.ecr.aws', root,
      ['push', '--digestfile', '/tmp/d', 'public.ecr.aws/a/app:v1']],
    ['podman to a loopback registry', 'podman', '127.0.0.1:5000/a/app:v1', '127.0.0.1:5000', root,
      ['push', '--tls-verify=false', '--digestfile', '/tmp/d', '127.0.0.1:5000/a/app:v1']],
    ['buildah as root to a loopback registry', 'buildah', '127.0.0.1:5000/a/app:v1', '127.0.0.1:5000', root,
      ['--storage-driver', 'vfs', 'push', '--tls-verify=false', '--digestfile', '/tmp/d', '127.0.0.1:5000/a/app:v1']],
    ['buildah rootless to ECR Public', 'buildah', 'public.ecr.aws/a/app:v1', 'public.ecr.aws', rootless,
      ['push', '--digestfile', '/tmp/d', 'public.ecr.aws/a/app:v1']],
  ] as const)('%s', (_name, builder, ref, registry, host, args) => {
    expect(pushCommand(builder, ref, '/tmp/d', registry, host)).toEqual({ command: builder, args });
  });
});

describe('checkBuilderSupport', () => {
  it.each([
    [
      'podman',
      settings({ cacheFrom: ['type=gha'] }),
      /^Input 'cache-from': only works with builder docker \(buildx\), and the builder is podman/,
    ],
    ['buildah', settings({ cacheTo: ['type=gha'] }), /^Input 'cache-to': only works with builder docker/],
    [
      'buildah',
      settings({ platforms: ['linux/amd64', 'linux/arm64'] }),
      /^Input 'platforms': buildah builds one platform per run here, and 2 were given/,
    ],
  ] as const)('%s rejects %#', (builder, buildSettings, message) => {
    expect(() => checkBuilderSupport(buildSettings, builder)).toThrow(message);
  });

  it('docker takes everything', () => {
    expect(() =>
      checkBuilderSupport(
        settings({ cacheFrom: ['a'], cacheTo: ['b'], platforms: ['linux/amd64', 'linux/arm64'] }),
        'docker',
      ),
    ).not.toThrow();
  });
});
