/**
 * What the bundle has in place of `@actions/exec` (tsconfig.json "paths", which ncc resolves with,
 * as for lib/lazy-http-client.ts): @actions/core imports it at start-up for `platform.getDetails()`
 * alone, and with it @actions/io and node:child_process, node:assert, node:timers and
 * node:string_decoder, ~8 ms before an action has read its first input (issue 18; `npm run
 * bench:startup`). Both functions are async, so this stand-in loads the real module on the first
 * call and hands the call on: the builder commands (container/command.ts) and getDetails still work.
 *
 * Only what is used is here: `exec` (container/command.ts) and `getExecOutput` (@actions/core's
 * platform.js). A bundled module that needs more fails the build (webpack: export not found).
 */
import type * as Real from '../../node_modules/@actions/exec/lib/exec.js';

// A path, not the package name: the name resolves to this file in the bundle.
const load = () => import('../../node_modules/@actions/exec/lib/exec.js');

export async function exec(...args: Parameters<typeof Real.exec>): ReturnType<typeof Real.exec> {
  return (await load()).exec(...args);
}

export async function getExecOutput(
  ...args: Parameters<typeof Real.getExecOutput>
): ReturnType<typeof Real.getExecOutput> {
  return (await load()).getExecOutput(...args);
}
