// The decisions .github/workflows/deploy-service.yml makes, as pure functions with a table test
// (__tests__/unit/workflows/deploy-workflow.test.ts) and a command line the workflow runs:
//
//   node scripts/deploy-workflow.mjs infra-actions   which version of infra-actions this run uses
//   node scripts/deploy-workflow.mjs guard           may this run deploy to this environment?
//   node scripts/deploy-workflow.mjs target          cluster, service, region, role, image repository
//
// Plain JavaScript with no dependencies: the workflow runs it from a checkout of infra-actions
// without `npm ci`. Every value it prints comes from outside (variables, refs, the job context),
// so it goes through `shown` (quoted, escaped) and never starts a workflow command.
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SHA = /^[0-9a-f]{40}$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** The reusable workflow's path in infra-actions; job.workflow_ref must name it. */
const WORKFLOW_FILE = '.github/workflows/deploy-service.yml';

/**
 * A value from outside, quoted and escaped for the log: JSON escapes the C0 controls; the runner
 * also ends a line at U+0085, U+2028 and U+2029 and takes `##[` anywhere as a legacy command
 * (see src/lib/log-safe.ts, which the TypeScript actions use).
 */
export function shown(value) {
  return JSON.stringify(String(value))
    .replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '##\\[');
}

/**
 * Which infra-actions this run uses. A caller pins `deploy-service.yml@<tag or sha>`; inside the
 * called workflow the `github` context is the CALLER's (github.workflow_ref/workflow_sha/sha name
 * the caller's workflow and commit), but the `job` context names the workflow that defines the
 * job: job.workflow_repository, job.workflow_sha and job.workflow_ref
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#job-context; the
 * GitHub Actions team's announcement in actions/checkout#1418). The workflow checks out
 * job.workflow_repository at job.workflow_sha and runs `uses: ./.infra-actions`; this decides
 * whether that checkout is the version the caller pinned, and names it for the summary.
 *
 * @param {{ jobContext: Record<string, unknown>, checkedOutSha?: string }} facts
 * @returns {{ ok: true, repository: string, sha: string, pinnedAs: string } | { ok: false, error: string }}
 */
export function infraActionsVersion({ jobContext, checkedOutSha }) {
  const repository = String(jobContext?.workflow_repository ?? '');
  const sha = String(jobContext?.workflow_sha ?? '');
  const ref = String(jobContext?.workflow_ref ?? '');
  if (!sha || !repository) {
    return {
      ok: false,
      error:
        'The job context has no workflow_sha/workflow_repository, so this run cannot tell which version of ' +
        'infra-actions the caller pinned (GitHub Enterprise Server does not provide them). Call ' +
        'deploy-service.yml on github.com, or copy the workflow into your repository and pin ' +
        '`uses: org/infra-actions@<sha>` in it (docs/workflows.md, "Version pinning").',
    };
  }
  if (!SHA.test(sha)) return { ok: false, error: `job.workflow_sha is not a commit SHA: ${shown(sha)}` };
  if (!REPOSITORY.test(repository))
    return { ok: false, error: `job.workflow_repository is not owner/name: ${shown(repository)}` };
  // `owner/repo/.github/workflows/deploy-service.yml@refs/tags/v1.2.0` (or @<sha>, @refs/heads/main).
  const at = ref.lastIndexOf('@');
  const file = at > 0 ? ref.slice(0, at) : '';
  if (file.toLowerCase() !== `${repository}/${WORKFLOW_FILE}`.toLowerCase()) {
    return {
      ok: false,
      error: `job.workflow_ref ${shown(ref)} does not name ${repository}/${WORKFLOW_FILE}: the checkout would not be the workflow that runs`,
    };
  }
  if (checkedOutSha !== undefined && checkedOutSha !== sha) {
    return {
      ok: false,
      error: `The checkout of infra-actions is at ${shown(checkedOutSha)}, not at ${sha}, the commit of deploy-service.yml this job runs: refusing to run other actions than the pinned ones`,
    };
  }
  const pinned = ref.slice(at + 1).replace(/^refs\/(heads|tags)\//, '');
  return { ok: true, repository, sha, pinnedAs: pinned === sha ? sha.slice(0, 12) : pinned };
}

/**
 * May this run deploy to `environment`? A protected environment (production by default) takes
 * deploys only from the default branch or a release tag (vX.Y.Z), whatever the event: a manual
 * run from a feature branch, a pull request's merge ref or a tag that is not a release are
 * refused before the deploy job asks anyone to approve it.
 *
 * @param {{ environment: string, ref: string, eventName: string, defaultBranch: string, protectedEnvironments: string }} run
 * @returns {{ ok: true, why: string } | { ok: false, error: string }}
 */
export function deployGuard({ environment, ref, eventName, defaultBranch, protectedEnvironments }) {
  if (!environment)
    return { ok: false, error: "Input 'environment' is empty: name the GitHub environment to deploy to" };
  const guarded = String(protectedEnvironments ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!guarded.includes(environment)) {
    return {
      ok: true,
      why: `${shown(environment)} is not a protected environment (${guarded.join(', ') || 'none'})`,
    };
  }
  const branch = `refs/heads/${defaultBranch || 'main'}`;
  if (ref === branch) return { ok: true, why: `${environment} from ${branch}` };
  if (/^refs\/tags\/v\d+\.\d+\.\d+$/.test(ref))
    return { ok: true, why: `${environment} from the release tag ${ref}` };
  return {
    ok: false,
    error:
      `A deploy to ${shown(environment)} runs only from ${branch} or a release tag (refs/tags/vX.Y.Z); this ` +
      `${shown(eventName)} run is on ${shown(ref)}. Run the workflow from ${defaultBranch || 'main'} or from a release tag ` +
      `(the "Use workflow from" menu), or deploy to staging.`,
  };
}

/** The environment variables (GitHub `vars` of the environment) that say where a deploy goes. */
export const TARGET_VARIABLES = {
  cluster: 'ECS_CLUSTER',
  region: 'AWS_REGION',
  role: 'AWS_ROLE_ARN',
  service: 'ECS_SERVICE',
  imageRepository: 'IMAGE_REPOSITORY',
  url: 'SERVICE_URL',
};

/**
 * Where a deploy goes, from the GitHub environment's variables. `{service}` in ECS_SERVICE,
 * IMAGE_REPOSITORY and SERVICE_URL is the caller's `service` input, so one environment serves a
 * monorepo's services (`IMAGE_REPOSITORY=public.ecr.aws/a1b2c3d4/{service}`); ECS_SERVICE
 * defaults to `{service}`. An empty AWS_ROLE_ARN means the environment's AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY secrets.
 *
 * @param {{ service: string, environment: string, vars: Record<string, string | undefined> }} request
 */
export function deployTarget({ service, environment, vars }) {
  const errors = [];
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(service ?? '')) {
    // ECS service names: up to 255 letters, numbers, hyphens and underscores (ECS API reference, CreateService serviceName).
    errors.push(
      `Input 'service' ${shown(service ?? '')} is not an ECS service name (letters, numbers, - and _)`,
    );
  }
  const value = (key) => String(vars?.[key] ?? '').trim();
  const expand = (template) => template.split('{service}').join(service);
  const missing = [
    TARGET_VARIABLES.cluster,
    TARGET_VARIABLES.region,
    TARGET_VARIABLES.imageRepository,
  ].filter((key) => !value(key));
  if (missing.length) {
    errors.push(
      `The GitHub environment ${shown(environment)} has no ${missing.join(', ')} variable${missing.length > 1 ? 's' : ''}: ` +
        `set ${missing.length > 1 ? 'them' : 'it'} in Settings → Environments → ${environment} → Environment variables (docs/workflows.md)`,
    );
  }
  const role = value(TARGET_VARIABLES.role);
  if (role && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(role)) {
    errors.push(`${TARGET_VARIABLES.role} of ${shown(environment)} is not an IAM role ARN: ${shown(role)}`);
  }
  for (const key of Object.values(TARGET_VARIABLES)) {
    // Every value lands in an input or a URL; a line break in one is a mistake, never a value.
    if (/[\r\n]/.test(value(key))) errors.push(`${key} of ${shown(environment)} holds a line break`);
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    target: {
      cluster: value(TARGET_VARIABLES.cluster),
      region: value(TARGET_VARIABLES.region),
      role,
      service: expand(value(TARGET_VARIABLES.service) || '{service}'),
      imageRepository: expand(value(TARGET_VARIABLES.imageRepository)),
      url: expand(value(TARGET_VARIABLES.url)),
    },
  };
}

