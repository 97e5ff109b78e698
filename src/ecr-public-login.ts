import { ActionError } from './lib/errors.js';
import { runAction } from './lib/run.js';

await runAction(async () => {
  throw new ActionError('ecr-public-login is not implemented yet');
});
