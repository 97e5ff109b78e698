import { run } from '../pipeline.js';

await run();
