// Preloaded into a bundle run (NODE_OPTIONS=--import <this file>) by __tests__/e2e/dist-layout.test.ts:
// records every module the run loads (files and node: built-ins), one URL a line, into CHUNK_TRACE_FILE when the process exits,
// so a test can tell which of dist/'s chunk files an action loaded and when.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, next) {
    loaded.push(url);
    return next(url, context);
  },
});
process.on('exit', () => writeFileSync(process.env.CHUNK_TRACE_FILE, loaded.join('\n') + '\n'));
