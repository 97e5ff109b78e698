import { ActionError } from './lib/errors.js';
import { runAction } from './lib/run.js';

await runAction(async () => {
  throw new ActionError('ecs-deploy is not implemented yet');
});
