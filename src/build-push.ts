import { runBuildPush } from './build/action.js';
import { Inputs } from './lib/inputs.js';
import { runAction } from './lib/run.js';

await runAction(async () => {
  await runBuildPush(new Inputs());
});
