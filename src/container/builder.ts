/**
 * Which container CLI builds, pushes and logs in, and the options every call of it needs.
 * The same detection runs in ecr-public-login and build-push, so `auto` picks the same builder
 * in both steps and the push finds the credentials the login stored.
 */
import { ActionError, InputError } from '../lib/errors.js';
import { registryHostname } from '../lib/image-reference.js';
import type { CommandRunner } from './command.js';

export const BUILDERS = ['docker', 'podman', 'buildah'] as const;
export type Builder = (typeof BUILDERS)[number];
export const BUILDER_CHOICES = ['auto', ...BUILDERS] as const;
export type BuilderChoice = (typeof BUILDER_CHOICES)[number];

/** The ECR Public user name: GetAuthorizationToken always hands out `AWS:<password>`. */
const REGISTRY_USERNAME = 'AWS';

/**
 * `auto`: docker when its daemon answers (`docker info`), else podman, else buildah.
 * An explicit builder that is not installed (or docker without a daemon) is an error naming the input.
 */
export async function resolveBuilder(
  choice: BuilderChoice,
  runner: CommandRunner,
  input = 'builder',
): Promise<Builder> {
  if (choice !== 'auto') {
    if (!(await runner.installed(choice))) {
      throw new InputError(input, `${choice} is not installed (not found on PATH)`, installHint(choice));
    }
    if (choice === 'docker' && !(await dockerDaemonAnswers(runner))) {
      throw new InputError(
        input,
        'docker is installed but its daemon does not answer (`docker info` failed)',
        'Start the Docker daemon, or use builder podman or buildah, which need no daemon',
      );
    }
    return choice;
  }
  const dockerInstalled = await runner.installed('docker');
  if (dockerInstalled && (await dockerDaemonAnswers(runner))) return 'docker';
  if (await runner.installed('podman')) return 'podman';
  if (await runner.installed('buildah')) return 'buildah';
  throw new ActionError(
    `No container builder found: ${dockerInstalled ? 'docker is installed but its daemon does not answer, and ' : ''}neither podman nor buildah is on PATH. ${installHint('buildah')}, or start a Docker daemon`,
    { input },
  );
}

async function dockerDaemonAnswers(runner: CommandRunner): Promise<boolean> {
  const probe = await runner.run('docker', ['info', '--format', '{{.ServerVersion}}'], { silent: true });
  return probe.exitCode === 0;
}

function installHint(builder: Builder): string {
  if (builder === 'docker')
    return 'Install Docker (GitHub-hosted Ubuntu runners have it), or use builder podman or buildah';
  return `Install it first, e.g. \`sudo apt-get install -y ${builder}\``;
}

/** Registries on the loopback interface speak plain HTTP (the tests' and the demo's docker-registry). */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registryHostname(registry);
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** `--tls-verify=false` for a loopback registry: podman and buildah only (docker trusts 127.0.0.0/8 itself). */
export function tlsArgs(builder: Builder, registry: string): string[] {
  return builder !== 'docker' && isLoopbackRegistry(registry) ? ['--tls-verify=false'] : [];
}

/** The login command. The password goes to stdin (`--password-stdin`), never into argv. */
export function loginArgs(builder: Builder, registry: string, username = REGISTRY_USERNAME): string[] {
  return ['login', ...tlsArgs(builder, registry), '--username', username, '--password-stdin', registry];
}

export function logoutArgs(_builder: Builder, registry: string): string[] {
  return ['logout', registry];
}

/** What the buildah defaults depend on: the environment and whether we run as root. */
export interface BuildahHost {
  env: Record<string, string | undefined>;
  isRoot: boolean;
}

/**
 * buildah's storage and isolation. Root on a CI machine is usually inside a container or VM
 * sandbox where overlay mounts and OCI runtimes are unavailable, so as root we default to the
 * `vfs` storage driver (always works, slower for big images) and `chroot` isolation (no runc
 * needed). Both follow buildah's own variables when they are set: STORAGE_DRIVER (or a
 * storage.conf given by CONTAINERS_STORAGE_CONF) and BUILDAH_ISOLATION. Rootless buildah keeps
 * its own defaults. See docs/build-push.md.
 */
export function buildahOptions(host: BuildahHost): { global: string[]; build: string[] } {
  const global =
    host.isRoot && !host.env.STORAGE_DRIVER && !host.env.CONTAINERS_STORAGE_CONF
      ? ['--storage-driver', 'vfs']
      : [];
  const build = host.isRoot && !host.env.BUILDAH_ISOLATION ? ['--isolation', 'chroot'] : [];
  return { global, build };
}

export function currentBuildahHost(): BuildahHost {
  return { env: process.env, isRoot: typeof process.getuid === 'function' && process.getuid() === 0 };
}
