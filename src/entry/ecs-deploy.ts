// The bundle entry of ecs-deploy (dist/ecs-deploy/index.js): runs the action.
import { run } from '../deploy/action.js';

await run();
