import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { BUILD_INPUTS, BUILD_OUTPUTS } from '../../../src/image/names.js';
import { LOGIN_INPUTS, LOGIN_OUTPUTS } from '../../../src/registry/names.js';
import { repoRoot } from '../../helpers/run-action.js';

const actionYml = (name: string) =>
  parse(readFileSync(path.join(repoRoot, name, 'action.yml'), 'utf8')) as {
    inputs: object;
    outputs: object;
    runs: Record<string, string>;
  };

describe('action.yml files declare exactly the names the code uses', () => {
  it.each([
    ['ecr-public-login', LOGIN_INPUTS, LOGIN_OUTPUTS],
    ['build-push', BUILD_INPUTS, BUILD_OUTPUTS],
  ])('%s', (name, inputs, outputs) => {
    const yml = actionYml(name);
    expect(Object.keys(yml.inputs).sort()).toEqual(Object.values(inputs).sort());
    expect(Object.keys(yml.outputs).sort()).toEqual(Object.values(outputs).sort());
  });

  it('ecr-public-login has a post step that always runs', () => {
    expect(actionYml('ecr-public-login').runs).toMatchObject({
      using: 'node24',
      post: '../dist/ecr-public-login/index.js',
      'post-if': 'always()',
    });
  });
});
