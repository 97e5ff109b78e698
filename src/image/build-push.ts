/**
 * The build and the push through a CommandRunner: argv from argv.ts, push retries, and the digest
 * as the registry reports it for the pushed manifest.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ActionError, InputError } from '../lib/errors.js';
import { parseIamDenial, permissionFix } from '../lib/access-denied.js';
import {
  buildCommand,
  checkBuilderSupport,
  pushCommand,
  references,
  type BuildFiles,
  type Command,
} from './argv.js';
import { digestProblem, parseImageReference, registryOf } from '../lib/image-reference.js';
import { resolveBuilder, type BuildahHost, type Builder } from '../container/builder.js';
import { lastLines, type CommandResult, type CommandRunner } from '../container/command.js';
import type { BuildSettings } from './inputs.js';
import { BUILD_INPUTS } from './names.js';
import {
  isDockerPushPhaseFailure,
  isRetryablePushFailure,
  retryDelayMs,
  PUSH_RETRY_BASE_MS,
} from './retry.js';

export interface BuildDeps {
  runner: CommandRunner;
  /** An empty directory for the image ID, digest and metadata files. */
  tempDir: string;
  buildahHost: BuildahHost;
  sleep: (ms: number) => Promise<void>;
  /** Groups a phase's output in the log (core.group). */
  group?: <T>(title: string, run: () => Promise<T>) => Promise<T>;
  log?: (message: string) => void;
  warn?: (message: string) => void;
  /** First push retry delay; doubled on each retry. */
  retryBaseMs?: number;
}

export interface BuildResult {
  /** `<image>@<digest>` when pushed, else ''. */
  image: string;
  /** The manifest digest the registry accepted, `sha256:…`; '' when not pushed. */
  digest: string;
  /** The references built (and pushed). */
  tags: string[];
  /** The local image ID. */
  imageid: string;
  builder: Builder;
  buildSeconds: number;
  pushSeconds: number;
  /** Pushes repeated after a failure (0 when every push worked the first time). */
  pushRetries: number;
}

/** What builders report for a pushed manifest: a sha256 digest of the grammar. */
const isPushedDigest = (digest: string) =>
  digest.startsWith('sha256:') && digestProblem(digest) === undefined;

/** Builds the image with the builder's CLI and pushes every tag; the digest is the pushed manifest's. */
export async function buildAndPush(settings: BuildSettings, deps: BuildDeps): Promise<BuildResult> {
  const group = deps.group ?? (<T>(_title: string, run: () => Promise<T>) => run());
  const log = deps.log ?? (() => undefined);
  const file = resolveContainerfile(settings);
  const builder = await resolveBuilder(settings.builder, deps.runner, BUILD_INPUTS.builder);
  checkBuilderSupport(settings, builder);

  const files: BuildFiles = {
    file,
    iidFile: path.join(deps.tempDir, 'iid'),
    metadataFile: path.join(deps.tempDir, 'metadata.json'),
  };
  const refs = references(settings);
  const build = buildCommand(builder, settings, files, deps.buildahHost);
  let pushRetries = 0;

  const buildStarted = Date.now();
  await group(`Build ${refs[0]} with ${builder}`, async () => {
    if (builder !== 'docker' || !settings.push) {
      const result = await deps.runner.run(build.command, build.args, commandOptions(build));
      if (result.exitCode !== 0) throw buildFailure(builder, result);
      return;
    }
    // buildx builds and pushes in one go: retry it only when the build was done and the push failed.
    pushRetries = (
      await withRetries(
        'push',
        settings.pushRetries,
        deps,
        build,
        (result) => isDockerPushPhaseFailure(result.output),
        builder,
      )
    ).retries;
  });
  const buildSeconds = (Date.now() - buildStarted) / 1000;
  const imageid = readTrimmed(files.iidFile);

  if (!settings.push) {
    log(`Built ${refs.join(', ')} (image ID ${imageid}); not pushed (push: false)`);
    return {
      image: '',
      digest: '',
      tags: refs,
      imageid,
      builder,
      buildSeconds,
      pushSeconds: 0,
      pushRetries: 0,
    };
  }

  const pushStarted = Date.now();
  let digest: string;
  if (builder === 'docker') {
    digest = dockerDigest(files.metadataFile);
  } else {
    const digests: string[] = [];
    await group(`Push ${refs.join(', ')}`, async () => {
      for (const [index, ref] of refs.entries()) {
        const digestFile = path.join(deps.tempDir, `digest-${index}`);
        const push = pushCommand(builder, ref, digestFile, registryOf(settings.image), deps.buildahHost);
        pushRetries += (
          await withRetries(`push of ${ref}`, settings.pushRetries, deps, push, () => true, builder)
        ).retries;
        digests.push(readDigest(digestFile, builder));
      }
    });
    digest = digests[0];
    if (digests.some((other) => other !== digest)) {
      deps.warn?.(
        `The tags were pushed with different manifest digests (${[...new Set(digests)].join(', ')}); '${digest}' of ${refs[0]} is the output`,
      );
    }
  }
  const pushSeconds = (Date.now() - pushStarted) / 1000;
  log(`Pushed ${refs.join(', ')}: ${digest}`);
  return {
    image: `${settings.image}@${digest}`,
    digest,
    tags: refs,
    imageid,
    builder,
    buildSeconds,
    pushSeconds,
    pushRetries,
  };
}

/**
 * Runs `command` until it succeeds, retrying failures that `inPushPhase` says are pushes and that
 * are not authentication or permission errors, with exponential backoff.
 */
