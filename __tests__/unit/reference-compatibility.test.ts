// Every input and output of the aws-actions actions this repository replaces is accepted by the
// matching action here: declared in its action.yml with the same default, or listed, with the
// reason, in that action's table of deliberate differences (the `reference` of its
// ActionInputNames, which the step itself reads to refuse what it does not support). The reference
// action.yml files are vendored under __tests__/fixtures/reference/ with their version, so moving
// to a newer aws-actions release shows up here as failing rows, not as silently ignored inputs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/run-action.js';
import type { ActionInputNames, ReferenceDifference } from '../../src/lib/inputs.js';
import { DEPLOY_INPUT_NAMES } from '../../src/deploy/names.js';
import { LOGIN_INPUT_NAMES } from '../../src/registry/names.js';
import { RENDER_INPUT_NAMES } from '../../src/task-definition/inputs.js';

interface Declared {
  description?: string;
  required?: boolean;
  default?: string;
}
interface ActionYml {
  inputs?: Record<string, Declared>;
  outputs?: Record<string, Declared>;
}
interface Reference extends ActionYml {
  repository: string;
  version: string;
  commit: string;
  ours: string;
}

const load = <T>(file: string): T => parse(readFileSync(path.join(repoRoot, file), 'utf8')) as T;

const pairs: [string, string, ActionInputNames][] = [
  ['amazon-ecs-deploy-task-definition.yml', 'ecs-deploy/action.yml', DEPLOY_INPUT_NAMES],
  ['amazon-ecr-login.yml', 'ecr-public-login/action.yml', LOGIN_INPUT_NAMES],
  ['amazon-ecs-render-task-definition.yml', 'render-task-def/action.yml', RENDER_INPUT_NAMES],
];

/**
 * What is wrong between a reference action.yml, ours and the table of differences: one line per
 * problem, empty when every reference input and output is accepted. The cases that must fail are
 * proven on hand-made tables at the end.
 */
function incompatibilities(reference: ActionYml, ours: ActionYml, names: ActionInputNames): string[] {
  const problems: string[] = [];
  const differences = names.reference?.inputs ?? {};
  for (const [name, theirs] of Object.entries(reference.inputs ?? {})) {
    const mine = ours.inputs?.[name];
    const difference = differences[name];
    if (!mine) {
      if (!difference || difference.kind === 'default')
        problems.push(`input '${name}' of the reference is not accepted and not in the table of differences`);
      continue;
    }
    if (difference && difference.kind !== 'default')
      problems.push(`input '${name}' is declared now: delete its '${difference.kind}' row from the table`);
    if (mine.default !== theirs.default && difference?.kind !== 'default')
      problems.push(
        `input '${name}': default ${JSON.stringify(mine.default)} here, ${JSON.stringify(theirs.default)} in the reference, and no 'default' row says why`,
      );
    if (mine.default === theirs.default && difference?.kind === 'default')
      problems.push(`input '${name}': the defaults agree now: delete its 'default' row`);
    if (mine.required && !theirs.required)
      problems.push(`input '${name}' is required here but optional in the reference`);
  }
  for (const name of Object.keys(differences))
    if (!reference.inputs?.[name])
      problems.push(`the table has a row for '${name}', not an input of the reference`);
  const outputDifferences = names.reference?.outputs ?? {};
  for (const name of Object.keys(reference.outputs ?? {})) {
    const declared = Boolean(ours.outputs?.[name]);
    if (!declared && !outputDifferences[name])
      problems.push(`output '${name}' of the reference is not set and not in the table of differences`);
    if (declared && outputDifferences[name])
      problems.push(`output '${name}' is declared now: delete its row`);
  }
  for (const name of Object.keys(outputDifferences))
    if (!reference.outputs?.[name])
      problems.push(`the table has a row for output '${name}', not an output of the reference`);
  return problems;
}

describe.each(pairs)('reference %s and %s', (fixture, ourFile, names) => {
  const reference = load<Reference>(path.join('__tests__/fixtures/reference', fixture));
  const ours = load<ActionYml>(ourFile);

  it('is a pinned version of the reference, and matches this action', () => {
    expect(reference.version).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(reference.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(reference.ours).toBe(path.dirname(ourFile));
    expect(names.reference?.repository).toBe(reference.repository);
    expect(Object.keys(reference.inputs ?? {}).length).toBeGreaterThan(0);
  });

  it('accepts every input and output of the reference, or lists it as a deliberate difference', () => {
    expect(incompatibilities(reference, ours, names)).toEqual([]);
  });

  it('gives a reason for every difference', () => {
    const rows = [
      ...Object.values(names.reference?.inputs ?? {}),
      ...Object.values(names.reference?.outputs ?? {}),
    ];
    for (const row of rows) expect(row.why.length).toBeGreaterThan(20);
  });
});

describe('the compatibility check itself', () => {
  const reference: ActionYml = {
    inputs: { a: { required: false }, b: { default: '3' }, c: {} },
    outputs: { out: {} },
  };
  const names = (inputs: Record<string, ReferenceDifference>): ActionInputNames => ({
    action: 'x',
    known: [],
    reference: { repository: 'aws-actions/x', inputs, outputs: {} },
  });

  it('fails for an input of the reference that is neither declared nor listed', () => {
    const ours = { inputs: { a: {}, b: { default: '3' } }, outputs: { out: {} } };
    expect(incompatibilities(reference, ours, names({}))).toEqual([
      "input 'c' of the reference is not accepted and not in the table of differences",
    ]);
    expect(incompatibilities(reference, ours, names({ c: { kind: 'pending', why: 'later' } }))).toEqual([]);
  });

  it('fails for another default, a stricter required flag, a missing output, and stale rows', () => {
    const ours = { inputs: { a: { required: true }, b: { default: '8' }, c: {} }, outputs: {} };
    expect(
      incompatibilities(
        reference,
        ours,
        names({ c: { kind: 'refused', why: 'no' }, d: { kind: 'pending', why: 'x' } }),
      ),
    ).toEqual([
      "input 'a' is required here but optional in the reference",
      `input 'b': default "8" here, "3" in the reference, and no 'default' row says why`,
      "input 'c' is declared now: delete its 'refused' row from the table",
      "the table has a row for 'd', not an input of the reference",
      "output 'out' of the reference is not set and not in the table of differences",
    ]);
  });
});
