import * as core from '@actions/core';
import { log } from '../lib/log-safe.js';
import { parseBuildInputs, type BuildSettings } from '../build/inputs.js';
import { buildRunFacts, runBuildPush } from '../build/action.js';
import { registryOf } from '../build/builder.js';
import { createExecRunner } from '../build/command.js';
import { deploy, parseDeployInputs, runDeployStep, type DeploySettings } from '../deploy/index.js';
import { imageReferenceProblem } from '../deploy/plan.js';
import { parseWaitInputs } from '../health/inputs.js';
import { runWaitHealthy } from '../health/action.js';
import { InputError } from '../lib/errors.js';
import type { Inputs } from '../lib/inputs.js';
import { runEcrPublicLogin } from '../registry/action.js';
import { parseLoginInputs, type LoginSettings } from '../registry/inputs.js';
import { logout } from '../registry/login.js';
import { prepareRender, runRenderTaskDefinition } from '../task-definition/action.js';

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
export const PIPELINE_OUTPUTS = {
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
    login: inputs.renamed({ 'aws-region': 'ecr-region' }).withValues({ 'mask-password': 'true' }),
    build: inputs.withValues({ push: 'true' }),
    // render-task-def's own base selectors that the root does not offer are blank, and its
    // `image` is the one this run built (the root's `image` is build-push's repository).
    render: (image) =>
      inputs.withValues({ image, images: '', 'task-definition-arn': '', 'task-definition-revision': '' }),
    deploy: inputs.renamed({ tags: 'task-definition-tags' }).withValues({
      'wait-for-service-stability': 'false',
      'provenance-tags': 'true',
    }),
    wait: (deploymentId, rollbackTo) =>
      inputs.withValues({ 'deployment-id': deploymentId, 'rollback-task-definition': rollbackTo }),
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
    plan.build = parseBuildInputs(views.build, await buildRunFacts());
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
    const settings = deploySettings(views.deploy, result.definition, 'the rendered task definition');
    // ecs-deploy's dry run makes its read-only checks (cluster, service ACTIVE) and plans.
    await deploy({ ...settings, dryRun: true }, { signal });
  });
  return plan;
}

function deploySettings(view: Inputs, definition: Record<string, any>, origin: string): DeploySettings {
  return parseDeployInputs(view, { taskDefinition: { definition, origin, input: 'task-definition' } });
}

export async function runPipeline(inputs: Inputs, signal: AbortSignal): Promise<void> {
  const views = stageViews(inputs);
  const plan = await preflight(inputs, views, signal);
  if (plan.dryRun) {
    log.info('dry-run: nothing was built, pushed, registered or deployed (the plan is above)');
    return;
  }

  // Set now so that a failure at any stage leaves `healthy=false`; the wait sets it last.
  core.setOutput(PIPELINE_OUTPUTS.healthy, 'false');
  let image = plan.prebuiltImage ?? '';
  let loggedIn: { registry: string; builder: Parameters<typeof logout>[0]['builder'] } | undefined;
  try {
    if (!image) {
      const login = await log.group('Log in to ECR Public', () =>
        runEcrPublicLogin(views.login, { setOutputs: false }),
      );
      loggedIn = { registry: login.registry, builder: login.builder };
      const build = await runBuildPush(views.build);
      image = build.image;
    }
    core.setOutput(PIPELINE_OUTPUTS.image, image);

    const rendered = await log.group('Render the task definition', () =>
      runRenderTaskDefinition(views.render(image)),
    );
    const settings = deploySettings(views.deploy, rendered.definition, rendered.file);
    const deployed = await runDeployStep(settings, { signal });
    core.setOutput(PIPELINE_OUTPUTS.deploymentId, deployed.deploymentId);

    await runWaitHealthy(views.wait(deployed.deploymentId, deployed.previousTaskDefinitionArn), signal);
  } finally {
    if (loggedIn && !plan.login?.skipLogout) {
      try {
        await logout(loggedIn, createExecRunner());
      } catch (error) {
        log.warning(`Logout from ${loggedIn.registry} failed: ${(error as Error).message}`);
      }
    }
  }
}
