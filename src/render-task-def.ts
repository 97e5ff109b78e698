import { Inputs } from './lib/inputs.js';
import { runAction } from './lib/run.js';
import { runRenderTaskDefinition } from './task-definition/action.js';

/** The action, for the bundle entry (src/entry/) and @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction(async () => {
    await runRenderTaskDefinition(new Inputs());
  });
}
