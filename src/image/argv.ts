/**
 * The builder command lines, as pure functions of the settings (tested as tables: settings in,
 * exact argv out). docker builds and pushes in one `buildx build --push`; podman and buildah
 * `build`, then `push --digestfile` once per tag.
 */
import { InputError } from '../lib/errors.js';
import { buildahOptions, tlsArgs, type BuildahHost, type Builder } from '../container/builder.js';
import type { BuildSettings } from './inputs.js';
import { BUILD_INPUTS } from './names.js';

export interface BuildFiles {
  /** The Dockerfile/Containerfile, resolved. */
  file: string;
  /** Where the builder writes the image ID. */
  iidFile: string;
  /** docker only: buildx's metadata JSON (containerimage.digest). */
  metadataFile: string;
}

export interface Command {
  command: Builder;
  args: string[];
  /** Environment for the command: the values of the build arguments named on the command line. */
  env?: Record<string, string>;
}

/**
 * Build-argument names whose values are secrets (issue 12): anything saying SECRET, TOKEN,
 * PASSWORD, PASSWD or CREDENTIAL, and the words KEY, PAT, PASS and PWD (`SSH_KEY`, `GH_PAT`,
 * `DB_PASS`, `MYSQL_PWD`), any case. Their values are masked (core.setSecret) before anything
 * prints. A false positive only masks a harmless value.
 */
export function looksSecret(name: string): boolean {
  return /SECRET|TOKEN|PASSWORD|PASSWD|CREDENTIAL/i.test(name) || /(^|_)(KEY|PAT|PASS|PWD)(_|$)/i.test(name);
}

/**
 * Names the builder itself reads from its environment: putting a build argument's value there
 * would change how docker, podman or buildah run (PATH, HOME, proxies, storage, TLS, locale), so
 * these stay `--build-arg NAME=VALUE`. They are settings, not credentials.
 */
const BUILDER_ENVIRONMENT =
  /^(PATH|HOME|USER|SHELL|TMPDIR|TZ|LANG|LANGUAGE|LC_\w+|LD_\w+|XDG_\w+|DOCKER_\w+|BUILDKIT_\w+|BUILDX_\w+|BUILDAH_\w+|PODMAN_\w+|CONTAINERS_\w+|CONTAINER_\w+|STORAGE_\w+|REGISTRY_AUTH_FILE|SSL_CERT_\w+|(HTTPS?|FTP|NO|ALL)_PROXY)$/i;

/**
 * `--build-arg` flags, and the environment that carries the values. Every value goes to the
 * builder through its environment with only the name on the command line (`--build-arg NAME`),
 * so no value is in the command the log echoes or in the process list, whatever its name.
 * All three builders read a bare `--build-arg NAME` from their environment:
 * - docker: "If you specify --build-arg without a value, the value is taken from the local
 *   environment" (docs.docker.com, docker buildx build --build-arg);
 * - buildah and podman (same code, containers/buildah pkg/cli): an argument without `=` takes the
 *   environment's value; checked against the installed buildah 1.28.2 by
 *   __tests__/e2e/build-args-env.test.ts. `--build-arg-file` would also do, but only from
 *   buildah 1.30 / podman 4.5 and not in docker, so the environment is the one way for all three.
 * The image history still records build arguments: use secret mounts for real credentials.
 */
export function buildArgFlags(buildArgs: [string, string][]): {
  args: string[];
  env?: Record<string, string>;
} {
  const args: string[] = [];
  let env: Record<string, string> | undefined;
  for (const [key, value] of buildArgs) {
    if (BUILDER_ENVIRONMENT.test(key)) {
      args.push('--build-arg', `${key}=${value}`);
    } else {
      args.push('--build-arg', key);
      env = { ...env, [key]: value };
    }
  }
  return { args, env };
}

export function references(settings: Pick<BuildSettings, 'image' | 'tags'>): string[] {
  return settings.tags.map((tag) => `${settings.image}:${tag}`);
}

/**
 * Inputs that only some builders understand: an error naming the input, before anything is built.
 * podman and buildah build one platform per image; a multi-platform list needs a manifest list,
 * which buildx makes and this action does not for them.
 */
