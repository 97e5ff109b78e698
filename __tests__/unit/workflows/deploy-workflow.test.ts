/**
 * scripts/deploy-workflow.mjs, the decisions of .github/workflows/deploy-service.yml: which
 * infra-actions a run uses (the version pinning), whether a run may deploy to an environment (the
 * guard), and where the environment's variables say the deploy goes. Tables, then the command
 * line as the workflow runs it (node, env, GITHUB_OUTPUT).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error -- plain JavaScript, no declarations: the workflow runs it without a build
import { deployGuard, deployTarget, infraActionsVersion, shown } from '../../../scripts/deploy-workflow.mjs';
import { repoRoot } from '../../helpers/run-action.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const OTHER = 'fedcba9876543210fedcba9876543210fedcba98';
const jobContext = (ref: string, extra: Record<string, unknown> = {}) => ({
  status: 'success',
  workflow_repository: 'org/infra-actions',
  workflow_sha: SHA,
  workflow_ref: `org/infra-actions/.github/workflows/deploy-service.yml@${ref}`,
  workflow_file_path: '.github/workflows/deploy-service.yml',
  ...extra,
});

describe('infraActionsVersion: which infra-actions a run uses', () => {
  it.each([
    ['a caller pinned to a tag', jobContext('refs/tags/v1.4.0'), SHA, 'v1.4.0'],
    ['a caller pinned to the major tag', jobContext('refs/tags/v1'), SHA, 'v1'],
    ['a caller pinned to a commit SHA', jobContext(SHA), SHA, SHA.slice(0, 12)],
    ['a caller on a branch', jobContext('refs/heads/main'), undefined, 'main'],
    [
      "infra-actions' own CI (a local call on a pull request)",
      jobContext('refs/pull/7/merge', {
        workflow_repository: 'Org/Infra-Actions',
        workflow_ref: 'Org/Infra-Actions/.github/workflows/deploy-service.yml@refs/pull/7/merge',
      }),
      SHA,
      'refs/pull/7/merge',
    ],
  ])('%s: the commit of the called workflow', (_, context, checkedOutSha, pinnedAs) => {
    const decided = infraActionsVersion({ jobContext: context, checkedOutSha });
    expect(decided).toEqual({ ok: true, repository: context.workflow_repository, sha: SHA, pinnedAs });
  });

  it.each([
    [
      'no job.workflow_* (GitHub Enterprise Server)',
      { status: 'success' },
      SHA,
      /job context has no workflow_sha.*GitHub Enterprise Server/,
    ],
    ['an empty job context', {}, undefined, /cannot tell which version/],
    [
      'a short SHA',
      jobContext('refs/tags/v1', { workflow_sha: SHA.slice(0, 7) }),
      undefined,
      /not a commit SHA/,
    ],
    [
      'a ref that names another workflow',
      jobContext('x', { workflow_ref: 'org/infra-actions/.github/workflows/ci.yml@refs/heads/main' }),
      SHA,
      /does not name org\/infra-actions\/.github\/workflows\/deploy-service.yml/,
    ],
    [
      'a checkout at another commit (the caller repository, when the context was empty)',
      jobContext('refs/tags/v1'),
      OTHER,
      new RegExp(`checkout of infra-actions is at "${OTHER}", not at ${SHA}`),
    ],
    [
      'a repository that is not owner/name',
      jobContext('v1', { workflow_repository: 'a/b/c' }),
      SHA,
      /owner\/name/,
    ],
  ])('refuses %s', (_, context, checkedOutSha, error) => {
    const decided = infraActionsVersion({ jobContext: context, checkedOutSha });
    expect(decided.ok).toBe(false);
    expect(decided.error).toMatch(error);
  });
});

describe('deployGuard: production only from the default branch or a release tag', () => {
  const run = (environment: string, ref: string, eventName = 'workflow_dispatch') =>
    deployGuard({ environment, ref, eventName, defaultBranch: 'main', protectedEnvironments: 'production' });

  it.each([
    ['production', 'refs/heads/main', 'workflow_dispatch'],
    ['production', 'refs/tags/v1.2.3', 'workflow_dispatch'],
    ['production', 'refs/heads/main', 'push'],
    ['production', 'refs/heads/main', 'workflow_run'],
    ['staging', 'refs/heads/feature/x', 'workflow_dispatch'],
    ['staging', 'refs/pull/3/merge', 'pull_request'],
  ])('allows %s from %s (%s)', (environment, ref, event) => {
    expect(run(environment, ref, event).ok).toBe(true);
  });

  it.each([
    ['production', 'refs/heads/feature/x', 'workflow_dispatch'],
    ['production', 'refs/heads/main-old', 'workflow_dispatch'],
    ['production', 'refs/tags/v1.2.3-rc.1', 'workflow_dispatch'],
    ['production', 'refs/tags/latest', 'push'],
    ['production', 'refs/pull/3/merge', 'pull_request'],
  ])('refuses %s from %s (%s), saying where to run it from', (environment, ref, event) => {
    const decided = run(environment, ref, event);
    expect(decided.ok).toBe(false);
    expect(decided.error).toBe(
      `A deploy to "production" runs only from refs/heads/main or a release tag (refs/tags/vX.Y.Z); this ` +
        `"${event}" run is on "${ref}". Run the workflow from main or from a release tag ` +
        `(the "Use workflow from" menu), or deploy to staging.`,
    );
  });

  it('guards every listed environment, against the repository default branch', () => {
    const guard = (environment: string, ref: string) =>
      deployGuard({
        environment,
        ref,
        eventName: 'workflow_dispatch',
        defaultBranch: 'trunk',
        protectedEnvironments: 'prod, prod-eu\nprod-us',
      });
    expect(guard('prod-us', 'refs/heads/main').ok).toBe(false);
    expect(guard('prod-eu', 'refs/heads/trunk').ok).toBe(true);
    expect(guard('production', 'refs/heads/feature').ok).toBe(true);
  });

  it('refuses an empty environment', () => {
    expect(run('', 'refs/heads/main')).toEqual({
      ok: false,
      error: "Input 'environment' is empty: name the GitHub environment to deploy to",
    });
  });
});

describe("deployTarget: the environment's variables say where the deploy goes", () => {
  const production = {
    ECS_CLUSTER: 'intrusion-detection',
    AWS_REGION: 'eu-west-3',
    AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/github-deploy-production',
    IMAGE_REPOSITORY: 'public.ecr.aws/a1b2c3d4/{service}',
    SERVICE_URL: 'https://{service}.example.com',
  };
  const staging = {
    ECS_CLUSTER: 'intrusion-detection-staging',
    AWS_REGION: 'eu-west-1',
    AWS_ROLE_ARN: 'arn:aws:iam::210987654321:role/github-deploy-staging',
    IMAGE_REPOSITORY: 'public.ecr.aws/a1b2c3d4/{service}',
    ECS_SERVICE: '{service}-staging',
  };

  it.each([
    [
      'production',
      production,
      {
        cluster: 'intrusion-detection',
        region: 'eu-west-3',
        role: production.AWS_ROLE_ARN,
        service: 'idp',
        imageRepository: 'public.ecr.aws/a1b2c3d4/idp',
        url: 'https://idp.example.com',
      },
    ],
    [
      'staging',
      staging,
      {
        cluster: 'intrusion-detection-staging',
        region: 'eu-west-1',
        role: staging.AWS_ROLE_ARN,
        service: 'idp-staging',
        imageRepository: 'public.ecr.aws/a1b2c3d4/idp',
        url: '',
      },
    ],
    [
      'keys',
      { ECS_CLUSTER: ' c ', AWS_REGION: 'us-east-1', IMAGE_REPOSITORY: 'public.ecr.aws/x/idp', OTHER: 'x' },
      {
        cluster: 'c',
        region: 'us-east-1',
        role: '',
        service: 'idp',
        imageRepository: 'public.ecr.aws/x/idp',
        url: '',
      },
    ],
  ])('%s', (environment, vars, target) => {
    expect(deployTarget({ service: 'idp', environment, vars })).toEqual({ ok: true, target });
  });

  it.each([
    [{}, 'idp', /"staging" has no ECS_CLUSTER, AWS_REGION, IMAGE_REPOSITORY variables: set them in Settings/],
    [{ ...staging, ECS_CLUSTER: '' }, 'idp', /has no ECS_CLUSTER variable: set it/],
    [
      { ...staging, AWS_ROLE_ARN: 'github-deploy' },
      'idp',
      /AWS_ROLE_ARN of "staging" is not an IAM role ARN/,
    ],
    [{ ...staging, ECS_SERVICE: 'a\nb' }, 'idp', /ECS_SERVICE of "staging" holds a line break/],
    [staging, 'bad name', /Input 'service' "bad name" is not an ECS service name/],
  ])('refuses %j for %s', (vars, service, error) => {
    const decided = deployTarget({ service, environment: 'staging', vars });
    expect(decided.ok).toBe(false);
    expect(decided.errors.join('\n')).toMatch(error);
  });
});

describe('the command line, as the workflow runs it', () => {
  const script = path.join(repoRoot, 'scripts/deploy-workflow.mjs');
  function run(command: string, env: Record<string, string>) {
    const output = path.join(mkdtempSync(path.join(os.tmpdir(), 'deploy-workflow-')), 'output');
    writeFileSync(output, '');
    const result = spawnSync(process.execPath, [script, command], {
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, ...env },
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, outputs: readFileSync(output, 'utf8') };
  }

  it('infra-actions: writes the repository and commit to check out', () => {
    const result = run('infra-actions', {
      JOB_CONTEXT: JSON.stringify(jobContext('refs/tags/v1.4.0')),
      CHECKED_OUT_SHA: SHA,
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toBe(`repository=org/infra-actions\nsha=${SHA}\npinned-as=v1.4.0\n`);
  });

  it('guard: one ::error:: and exit 1, a ref with a line break shown escaped', () => {
    const result = run('guard', {
      DEPLOY_ENVIRONMENT: 'production',
      GITHUB_REF: 'refs/heads/x\n::add-mask::y',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      DEFAULT_BRANCH: 'main',
      PROTECTED_ENVIRONMENTS: 'production',
    });
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^::error::A deploy to "production"/),
    ]);
    expect(result.stdout).toContain('"refs/heads/x\\n::add-mask::y"');
  });

  it("target: the environment's variables over the test-only fallback", () => {
    const result = run('target', {
      SERVICE: 'idp',
      DEPLOY_ENVIRONMENT: 'ci-emulator',
      ENVIRONMENT_VARS: JSON.stringify({ ECS_CLUSTER: 'mine' }),
      FALLBACK_VARS: JSON.stringify({
        ECS_CLUSTER: 'seed',
        AWS_REGION: 'eu-west-3',
        IMAGE_REPOSITORY: 'r/{service}',
      }),
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toBe(
      'cluster=mine\nregion=eu-west-3\nrole=\nservice=idp\nimage-repository=r/idp\nurl=\n',
    );
  });

  it('shown: quotes, and escapes what would end a line or start a command', () => {
    expect(shown('a\u2028b##[x]\u0085')).toBe('"a\\u2028b##\\[x]\\u0085"');
  });
});
