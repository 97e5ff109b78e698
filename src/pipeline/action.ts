/**
 * The root action: ecr-public-login → build-push → render-task-def → ecs-deploy → wait-healthy in
 * one process, through the same modules as the five actions. Each stage reads its inputs through
 * a view of the root's inputs: renamed where two stages share a name (`ecr-region` is the login's
 * `aws-region`, `task-definition-tags` the deploy's `tags`), or given by the pipeline where one
 * stage's output is the next one's input (the built image, the rendered definition).
 *
 * Everything that can be checked is checked before the first change: every stage's inputs, the
 * task definition rendered with a placeholder image (so a wrong container name fails before a
 * build), and ecs-deploy's read-only checks (cluster and service exist and are ACTIVE).
 */
import * as core from '@actions/core';
import { log } from '../lib/log-safe.js';
import { DEFAULT_CODEDEPLOY_INPUTS } from '../deploy/codedeploy-plan.js';
import { parseBuildInputs, type BuildSettings } from '../image/inputs.js';
import { buildRunFacts, runBuildPush } from '../image/action.js';
import { refuseContextCredentials } from '../image/context-credentials.js';
import { createExecRunner } from '../container/command.js';
import {
  deploy,
  DeployFailedError,
  parseDeployInputs,
  RUN_TASK_INPUT,
  runDeployStep,
  STRATEGY_INPUT,
  type DeployResult,
  type DeploySettings,
} from '../deploy/action.js';
import { imageReferenceProblem, registryOf } from '../lib/image-reference.js';
import { parseWaitInputs } from '../health/inputs.js';
import { runWaitHealthy } from '../health/action.js';
import { revisionName } from '../health/snapshot.js';
import { readRevision } from '../lib/context.js';
import { errorMessage, InputError } from '../lib/errors.js';
import { Inputs } from '../lib/inputs.js';
import { PIPELINE_INPUT_NAMES } from './names.js';
import { runAction } from '../lib/run.js';
import { writeHeadline, writeSummary, type SummarySection } from '../lib/summary.js';
import { runEcrPublicLogin } from '../registry/action.js';
import { parseLoginInputs, type LoginSettings } from '../registry/inputs.js';
import { logout, type LogoutTarget } from '../registry/login.js';
import { prepareRender, runRenderTaskDefinition } from '../task-definition/action.js';

const PIPELINE_OUTPUTS = {
  image: 'image',
  taskDefinitionArn: 'task-definition-arn',
  deploymentId: 'deployment-id',
  healthy: 'healthy',
} as const;

/** Stands in for the image in the preflight render: a valid reference that cannot be pulled. */
const PLACEHOLDER_DIGEST = `sha256:${'0'.repeat(64)}`;

interface Views {
  login: Inputs;
  build: Inputs;
  render: (image: string) => Inputs;
  deploy: Inputs;
  wait: (deploymentId: string, rollbackTo: string) => Inputs;
}

export function stageViews(inputs: Inputs): Views {
  return {
    // No http-proxy here: the step's HTTPS_PROXY/HTTP_PROXY/NO_PROXY (`env:`) already reach every
    // stage's AWS clients and the builder, and an input for the login stage alone would mislead.
    login: inputs
      .renamed({ 'aws-region': 'ecr-region' })
      .withValues({ 'mask-password': 'true', 'http-proxy': '' }),
    build: inputs.withValues({ push: 'true' }),
    // render-task-def's own base selectors that the root does not offer are blank, and its
    // `image` is the one this run built (the root's `image` is build-push's repository).
    render: (image) =>
      inputs.withValues({ image, images: '', 'task-definition-arn': '', 'task-definition-revision': '' }),
    // The root action offers no one-off task (ecs-deploy's run-task): those inputs are blank.
    // Nor a deployment strategy (issue 17): its wait follows service.deployments[], not a
    // BLUE_GREEN/LINEAR/CANARY service deployment's stages, so the service's own strategy stays.
    deploy: inputs.renamed({ tags: 'task-definition-tags' }).withValues({
      'wait-for-service-stability': 'false',
      'provenance-tags': 'true',
      ...Object.fromEntries(Object.values(RUN_TASK_INPUT).map((name) => [name, ''])),
      ...Object.fromEntries(Object.values(STRATEGY_INPUT).map((name) => [name, ''])),
      'keep-null-value-keys': '',
      'max-retries': '',
      'wait-max-delay-seconds': '',
      'service-managed-ebs-volume-name': '',
      'service-managed-ebs-volume': '',
    }),
    // wait-healthy rejects a rollback revision without rollback-on-failure (it would never be
    // used), so the revision is handed over only when the user's rollback-on-failure wants it:
    // a view must never give a stage an input combination the stage refuses (issue 12).
    wait: (deploymentId, rollbackTo) => {
      const rollback = inputs.boolean('rollback-on-failure', false);
      return inputs.withValues({
        'deployment-id': deploymentId,
        'rollback-task-definition': rollback ? rollbackTo : '',
      });
    },
  };
}

