import { execFileSync } from 'node:child_process';
import { BAD_INPUTS } from '../helpers/bad-inputs.js';
import { actionNode, runAction } from '../helpers/run-action.js';

// Real parts: each action's committed bundle, run under Node 24 as the runner runs it. That inputs
// are checked before the AWS SDK is loaded is proven in dist-layout.test.ts.
describe('every bundle runs under Node 24', () => {
  it('uses a Node 24 binary', () => {
    expect(
      Number(/^v(\d+)\./.exec(execFileSync(actionNode(), ['--version'], { encoding: 'utf8' }))![1]),
    ).toBeGreaterThanOrEqual(24);
  });

  // One missing or bad input per action; each must fail with exactly one error naming it.
  it.each(BAD_INPUTS)(
    '$action exits 1 with one ::error:: naming the input',
    async ({ action, inputs, input }) => {
      const result = await runAction(action, { inputs });
      expect(result.code).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(new RegExp(`^Input '${input}'`));
    },
  );
});
