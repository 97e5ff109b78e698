// The bundle entry of pipeline (dist/pipeline/index.js): runs the action.
import { run } from '../pipeline/action.js';

await run();
