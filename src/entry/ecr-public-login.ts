// The bundle entry of ecr-public-login (dist/ecr-public-login/index.js): runs the action.
import { run } from '../registry/action.js';

await run();
