import { run } from '../wait-healthy.js';

await run();