/** `name=value` lines for GITHUB_OUTPUT; values are single-line (checked above). */
function writeOutputs(outputs) {
  const lines = Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, lines.join(''));
  else process.stdout.write(lines.join(''));
}

function fail(messages) {
  for (const message of messages) console.log(`::error::${message}`);
  process.exitCode = 1;
}

function main(command, env) {
  if (command === 'infra-actions') {
    const decided = infraActionsVersion({
      jobContext: JSON.parse(env.JOB_CONTEXT || '{}'),
      checkedOutSha: env.CHECKED_OUT_SHA || undefined,
    });
    if (!decided.ok) return fail([decided.error]);
    console.log(
      `infra-actions: ${decided.repository} at ${decided.sha} (pinned as ${shown(decided.pinnedAs)})`,
    );
    return writeOutputs({ repository: decided.repository, sha: decided.sha, 'pinned-as': decided.pinnedAs });
  }
  if (command === 'guard') {
    const decided = deployGuard({
      environment: env.DEPLOY_ENVIRONMENT ?? '',
      ref: env.GITHUB_REF ?? '',
      eventName: env.GITHUB_EVENT_NAME ?? '',
      defaultBranch: env.DEFAULT_BRANCH ?? '',
      protectedEnvironments: env.PROTECTED_ENVIRONMENTS ?? '',
    });
    if (!decided.ok) return fail([decided.error]);
    return console.log(`deploy allowed: ${decided.why}`);
  }
  if (command === 'target') {
    const decided = deployTarget({
      service: env.SERVICE ?? '',
      environment: env.DEPLOY_ENVIRONMENT ?? '',
      vars: { ...JSON.parse(env.FALLBACK_VARS || '{}'), ...JSON.parse(env.ENVIRONMENT_VARS || '{}') },
    });
    if (!decided.ok) return fail(decided.errors);
    const { target } = decided;
    console.log(
      `target: service ${shown(target.service)} in cluster ${shown(target.cluster)} (${shown(target.region)}), ` +
        `image ${shown(target.imageRepository)}, ${target.role ? `role ${shown(target.role)}` : 'access key secrets'}`,
    );
    return writeOutputs({
      cluster: target.cluster,
      region: target.region,
      role: target.role,
      service: target.service,
      'image-repository': target.imageRepository,
      url: target.url,
    });
  }
  fail([`usage: node scripts/deploy-workflow.mjs infra-actions|guard|target (got ${shown(command ?? '')})`]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv[2], process.env);
