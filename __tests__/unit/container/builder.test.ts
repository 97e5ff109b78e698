import {
  buildahOptions,
  isLoopbackRegistry,
  loginArgs,
  resolveBuilder,
} from '../../../src/container/builder.js';
import { fakeRunner } from './fake-runner.js';

describe('resolveBuilder', () => {
  const daemon = (up: boolean) => () => ({
    exitCode: up ? 0 : 1,
    stderr: up ? '' : 'Cannot connect to the Docker daemon',
  });

  it.each([
    ['docker with a daemon', ['docker', 'podman', 'buildah'], true, 'docker'],
    ['podman when docker has no daemon', ['docker', 'podman', 'buildah'], false, 'podman'],
    ['buildah when docker has no daemon and podman is absent', ['docker', 'buildah'], false, 'buildah'],
    ['buildah alone', ['buildah'], false, 'buildah'],
  ])('auto picks %s', async (_name, installed, up, expected) => {
    const { runner, calls } = fakeRunner({ installed, answer: daemon(up) });
    await expect(resolveBuilder('auto', runner)).resolves.toBe(expected);
    const probes = calls.filter((call) => call.command === 'docker');
    expect(probes.map((call) => call.args)).toEqual(
      installed.includes('docker') ? [['info', '--format', '{{.ServerVersion}}']] : [],
    );
    expect(probes.every((call) => call.options.silent)).toBe(true);
  });

  it('auto without any builder says what to install', async () => {
    const { runner } = fakeRunner({ installed: ['docker'], answer: daemon(false) });
    await expect(resolveBuilder('auto', runner)).rejects.toThrow(
      /^No container builder found: docker is installed but its daemon does not answer, and neither podman nor buildah is on PATH/,
    );
  });

  it('an explicit docker without a daemon is an input error', async () => {
    const { runner } = fakeRunner({ installed: ['docker'], answer: daemon(false) });
    await expect(resolveBuilder('docker', runner)).rejects.toThrow(
      /^Input 'builder': docker is installed but its daemon does not answer/,
    );
  });

  it('an explicit builder that is not installed names the input', async () => {
    const { runner } = fakeRunner({ installed: [] });
    await expect(resolveBuilder('buildah', runner, 'builder')).rejects.toThrow(
      /^Input 'builder': buildah is not installed/,
    );
  });
});

describe('login argv: the password is never an argument', () => {
  it.each([
    ['docker', 'public.ecr.aws', ['login', '--username', 'AWS', '--password-stdin', 'public.ecr.aws']],
    ['podman', 'public.ecr.aws', ['login', '--username', 'AWS', '--password-stdin', 'public.ecr.aws']],
    ['buildah', 'public.ecr.aws', ['login', '--username', 'AWS', '--password-stdin', 'public.ecr.aws']],
    ['docker', '127.0.0.1:5000', ['login', '--username', 'AWS', '--password-stdin', '127.0.0.1:5000']],
    [
      'podman',
      '127.0.0.1:5000',
      ['login', '--tls-verify=false', '--username', 'AWS', '--password-stdin', '127.0.0.1:5000'],
    ],
    [
      'buildah',
      'localhost:5000',
      ['login', '--tls-verify=false', '--username', 'AWS', '--password-stdin', 'localhost:5000'],
    ],
  ] as const)('%s login to %s', (builder, registry, args) => {
    expect(loginArgs(builder, registry)).toEqual(args);
  });
});

describe('registries', () => {
  it.each([
    ['127.0.0.1:5000', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['[::1]:5000', true],
    ['public.ecr.aws', false],
    ['127.0.0.1.example.com', false],
  ])('%s is loopback: %s', (registry, expected) => {
    expect(isLoopbackRegistry(registry)).toBe(expected);
  });
});

describe('buildahOptions', () => {
  it.each([
    [
      'root, nothing set: vfs and chroot',
      {},
      true,
      { global: ['--storage-driver', 'vfs'], build: ['--isolation', 'chroot'] },
    ],
    [
      'root, STORAGE_DRIVER set: buildah reads it',
      { STORAGE_DRIVER: 'overlay' },
      true,
      { global: [], build: ['--isolation', 'chroot'] },
    ],
    [
      'root, a storage.conf given',
      { CONTAINERS_STORAGE_CONF: '/tmp/s.conf' },
      true,
      { global: [], build: ['--isolation', 'chroot'] },
    ],
    [
      'root, BUILDAH_ISOLATION set',
      { BUILDAH_ISOLATION: 'oci' },
      true,
      { global: ['--storage-driver', 'vfs'], build: [] },
    ],
    ['rootless: buildah defaults', {}, false, { global: [], build: [] }],
  ])('%s', (_name, env, isRoot, expected) => {
    expect(buildahOptions({ env, isRoot })).toEqual(expected);
  });
});
