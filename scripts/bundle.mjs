// Builds every action into dist/ with ONE @vercel/ncc build of src/entry/index.ts, and a loader of a
// few lines per action, dist/<action>/index.js (what the action.yml files run).
//
// Why the output looks the way it does (see README "dist/"):
// - One build, not one per action: src/entry/index.ts imports each action with a dynamic import(),
//   and each action imports each AWS client lazily (lib/aws.ts), so webpack splits them into chunk
//   files (dist/N.index.js) written once and shared: the SDK core is in dist/ once, not once per
//   action, and an action loads only the chunks of the clients it makes.
// - Chunks change only when what is in them changes, so a change to our code rewrites a few files.
// - Everything is minified with terser, but statements stay one per line (`semicolons: false`):
//   a one-line change in src/ is a few-line change in dist/, so committed builds stay small and
//   reviewable. No source maps: a map is one JSON line that changes completely on every build.
// - dist/ is built beside the old one and swapped in only when it is complete and checked, so a
//   failed or concurrent build never leaves a half-written bundle.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

/** The actions; each has a loader dist/<name>/index.js that starts it from the shared bundle. */
export const ACTIONS = [
  'ecr-public-login',
  'build-push',
  'render-task-def',
  'ecs-deploy',
  'wait-healthy',
  'pipeline',
];
const ENTRY = 'src/entry/index.ts';
/** All of dist/, licenses.txt included (issue 18: it was 8 MB when each action had its own copy of the SDK). */
export const MAX_DIST_BYTES = 3 * 1024 * 1024;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** What dist/<name>/index.js holds: the whole action is in ../index.js and the chunks it loads. */
export function loaderSource(name) {
  return (
    `// The ${name} action: its code is in ../index.js and the chunks that loads (README "dist/").\n` +
    `import { start } from '../index.js'\n` +
    `await start(${JSON.stringify(name)})\n`
  );
}

async function build() {
  const staging = path.join(root, '.dist-build', `dist-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const args = ['build', ENTRY, '-o', staging, '--target', 'es2022', '--license', 'licenses.txt', '-q'];
  const ncc = await run(process.execPath, [
    path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    ...args,
  ]);
  if (ncc.status !== 0) throw new Error(`ncc failed:\n${ncc.output}`);
  for (const file of readdirSync(staging).sort()) {
    if (!file.endsWith('.js')) continue;
    const full = path.join(staging, file);
    const source = readFileSync(full, 'utf8');
    if (source.includes('webpackMissingModule'))
      throw new Error(`${file} contains webpackMissingModule (a module ncc could not resolve)`);
    const out = await minify(source, {
      module: true,
      compress: { passes: 1 },
      mangle: true,
      format: { semicolons: false, comments: false, ascii_only: true },
    });
    writeFileSync(full, out.code + '\n');
  }
  for (const name of ACTIONS) {
    mkdirSync(path.join(staging, name));
    writeFileSync(path.join(staging, name, 'index.js'), loaderSource(name));
  }
  const files = readdirSync(staging, { recursive: true }).filter((file) =>
    statSync(path.join(staging, file)).isFile(),
  );
  const total = files.reduce((sum, file) => sum + statSync(path.join(staging, file)).size, 0);
  if (total > MAX_DIST_BYTES)
    throw new Error(`dist/ would be ${total} bytes, over the ${MAX_DIST_BYTES}-byte limit`);
  const seen = new Map();
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const hash = createHash('sha256')
      .update(readFileSync(path.join(staging, file)))
      .digest('hex');
    if (seen.has(hash)) throw new Error(`${file} is a byte-for-byte copy of ${seen.get(hash)}`);
    seen.set(hash, file);
  }

  const target = path.join(root, 'dist');
  const old = `${staging}-old`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
  return { total, files: files.length };
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  if (process.argv.length > 2)
    throw new Error('bundle.mjs builds every action at once (one shared build); it takes no arguments');
  const { total, files } = await build();
  console.log(`dist/: ${files} files, ${(total / 1024).toFixed(0)} KiB`);
  try {
    rmdirSync(path.join(root, '.dist-build')); // only when no other build is using it
  } catch {
    // another build is still running, or nothing was left
  }
}
