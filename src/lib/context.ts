/**
 * Facts about the workflow run, from @actions/github's Context (which reads the runner's
 * GITHUB_* variables and the event payload). Imported lazily: only the actions that tag or
 * label with the commit need it, and it then sits in its own bundle chunk.
 */
export interface RunContext {
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

export async function runContext(): Promise<RunContext> {
  const { context } = await import('@actions/github');
  const repository = process.env.GITHUB_REPOSITORY || '';
  const serverUrl = context.serverUrl;
  const payloadRepository = context.payload.repository as { default_branch?: string } | undefined;
  const defaultBranch = payloadRepository?.default_branch || 'main';
  const branch = context.ref?.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : '';
  return {
    sha: context.sha || '',
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
