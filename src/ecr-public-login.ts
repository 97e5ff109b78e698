import { Inputs } from './lib/inputs.js';
import { runAction } from './lib/run.js';
import { isPostRun, runEcrPublicLogin, runEcrPublicLogout } from './registry/action.js';

/** The action, for the bundle entry (src/entry/) and @github/local-action, which calls run(). */
export function run(): Promise<void> {
  return runAction(async () => {
    if (isPostRun()) await runEcrPublicLogout();
    else await runEcrPublicLogin(new Inputs());
  });
}
