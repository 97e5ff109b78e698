import { Inputs } from './lib/inputs.js';
import { runAction } from './lib/run.js';
import { runRenderTaskDefinition } from './task-definition/action.js';

await runAction(async () => {
  await runRenderTaskDefinition(new Inputs());
});
