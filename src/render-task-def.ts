import { ActionError } from './lib/errors.js';
import { runAction } from './lib/run.js';

await runAction(async () => {
  throw new ActionError('render-task-def is not implemented yet');
});
