import { ActionError } from './lib/errors.js';
import { runAction } from './lib/run.js';

await runAction(async () => {
  throw new ActionError('wait-healthy is not implemented yet');
});