export function checkBuilderSupport(settings: BuildSettings, builder: Builder): void {
  if (builder === 'docker') return;
  for (const input of [BUILD_INPUTS.cacheFrom, BUILD_INPUTS.cacheTo] as const) {
    const values = input === BUILD_INPUTS.cacheFrom ? settings.cacheFrom : settings.cacheTo;
    if (values.length > 0) {
      throw new InputError(
        input,
        `only works with builder docker (buildx), and the builder is ${builder}`,
        'Remove it, or use builder docker',
      );
    }
  }
  if (settings.platforms.length > 1) {
    throw new InputError(
      BUILD_INPUTS.platforms,
      `${builder} builds one platform per run here, and ${settings.platforms.length} were given`,
      'Give one platform, or use builder docker (buildx) for a multi-platform image',
    );
  }
}

/** Arguments every builder's build takes the same way. */
function commonBuildArgs(settings: BuildSettings, files: BuildFiles): string[] {
  const args = ['--file', files.file];
  for (const ref of references(settings)) args.push('--tag', ref);
  for (const [key, value] of settings.labels) args.push('--label', `${key}=${value}`);
  args.push(...buildArgFlags(settings.buildArgs).args);
  if (settings.target) args.push('--target', settings.target);
  if (settings.platforms.length > 0) args.push('--platform', settings.platforms.join(','));
  return args;
}

function dockerBuildCommand(settings: BuildSettings, files: BuildFiles): Command {
  const args = ['buildx', 'build', ...commonBuildArgs(settings, files)];
  // BuildKit takes the reproducible timestamp as a build argument (unless the user set one).
  if (settings.timestamp !== undefined && !settings.buildArgs.some(([key]) => key === 'SOURCE_DATE_EPOCH')) {
    args.push('--build-arg', `SOURCE_DATE_EPOCH=${settings.timestamp}`);
  }
  for (const cache of settings.cacheFrom) args.push('--cache-from', cache);
  for (const cache of settings.cacheTo) args.push('--cache-to', cache);
  if (settings.push) args.push('--push');
  else if (settings.platforms.length <= 1) args.push('--load');
  args.push('--metadata-file', files.metadataFile, '--iidfile', files.iidFile, settings.context);
  return withSecretEnv({ command: 'docker', args }, settings);
}

function podmanBuildCommand(settings: BuildSettings, files: BuildFiles): Command {
  const args = ['build', ...commonBuildArgs(settings, files)];
  if (settings.timestamp !== undefined) args.push('--timestamp', String(settings.timestamp));
  args.push('--iidfile', files.iidFile, settings.context);
  return withSecretEnv({ command: 'podman', args }, settings);
}

function buildahBuildCommand(settings: BuildSettings, files: BuildFiles, host: BuildahHost): Command {
  const options = buildahOptions(host);
  const args = [...options.global, 'build', ...options.build, ...commonBuildArgs(settings, files)];
  if (settings.timestamp !== undefined) args.push('--timestamp', String(settings.timestamp));
  args.push('--iidfile', files.iidFile, settings.context);
  return withSecretEnv({ command: 'buildah', args }, settings);
}

/** The build command with the environment that carries its build arguments' values. */
function withSecretEnv(command: Command, settings: Pick<BuildSettings, 'buildArgs'>): Command {
  const { env } = buildArgFlags(settings.buildArgs);
  return env ? { ...command, env } : command;
}

export function buildCommand(
  builder: Builder,
  settings: BuildSettings,
  files: BuildFiles,
  host: BuildahHost,
): Command {
  if (builder === 'docker') return dockerBuildCommand(settings, files);
  if (builder === 'podman') return podmanBuildCommand(settings, files);
  return buildahBuildCommand(settings, files, host);
}

/** podman/buildah: push one reference and write the manifest digest the registry accepted. */
export function pushCommand(
  builder: Exclude<Builder, 'docker'>,
  reference: string,
  digestFile: string,
  registry: string,
  host: BuildahHost,
): Command {
  const global = builder === 'buildah' ? buildahOptions(host).global : [];
  return {
    command: builder,
    args: [...global, 'push', ...tlsArgs(builder, registry), '--digestfile', digestFile, reference],
  };
}
