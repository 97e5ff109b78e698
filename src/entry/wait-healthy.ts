// The bundle entry of wait-healthy (dist/wait-healthy/index.js): runs the action.
import { run } from '../health/action.js';

await run();
