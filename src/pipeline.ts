import { Inputs } from './lib/inputs.js';
import { runAction } from './lib/run.js';
import { runPipeline } from './pipeline/index.js';

/** The action, for the bundle entry (src/entry/) and @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction((signal) => runPipeline(new Inputs(), signal));
}
