import { run } from '../ecr-public-login.js';

await run();
