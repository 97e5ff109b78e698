import { DEFAULT_CODEDEPLOY_INPUTS } from '../../../src/deploy/codedeploy-plan.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { parseBuildInputs } from '../../../src/image/inputs.js';
import { parseDeployInputs } from '../../../src/deploy/action.js';
import { parseWaitInputs } from '../../../src/health/inputs.js';
import { Inputs } from '../../../src/lib/inputs.js';
import { stageViews } from '../../../src/pipeline/action.js';
import { parseLoginInputs } from '../../../src/registry/inputs.js';
import { parseRenderInputs } from '../../../src/task-definition/inputs.js';
import { repoRoot } from '../../helpers/run-action.js';

const root = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const workspace = mkdtempSync(path.join(os.tmpdir(), 'pipeline-inputs-'));
writeFileSync(path.join(workspace, 'td.json'), '{}');

/** Every root input set to a valid value, as a workflow would give them. */
const values: Record<string, string> = {
  ...Object.fromEntries(Object.entries(root.inputs).map(([name, spec]) => [name, spec.default ?? ''])),
  image: 'public.ecr.aws/a1b2c3d4/sites-management-api',
  'task-definition': 'td.json',
  'container-name': 'sites-management-api',
  'aws-region': 'eu-west-3',
  cluster: 'intrusion-detection',
  service: 'sites-management-api',
  'task-definition-tags': 'team=platform',
};
const facts = { sha: 'abc1234def', onDefaultBranch: true, repositoryUrl: '', now: new Date(0) };

async function parseEveryStage(inputs: Inputs, rollbackTo = '') {
  const views = stageViews(inputs);
  inputs.optional('prebuilt-image');
  inputs.boolean('dry-run', false);
  const login = parseLoginInputs(views.login);
  const build = parseBuildInputs(views.build, facts);
  const render = parseRenderInputs(views.render(`${build.image}@sha256:${'0'.repeat(64)}`));
  const deploy = await parseDeployInputs(views.deploy, {
    taskDefinition: {
      definition: {
        family: 'sites-management-api',
        containerDefinitions: [{ name: 'sites-management-api', image: `${build.image}:x` }],
      },
      origin: 'test',
      input: 'task-definition',
    },
    // As the root action does: it has no CodeDeploy inputs and deploys with their defaults.
    codeDeploy: DEFAULT_CODEDEPLOY_INPUTS,
  });
  const wait = parseWaitInputs(views.wait('ecs-svc/1', rollbackTo));
  return { login, build, render, deploy, wait };
}

describe('root action inputs', () => {
  beforeAll(() => {
    process.env.GITHUB_WORKSPACE = workspace;
  });
  afterAll(() => {
    delete process.env.GITHUB_WORKSPACE;
  });

  it('every input the stages read is declared in action.yml, and every declared input is read', async () => {
    const inputs = new Inputs((name) => values[name]);
    await parseEveryStage(inputs);
    expect([...inputs.read].sort()).toEqual(Object.keys(root.inputs).sort());
  });

  it('gives each stage its own meaning of shared names', async () => {
    const inputs = new Inputs(
      (name) =>
        ({ ...values, 'ecr-region': 'us-east-1', tags: 'v1', 'task-definition-tags': 'team=platform' })[name],
    );
    const stages = await parseEveryStage(inputs);
    expect(stages.build.tags).toEqual(['v1']);
    expect(stages.deploy.tags).toEqual([{ key: 'team', value: 'platform' }]);
    expect(stages.deploy.region).toBe('eu-west-3');
    expect(stages.wait.deploymentId).toBe('ecs-svc/1');
  });

  // Issue 17: the root's wait does not follow a BLUE_GREEN/LINEAR/CANARY service deployment, so
  // the root offers no strategy: ecs-deploy's strategy inputs are blank in its deploy view.
  it("keeps the service's deployment strategy: a strategy in the environment does not reach the deploy", async () => {
    const inputs = new Inputs(
      (name) => ({ ...values, 'deployment-strategy': 'CANARY', 'canary-percent': '200', alarms: 'a' })[name],
    );
    expect(
      Object.values((await parseEveryStage(inputs)).deploy.strategy).filter((v) => v !== undefined),
    ).toEqual([]);
  });

  it('names the root input in errors, not the stage input it stands for', async () => {
    const inputs = new Inputs((name) => ({ ...values, 'ecr-region': 'eu-west-3' })[name]);
    await expect(parseEveryStage(inputs)).rejects.toThrow(/^Input 'ecr-region': .*us-east-1/);
    const tagged = new Inputs((name) => ({ ...values, 'task-definition-tags': 'no-equals-sign' })[name]);
    await expect(parseEveryStage(tagged)).rejects.toThrow(/^Input 'task-definition-tags'/);
  });

  // Issue 12: the wait view passed the revision to roll back to whatever rollback-on-failure said,
  // and wait-healthy rightly rejects that pair: every deploy with rollback-on-failure false failed
  // after changing the service. Each stage must accept its view for every boolean combination.
  const BOOLEANS = [
    'rollback-on-failure',
    'skip-unchanged',
    'force-new-deployment',
    'dry-run',
    'skip-logout',
  ];
  const combinations = Array.from({ length: 2 ** BOOLEANS.length }, (_, n) =>
    Object.fromEntries(BOOLEANS.map((name, bit) => [name, String(Boolean(n & (1 << bit)))])),
  );
  it.each(combinations)(
    'every stage accepts its view of %o, with the real rollback revision',
    async (booleans) => {
      const inputs = new Inputs((name) => ({ ...values, ...booleans })[name]);
      const previous = 'arn:aws:ecs:eu-west-3:123456789012:task-definition/sites-management-api:1';
      const stages = await parseEveryStage(inputs, previous);
      const rollback = booleans['rollback-on-failure'] === 'true';
      expect(stages.wait.rollbackOnFailure).toBe(rollback);
      expect(stages.wait.rollbackTaskDefinition).toBe(rollback ? previous : undefined);
      expect(stages.login.skipLogout).toBe(booleans['skip-logout'] === 'true');
      expect(stages.deploy.skipUnchanged).toBe(booleans['skip-unchanged'] === 'true');
      expect(stages.deploy.forceNewDeployment).toBe(booleans['force-new-deployment'] === 'true');
    },
  );

  it('declares the outputs of the contract, and the two the wait stage sets', () => {
    expect(Object.keys(root.outputs).sort()).toEqual([
      'deployment-id',
      'elapsed-seconds',
      'healthy',
      'image',
      'rolled-back',
      'task-definition-arn',
    ]);
  });
});