interface Plan {
  prebuiltImage?: string;
  login?: LoginSettings;
  build?: BuildSettings;
  dryRun: boolean;
}

/** Every input of every stage, checked without changing anything. */
export async function preflight(inputs: Inputs, views: Views, signal: AbortSignal): Promise<Plan> {
  const prebuiltImage = inputs.optional('prebuilt-image');
  const prebuiltProblem = prebuiltImage === undefined ? undefined : imageReferenceProblem(prebuiltImage);
  if (prebuiltProblem) throw new InputError('prebuilt-image', prebuiltProblem);
  const dryRun = inputs.boolean('dry-run', false);
  const plan: Plan = { prebuiltImage, dryRun };
  if (!prebuiltImage) {
    plan.login = parseLoginInputs(views.login);
    plan.build = parseBuildInputs(views.build, await buildRunFacts(views.build));
    // Before the login: a context that would publish a token is refused before any change.
    refuseContextCredentials(plan.build);
    if (registryOf(plan.build.image) !== plan.login.registry) {
      throw new InputError(
        'image',
        `'${plan.build.image}' is not in the registry logged in to (${plan.login.registry})`,
        `Use an image under ${plan.login.registry}/, or set 'registry' to ${registryOf(plan.build.image)}`,
      );
    }
  } else if (inputs.optional('image')) {
    log.info(`prebuilt-image is set: deploying ${prebuiltImage}; nothing is built from 'image'`);
  }
  parseWaitInputs(views.wait('', ''));

  const placeholder = prebuiltImage ?? `${plan.build!.image}@${PLACEHOLDER_DIGEST}`;
  await log.group('Preflight: inputs, task definition and service (read-only)', async () => {
    const { result } = await prepareRender(views.render(placeholder));
    const settings = await deploySettings(views.deploy, result.definition, 'the rendered task definition');
    // ecs-deploy's dry run makes its read-only checks (cluster, service ACTIVE) and plans.
    await deploy({ ...settings, dryRun: true }, { signal });
  });
  return plan;
}

function deploySettings(
  view: Inputs,
  definition: Record<string, any>,
  origin: string,
): Promise<DeploySettings> {
  return parseDeployInputs(view, {
    taskDefinition: { definition, origin, input: 'task-definition' },
    codeDeploy: DEFAULT_CODEDEPLOY_INPUTS,
  });
}

/** The stages after the preflight, in order; a failure names the one it happened in. */
export type PipelineStage = 'logging in' | 'building and pushing' | 'rendering' | 'deploying' | 'waiting';

/** What the step had done when it stopped: the outputs known so far come from here. */
export interface PipelineProgress {
  stage: PipelineStage;
  service: string;
  image?: string;
  deployed?: DeployResult;
  /** The registry logged out of at the end, or why not. */
  logout?: string;
  /** The commit the run names (`revision`, checked by the preflight; undefined: GITHUB_SHA). */
  commit?: string;
}

/**
 * The job summary section of a root action that failed after the preflight (issue 12): the
 * stages write their own sections when they end normally, but a stage that dies (the wait on
 * persistent AWS errors, a failed rollback, a cancellation) writes nothing, and the last word
 * in the summary would be "started (not waiting)". This says where it stopped and what a
 * cleanup step needs.
 */
export function pipelineFailureSummary(progress: PipelineProgress, error: unknown): SummarySection {
  const deployed = progress.deployed;
  const facts: [string, string][] = [
    ['Service', progress.service],
    ['Result', `failed while ${progress.stage}: ${errorMessage(error)}`],
    ['Healthy', 'false'],
    ['Image', progress.image || 'none (not built)'],
  ];
  if (deployed) {
    facts.push([
      'Task definition',
      revisionName(deployed.deployedTaskDefinitionArn || deployed.taskDefinitionArn),
    ]);
    facts.push(['Previous task definition', revisionName(deployed.previousTaskDefinitionArn)]);
    facts.push(['Deployment', deployed.deploymentId || 'none (UpdateService skipped)']);
  } else if (progress.stage === 'deploying') {
    facts.push(['Deployment', 'unknown: the deploy stopped before it could say what it changed']);
  }
  if (progress.logout) facts.push(['Registry', progress.logout]);
  return { title: `Deploy to ECS: failed while ${progress.stage}`, facts };
}

