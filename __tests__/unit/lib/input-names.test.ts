// The check of a step's INPUT_* variable names (issue 15): an unknown name warns once with the
// closest known input, an input of the reference action that is not supported is an error, and
// every action's list of known inputs is its action.yml's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../helpers/run-action.js';
import { checkInputNames, Inputs, type ActionInputNames } from '../../../src/lib/inputs.js';
import { DEPLOY_INPUT_NAMES } from '../../../src/deploy/names.js';
import { LOGIN_INPUT_NAMES } from '../../../src/registry/names.js';
import { RENDER_INPUT_NAMES } from '../../../src/task-definition/inputs.js';
import { BUILD_INPUT_NAMES } from '../../../src/image/names.js';
import { WAIT_INPUT_NAMES } from '../../../src/health/inputs.js';
import { PIPELINE_INPUT_NAMES } from '../../../src/pipeline/names.js';

const names: ActionInputNames = {
  action: 'ecs-deploy',
  known: ['aws-region', 'cluster', 'service'],
  reference: {
    repository: 'aws-actions/example',
    inputs: {
      cluster: { kind: 'default', why: 'declared with a default here' },
      'run-task': { kind: 'pending', why: 'being added' },
      'registry-type': { kind: 'refused', why: 'ECR Public only', accepts: ['public'] },
      'run-task-assign-public-IP': { kind: 'pending', why: 'being added' },
    },
    outputs: {},
  },
};

describe('checkInputNames', () => {
  it('accepts the variables of known inputs and ignores other variables', () => {
    const check = checkInputNames(
      { 'INPUT_AWS-REGION': 'eu-west-3', INPUT_CLUSTER: 'c', PATH: '/bin', GITHUB_SHA: 'x' },
      names,
    );
    expect(check).toEqual({ warnings: [] });
  });

  it("warns once per unknown input, in the runner's words, with the closest known input", () => {
    const check = checkInputNames(
      { INPUT_AWS_REGION: 'eu-west-3', INPUT_SERVCE: 's', INPUT_ZZZZ: '' },
      names,
    );
    expect(check.error).toBeUndefined();
    expect(check.warnings).toEqual([
      "Unexpected input 'aws_region', valid inputs are ['aws-region', 'cluster', 'service']. Did you mean 'aws-region'? ecs-deploy ignores it",
      "Unexpected input 'servce', valid inputs are ['aws-region', 'cluster', 'service']. Did you mean 'service'? ecs-deploy ignores it",
      "Unexpected input 'zzzz', valid inputs are ['aws-region', 'cluster', 'service'] ecs-deploy ignores it",
    ]);
  });

  it('says that a lower-case variable (a hand-made .env) is not read', () => {
    expect(checkInputNames({ 'INPUT_aws-region': 'eu-west-3' }, names).warnings).toEqual([
      'INPUT_aws-region is not read: inputs are read from upper-case variables, as the runner sets them. Rename it INPUT_AWS-REGION',
    ]);
  });

  it('refuses a set input the reference has and this action does not support, naming it and why', () => {
    const check = checkInputNames({ 'INPUT_RUN-TASK': 'true' }, names);
    expect(check.error?.message).toBe(
      'Input \'run-task\': is an input of aws-actions/example that ecs-deploy does not support: being added. Remove it from the step, or see "Coming from aws-actions" in the README',
    );
    // The runner upper-cases mixed-case names too: run-task-assign-public-IP.
    expect(checkInputNames({ 'INPUT_RUN-TASK-ASSIGN-PUBLIC-IP': 'ENABLED' }, names).error?.message).toMatch(
      /^Input 'run-task-assign-public-IP': /,
    );
    const two = checkInputNames({ 'INPUT_RUN-TASK': 'true', 'INPUT_REGISTRY-TYPE': 'private' }, names);
    expect(two.error?.message).toMatch(
      /'run-task' \(being added\), 'registry-type' \(ECR Public only\) are inputs of aws-actions\/example/,
    );
  });

  it('lets an empty refused input, or a value that asks for what the action does, pass quietly', () => {
    expect(checkInputNames({ 'INPUT_RUN-TASK': ' ', 'INPUT_REGISTRY-TYPE': 'Public' }, names)).toEqual({
      warnings: [],
    });
  });

  it('Inputs.forAction throws the refusal before anything is read, and reads the given environment', () => {
    expect(() => Inputs.forAction(names, { 'INPUT_RUN-TASK': 'true' })).toThrow(/Input 'run-task'/);
    const inputs = Inputs.forAction(names, { INPUT_SERVICE: 'web' });
    expect(inputs.string('service')).toBe('web');
  });
});

describe.each<[string, ActionInputNames]>([
  ['action.yml', PIPELINE_INPUT_NAMES],
  ['ecr-public-login/action.yml', LOGIN_INPUT_NAMES],
  ['build-push/action.yml', BUILD_INPUT_NAMES],
  ['render-task-def/action.yml', RENDER_INPUT_NAMES],
  ['ecs-deploy/action.yml', DEPLOY_INPUT_NAMES],
  ['wait-healthy/action.yml', WAIT_INPUT_NAMES],
])('%s', (file, actionNames) => {
  it('is the list of known inputs the step checks names against', () => {
    const action = parse(readFileSync(path.join(repoRoot, file), 'utf8'));
    expect([...actionNames.known].sort()).toEqual(Object.keys(action.inputs).sort());
  });
});

it("every action's run() reads its inputs through Inputs.forAction (so the names are checked)", () => {
  const modules = ['deploy', 'health', 'image', 'pipeline', 'registry', 'task-definition'];
  for (const module of modules) {
    const source = readFileSync(path.join(repoRoot, 'src', module, 'action.ts'), 'utf8');
    expect([module, source.includes('Inputs.forAction(')]).toEqual([module, true]);
    expect([module, /new Inputs\(\)/.test(source)]).toEqual([module, false]);
  }
  // The bundle's one entry starts exactly these actions.
  const entry = readFileSync(path.join(repoRoot, 'src/entry/index.ts'), 'utf8');
  const started = [...entry.matchAll(/import\('\.\.\/([\w-]+)\/action\.js'\)/g)].map((match) => match[1]);
  expect(started.sort()).toEqual(modules);
});
