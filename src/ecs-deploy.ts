import { parseDeployInputs, runDeployStep } from './deploy/index.js';
import { Inputs } from './lib/inputs.js';
import { runAction } from './lib/run.js';

/** The action, for the bundle entry (src/entry/) and @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction(async (signal) => {
    const settings = parseDeployInputs(new Inputs());
    await runDeployStep(settings, { signal });
  });
}
