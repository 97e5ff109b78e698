/**
 * Facts about the workflow run, from the runner's GITHUB_* variables and the event payload
 * (GITHUB_EVENT_PATH), read as @actions/github's Context reads them. Not through that Context: importing
 * @actions/github loads Octokit, @actions/http-client, undici and node:http (~120 KB of bundle and
 * ~10 MiB of memory) before build-push has read its inputs, for six variables and a JSON file (issue 18).
 *
 * The commit the run names (build-push's default tag and `revision` label, ecs-deploy's
 * `infra-actions:commit` tag) is decided here and nowhere else: the `revision` input when given,
 * else GITHUB_SHA. GITHUB_SHA cannot be overridden on GitHub, and in a `workflow_run` workflow
 * it is the default branch's head, not the commit the triggering run tested (issue 16).
 */
import { existsSync, readFileSync } from 'node:fs';
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
  const env = process.env;
  const repository = env.GITHUB_REPOSITORY || '';
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const payload = eventPayload(env.GITHUB_EVENT_PATH);
  const payloadRepository = payload.repository as { default_branch?: string } | undefined;
  const defaultBranch = payloadRepository?.default_branch || 'main';
  const ref = env.GITHUB_REF || '';
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
  const runId = parseInt(env.GITHUB_RUN_ID ?? '', 10);
  return {
    sha: revision ?? (env.GITHUB_SHA || ''),
    ref,
    repository,
    serverUrl,
    runId,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
    repositoryUrl: repository ? `${serverUrl}/${repository}` : '',
    defaultBranch,
    onDefaultBranch: branch !== '' && branch === defaultBranch,
  };
}

/** The event's payload (GITHUB_EVENT_PATH), or {} outside a run or when the file is missing. */
function eventPayload(file: string | undefined): Record<string, unknown> {
  if (!file || !existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
