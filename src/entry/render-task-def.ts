import { run } from '../render-task-def.js';

await run();
