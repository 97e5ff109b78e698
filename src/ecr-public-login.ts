import { Inputs } from './lib/inputs.js';
import { runAction } from './lib/run.js';
import { isPostRun, runEcrPublicLogin, runEcrPublicLogout } from './registry/action.js';

await runAction(async () => {
  if (isPostRun()) await runEcrPublicLogout();
  else await runEcrPublicLogin(new Inputs());
});
