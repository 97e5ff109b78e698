/**
 * Facts about the workflow run, from @actions/github's Context (which reads the runner's
 * GITHUB_* variables and the event payload). Imported lazily: only the actions that tag or
 * label with the commit need it, and it then sits in its own bundle chunk.
 *
 * The commit the run names (build-push's default tag and `revision` label, ecs-deploy's
 * `infra-actions:commit` tag) is decided here and nowhere else: the `revision` input when given,
 * else GITHUB_SHA. GITHUB_SHA cannot be overridden on GitHub, and in a `workflow_run` workflow
 * it is the default branch's head, not the commit the triggering run tested (issue 16).
 */
import { InputError } from './errors.js';
import type { Inputs } from './inputs.js';

export interface RunContext {
  /** The commit the run names: the `revision` input when given, else GITHUB_SHA ('' outside a run). */
  sha: string;
  ref: string;
  /** owner/name, or '' outside a run. */
  repository: string;
  serverUrl: string;
  runId: number;
  /** https://github.com/<owner>/<repo>/actions/runs/<id>, or '' outside a run. */
  runUrl: string;
  /** https://github.com/<owner>/<repo>, or '' outside a run. */
  repositoryUrl: string;
  /** The repository's default branch from the event payload, else 'main'. */
  defaultBranch: string;
  /** True when the run is for a push to / dispatch on the default branch. */
  onDefaultBranch: boolean;
}

/**
 * A full commit id: 40 hex digits (SHA-1), or 64 in a repository created with
 * `git init --object-format=sha256`. A short SHA, branch or tag is not resolved here: the
 * action may run without the repository's history, and a guess would name the wrong commit.
 */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/**
 * The `revision` input, checked: the commit id in lower case, or undefined when empty (the
 * run's GITHUB_SHA then). Called while the inputs are read, so a bad value fails before any change.
 */
export function readRevision(inputs: Inputs, name: string): string | undefined {
  const value = inputs.optional(name);
  if (value === undefined) return undefined;
  if (!COMMIT_ID.test(value)) {
    throw new InputError(
      inputs.nameOf(name),
      `'${value}' is not a full commit id (40 hexadecimal digits, or 64 in a SHA-256 repository)`,
      'Give the whole SHA of the commit to name, e.g. ${{ github.event.workflow_run.head_sha }}; branches, tags and short SHAs are not resolved',
    );
  }
  return value.toLowerCase();
}

/** The run's facts; `revision` (from readRevision) replaces GITHUB_SHA as the commit. */
export async function runContext(revision?: string): Promise<RunContext> {
  const { context } = await import('@actions/github');
  const repository = process.env.GITHUB_REPOSITORY || '';
  const serverUrl = context.serverUrl;
  const payloadRepository = context.payload.repository as { default_branch?: string } | undefined;
  const defaultBranch = payloadRepository?.default_branch || 'main';
  const branch = context.ref?.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : '';
  return {
    sha: revision ?? (context.sha || ''),
    ref: context.ref || '',
    repository,
    serverUrl,
    runId: context.runId,
    runUrl: repository && context.runId ? `${serverUrl}/${repository}/actions/runs/${context.runId}` : '',
    repositoryUrl: repository ? `${serverUrl}/${repository}` : '',
    defaultBranch,
    onDefaultBranch: branch !== '' && branch === defaultBranch,
  };
}