async function withRetries(
  what: string,
  maxRetries: number,
  deps: BuildDeps,
  command: Command,
  inPushPhase: (result: CommandResult) => boolean,
  builder: Builder,
): Promise<{ retries: number }> {
  for (let attempt = 1; ; attempt++) {
    const result = await deps.runner.run(command.command, command.args, commandOptions(command));
    if (result.exitCode === 0) return { retries: attempt - 1 };
    if (!inPushPhase(result)) throw buildFailure(builder, result);
    if (!isRetryablePushFailure(result.output)) {
      // A registry that authorises pushes with IAM (ECR's) names the refused permission in its
      // 403 body, which the builder prints as `denied: User: … is not authorized to perform: …`.
      const denial = parseIamDenial(result.output);
      if (denial) {
        throw new ActionError(
          `The ${what} was refused (${builder} exit ${result.exitCode}): ${permissionFix(denial)}. Not retried:\n${lastLines(result.output, 10)}`,
        );
      }
      const silent = silentPushRefusal(result.output, what.replace(/^push of /, ''));
      if (silent) {
        throw new ActionError(
          `The ${what} was refused (${builder} exit ${result.exitCode}): ${silent}. Not retried:\n${lastLines(result.output, 10)}`,
        );
      }
      throw new ActionError(
        `The ${what} was refused (${builder} exit ${result.exitCode}); not retried, the same credentials would fail again. Log in first (ecr-public-login with the same builder) and check the repository exists:\n${lastLines(result.output, 10)}`,
      );
    }
    const delay = retryDelayMs(attempt, maxRetries, deps.retryBaseMs ?? PUSH_RETRY_BASE_MS);
    if (delay === undefined) {
      throw new ActionError(
        `The ${what} failed ${attempt} time(s) (${builder} exit ${result.exitCode}); push-retries is ${maxRetries}:\n${lastLines(result.output, 10)}`,
      );
    }
    deps.warn?.(
      `The ${what} failed (attempt ${attempt} of ${maxRetries + 1}); retrying in ${delay / 1000} s`,
    );
    await deps.sleep(delay);
  }
}

/**
 * A push refused with a bare HTTP 403. The builder's first question to the registry is whether it
 * has each layer (HEAD blob: ECR Public's BatchCheckLayerAvailability), and the answer to a HEAD
 * has no body, so AWS's "not authorized to perform" text never reaches the log (buildah: `failed to
 * read from destination repository …: 403 (Forbidden)`; docker: `error parsing HTTP 403 response
 * body`). The repository name is the path after the registry alias; the account id is not known to
 * this step, which makes no AWS call.
 */
export function silentPushRefusal(output: string, ref: string): string | undefined {
  if (!/\b403\b.*forbidden|error parsing HTTP 403 response body/i.test(output)) return undefined;
  const parsed = parseImageReference(ref);
  const path = 'reference' in parsed ? parsed.reference.repository : '';
  const name = path.includes('/') ? path.slice(path.indexOf('/') + 1) : path || '<name>';
  return `the registry answered HTTP 403 without a reason. On ECR Public that is a refused BatchCheckLayerAvailability (a push's first request, a HEAD whose answer has no body): add ecr-public:BatchCheckLayerAvailability, with the other push actions, on arn:aws:ecr-public::<account id>:repository/${name} to the role's policy (see docs/iam.md)`;
}

function buildFailure(builder: Builder, result: CommandResult): ActionError {
  return new ActionError(
    `The build failed (${builder} exit ${result.exitCode}); last lines:\n${lastLines(result.output, 15)}`,
  );
}

/** The Dockerfile: the `file` input, else `<context>/Dockerfile`, else `<context>/Containerfile`. */
export function resolveContainerfile(settings: Pick<BuildSettings, 'context' | 'file'>): string {
  if (!isDirectory(settings.context)) {
    throw new InputError(
      BUILD_INPUTS.context,
      `${settings.context} is not a directory`,
      'Give the build context folder, relative to the workspace',
    );
  }
  if (settings.file) {
    if (!existsSync(settings.file))
      throw new InputError(
        BUILD_INPUTS.file,
        `file not found: ${settings.file}`,
        'Check the path; relative paths are resolved under GITHUB_WORKSPACE',
      );
    return settings.file;
  }
  for (const name of ['Dockerfile', 'Containerfile']) {
    const candidate = path.join(settings.context, name);
    if (existsSync(candidate)) return candidate;
  }
  throw new InputError(
    BUILD_INPUTS.file,
    `no Dockerfile or Containerfile in ${settings.context}`,
    'Add one, or give its path in `file`',
  );
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function readTrimmed(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function readDigest(file: string, builder: Builder): string {
  const digest = readTrimmed(file);
  if (!isPushedDigest(digest)) {
    throw new ActionError(
      `${builder} push succeeded but wrote no manifest digest to ${file} (got '${digest.slice(0, 80)}')`,
    );
  }
  return digest;
}

/** buildx --metadata-file: `containerimage.digest` is the pushed manifest (or index) digest. */
function dockerDigest(metadataFile: string): string {
  let metadata: Record<string, unknown>;
  try {
    metadata = JSON.parse(readFileSync(metadataFile, 'utf8'));
  } catch (error) {
    throw new ActionError(
      `docker buildx wrote no readable metadata file (${metadataFile}): ${(error as Error).message}`,
    );
  }
  const digest = String(metadata['containerimage.digest'] ?? '');
  if (!isPushedDigest(digest))
    throw new ActionError(
      `docker buildx metadata has no containerimage.digest (got '${digest.slice(0, 80)}')`,
    );
  return digest;
}

/** The command's own environment (the build arguments' values), when it has one. */
function commandOptions(command: Command): { env: Record<string, string> } | undefined {
  return command.env ? { env: command.env } : undefined;
}