async function runPipeline(inputs: Inputs, signal: AbortSignal): Promise<void> {
  const views = stageViews(inputs);
  const plan = await preflight(inputs, views, signal);
  if (plan.dryRun) {
    log.info('dry-run: nothing was built, pushed, registered or deployed (the plan is above)');
    return;
  }

  // Set now so that a failure at any stage leaves `healthy=false`; the wait sets it last.
  core.setOutput(PIPELINE_OUTPUTS.healthy, 'false');
  const progress: PipelineProgress = {
    stage: 'logging in',
    service: inputs.string('service'),
    image: plan.prebuiltImage,
    commit: readRevision(inputs, 'revision'),
  };
  const startedAt = Date.now();
  // Set just before the builder login (not after it returned): a failure after the login
  // (CreateRepository, the build, a cancellation) must still log out (issue 12).
  let loggedIn: LogoutTarget | undefined;
  let failure: { error: unknown } | undefined;
  try {
    if (!progress.image) {
      await log.group('Log in to ECR Public', () =>
        runEcrPublicLogin(views.login, {
          setOutputs: false,
          beforeLogin: (target) => {
            loggedIn = target;
          },
        }),
      );
      progress.stage = 'building and pushing';
      progress.image = (await runBuildPush(views.build)).image;
    }
    const image = progress.image;
    core.setOutput(PIPELINE_OUTPUTS.image, image);

    progress.stage = 'rendering';
    const rendered = await log.group('Render the task definition', () =>
      runRenderTaskDefinition(views.render(image)),
    );
    const settings = await deploySettings(views.deploy, rendered.definition, rendered.file);
    progress.stage = 'deploying';
    try {
      progress.deployed = await runDeployStep(settings, { signal, waitFollows: true });
    } catch (error) {
      // It carries what the deploy changed; runDeployStep has set its outputs from it.
      if (error instanceof DeployFailedError) progress.deployed = error.result;
      throw error;
    }
    const deployed = progress.deployed;
    core.setOutput(PIPELINE_OUTPUTS.deploymentId, deployed.deploymentId);

    progress.stage = 'waiting';
    await runWaitHealthy(views.wait(deployed.deploymentId, deployed.previousTaskDefinitionArn), signal);
    // The whole step's headline, in place of the wait's (which timed the wait alone).
    writeHeadline({
      service: progress.service,
      result: 'healthy',
      durationMs: Date.now() - startedAt,
      commit: progress.commit,
    });
  } catch (error) {
    failure = { error };
    throw error;
  } finally {
    if (loggedIn && !plan.login?.skipLogout) {
      try {
        await logout(loggedIn, createExecRunner());
        progress.logout = `logged out of ${loggedIn.registry}`;
      } catch (error) {
        progress.logout = `logout from ${loggedIn.registry} failed`;
        log.warning(`Logout from ${loggedIn.registry} failed: ${(error as Error).message}`);
      }
    } else if (loggedIn) {
      progress.logout = `still logged in to ${loggedIn.registry} (skip-logout)`;
    }
    if (failure) await reportFailureSoFar(progress, failure.error, startedAt);
  }
}

/** Every exit after the preflight leaves the outputs known so far and a summary; never masks the error. */
async function reportFailureSoFar(
  progress: PipelineProgress,
  error: unknown,
  startedAt: number,
): Promise<void> {
  try {
    core.setOutput(PIPELINE_OUTPUTS.healthy, 'false');
    await writeSummary(pipelineFailureSummary(progress, error));
    writeHeadline({
      service: progress.service,
      result: `failed while ${progress.stage}: ${errorMessage(error)}`,
      durationMs: Date.now() - startedAt,
      commit: progress.commit,
    });
  } catch (summaryError) {
    log.warning(`Could not write the job summary: ${errorMessage(summaryError)}`);
  }
}

/** the root action, for its bundle entry (src/entry/) and for @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction((signal) => runPipeline(Inputs.forAction(PIPELINE_INPUT_NAMES), signal));
}
