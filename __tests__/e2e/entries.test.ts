import { runAction, node24 } from '../helpers/run-action.js';
import { execFileSync } from 'node:child_process';

// Real parts: each action's committed bundle, run under Node 24 as the runner runs it.
describe('every bundle runs under Node 24', () => {
  it('uses a Node 24 binary', () => {
    expect(execFileSync(node24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });
});
