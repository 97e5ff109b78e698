import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/run-action.js';

const actions: [string, string][] = [
  ['action.yml', 'dist/pipeline/index.js'],
  ['ecr-public-login/action.yml', 'dist/ecr-public-login/index.js'],
  ['build-push/action.yml', 'dist/build-push/index.js'],
  ['render-task-def/action.yml', 'dist/render-task-def/index.js'],
  ['ecs-deploy/action.yml', 'dist/ecs-deploy/index.js'],
  ['wait-healthy/action.yml', 'dist/wait-healthy/index.js'],
];

const load = (file: string) => parse(readFileSync(path.join(repoRoot, file), 'utf8'));

describe.each(actions)('%s', (file, bundle) => {
  const action = load(file);

  it('runs on node24 from its committed bundle', () => {
    expect(action.runs.using).toBe('node24');
    const main = path.normalize(path.join(path.dirname(file), action.runs.main));
    expect(main).toBe(bundle);
    expect(existsSync(path.join(repoRoot, main))).toBe(true);
  });

  it('describes every input and output, and gives booleans true/false defaults', () => {
    for (const [name, input] of Object.entries<any>(action.inputs)) {
      expect([name, typeof input.description]).toEqual([name, 'string']);
      if (input.default === 'true' || input.default === 'false') expect(typeof input.default).toBe('string');
    }
    for (const [name, output] of Object.entries<any>(action.outputs))
      expect([name, typeof output.description]).toEqual([name, 'string']);
  });
});

describe('post steps', () => {
  it('ecr-public-login logs out in a post step that always runs', () => {
    const action = load('ecr-public-login/action.yml');
    expect(action.runs.post).toBe(action.runs.main);
    expect(action.runs['post-if']).toBe('always()');
  });
});
