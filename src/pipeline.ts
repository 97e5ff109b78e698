import { ActionError } from './lib/errors.js';
import { runAction } from './lib/run.js';

await runAction(async () => {
  throw new ActionError('the pipeline (root action) is not implemented yet');
});
