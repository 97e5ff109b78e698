import { run } from '../build-push.js';

await run();
