/**
 * build-push's inputs, read and checked without running anything (the root action's preflight
 * calls this too), with the defaults that come from the run (tags, labels, SOURCE_DATE_EPOCH).
 */
import { InputError } from '../lib/errors.js';
import { resolveInputPath } from '../lib/input-path.js';
import { isImageTag, parseImageReference } from '../lib/image-reference.js';
import type { Inputs } from '../lib/inputs.js';
import { BUILDER_CHOICES, type BuilderChoice } from '../container/builder.js';
import { BUILD_INPUTS } from './names.js';

export interface BuildSettings {
  /** Repository reference without tag, lowercase. */
  image: string;
  /** Absolute path of the build context. */
  context: string;
  /** Absolute path of the Dockerfile/Containerfile; undefined: `<context>/Dockerfile`, else `<context>/Containerfile`. */
  file?: string;
  /** Tag names (not references), in order, without duplicates. */
  tags: string[];
  buildArgs: [string, string][];
  /** The OCI defaults with the user's labels merged over them. */
  labels: [string, string][];
  target?: string;
  platforms: string[];
  push: boolean;
  cacheFrom: string[];
  cacheTo: string[];
  builder: BuilderChoice;
  /** Retries after a failed push (0: one attempt). */
  pushRetries: number;
  /** Epoch seconds for image and file timestamps (reproducible builds), when known. */
  timestamp?: number;
}

/** Facts about the run that the defaults come from (lib/context.ts runContext(), SOURCE_DATE_EPOCH). */
export interface BuildRunFacts {
  /** The commit: the `revision` input, else GITHUB_SHA (lib/context.ts); '' outside a run. */
  sha: string;
  onDefaultBranch: boolean;
  repositoryUrl: string;
  /** Commit time in epoch seconds (SOURCE_DATE_EPOCH), for reproducible builds. */
  sourceDateEpoch?: number;
  /** Used for `org.opencontainers.image.created` when sourceDateEpoch is unknown. */
  now: Date;
}

const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

/** Reads and validates build-push's inputs. No I/O: every problem is found before anything is built. */
export function parseBuildInputs(inputs: Inputs, run: BuildRunFacts): BuildSettings {
  const image = parseImage(inputs, inputs.string(BUILD_INPUTS.image, { required: true }));
  const context = resolveInputPath(
    inputs.nameOf(BUILD_INPUTS.context),
    inputs.string(BUILD_INPUTS.context, { default: '.' }),
  );
  const fileInput = inputs.optional(BUILD_INPUTS.file);
  const file =
    fileInput === undefined ? undefined : resolveInputPath(inputs.nameOf(BUILD_INPUTS.file), fileInput);

  let tags = inputs.list(BUILD_INPUTS.tags, {
    valid: isImageTag,
    is: 'a tag',
    hint: `Give tag names only, one per line (letters, digits, _ . -, up to 128, not starting with . or -); the repository comes from '${inputs.nameOf(BUILD_INPUTS.image)}'`,
  });
  if (tags.length === 0) {
    if (!/^[0-9a-f]{7,}$/i.test(run.sha)) {
      throw new InputError(
        inputs.nameOf(BUILD_INPUTS.tags),
        `is empty and there is no commit (neither '${inputs.nameOf(BUILD_INPUTS.revision)}' nor GITHUB_SHA is set), so there is no default tag`,
        `Give the tags, one per line, or the commit in '${inputs.nameOf(BUILD_INPUTS.revision)}'`,
      );
    }
    tags = [`sha-${run.sha.slice(0, 7).toLowerCase()}`, ...(run.onDefaultBranch ? ['latest'] : [])];
  }
  tags = [...new Set(tags)];

  const buildArgs = inputs
    .keyValues(BUILD_INPUTS.buildArgs, {
      keyPattern: BUILD_ARG_KEY,
      keyRule: 'is not a build argument name (letters, digits, _)',
    })
    .map(({ key, value }): [string, string] => [key, value]);

  const labels = new Map<string, string>(defaultLabels(run));
  for (const { key, value } of inputs.keyValues(BUILD_INPUTS.labels)) {
    labels.delete(key); // the user's value wins and takes the user's position
    labels.set(key, value);
  }

  const platforms = inputs.commaList(BUILD_INPUTS.platforms, {
    valid: (platform) => PLATFORM.test(platform),
    is: 'a platform',
    hint: 'Use os/arch[/variant], e.g. linux/amd64,linux/arm64',
  });

  return {
    image,
    context,
    file,
    tags,
    buildArgs,
    labels: [...labels],
    target: inputs.optional(BUILD_INPUTS.target),
    platforms,
    push: inputs.boolean(BUILD_INPUTS.push, true),
    cacheFrom: inputs.list(BUILD_INPUTS.cacheFrom),
    cacheTo: inputs.list(BUILD_INPUTS.cacheTo),
    builder: inputs.choice(BUILD_INPUTS.builder, BUILDER_CHOICES, 'auto'),
    pushRetries: inputs.integer(BUILD_INPUTS.pushRetries, { default: 3, min: 0, max: 10 })!,
    timestamp: run.sourceDateEpoch,
  };
}

/** OCI annotations from the run; `created` is the commit time when known, so a rebuild of a commit is identical. */
function defaultLabels(run: BuildRunFacts): [string, string][] {
  const labels: [string, string][] = [];
  if (run.repositoryUrl) labels.push(['org.opencontainers.image.source', run.repositoryUrl]);
  if (run.sha) labels.push(['org.opencontainers.image.revision', run.sha]);
  const created = run.sourceDateEpoch !== undefined ? new Date(run.sourceDateEpoch * 1000) : run.now;
  labels.push(['org.opencontainers.image.created', created.toISOString()]);
  return labels;
}

/** A repository of the reference grammar (src/lib/image-reference.ts), without tag or digest. */
function parseImage(inputs: Inputs, image: string): string {
  const name = inputs.nameOf(BUILD_INPUTS.image);
  if (image !== image.toLowerCase()) {
    throw new InputError(
      name,
      `'${image}' has capital letters; image repositories must be lowercase`,
      `Use '${image.toLowerCase()}'`,
    );
  }
  if (image.includes('@')) {
    throw new InputError(
      name,
      `'${image}' contains a digest`,
      'Give the repository without tag or digest; the digest is an output',
    );
  }
  const parsed = parseImageReference(image);
  if ('reference' in parsed && parsed.reference.tag !== undefined) {
    throw new InputError(
      name,
      `'${image}' contains a tag`,
      `Give the repository without tag, and the tags in '${inputs.nameOf(BUILD_INPUTS.tags)}'`,
    );
  }
  if ('problem' in parsed) {
    throw new InputError(
      name,
      `'${image}' is not a valid image repository (it ${parsed.problem})`,
      'Use registry/namespace/name, e.g. public.ecr.aws/a1b2c3d4/sites-management-api',
    );
  }
  return image;
}
