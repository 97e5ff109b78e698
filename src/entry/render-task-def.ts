// The bundle entry of render-task-def (dist/render-task-def/index.js): runs the action.
import { run } from '../task-definition/action.js';

await run();
