import { runBuildPush } from './build/action.js';
import { Inputs } from './lib/inputs.js';
import { runAction } from './lib/run.js';

/** The action, for the bundle entry (src/entry/) and @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction(async () => {
    await runBuildPush(new Inputs());
  });
}
