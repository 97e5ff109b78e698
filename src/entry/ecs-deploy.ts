import { run } from '../ecs-deploy.js';

await run();
