// The bundle entry of build-push (dist/build-push/index.js): runs the action.
import { run } from '../image/action.js';

await run();
