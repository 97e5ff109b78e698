// Builds every action (or those named as arguments) into dist/<name>/ with @vercel/ncc.
//
// Why the output looks the way it does (see README "dist/"):
// - The AWS SDK, yaml and @actions/github are imported lazily, so ncc puts them in their own
//   chunk files. Those chunks only change when a dependency does, so a change to our code
//   rewrites dist/<name>/index.js and nothing else.
// - Everything is minified with terser, but statements stay one per line (`semicolons: false`):
//   a one-line change in src/ is a few-line change in dist/, so committed builds stay small and
//   reviewable. No source maps: a map is one JSON line that changes completely on every build.
// - Each action is built beside dist/ and swapped in only when it is complete and checked, so a
//   failed or concurrent build never leaves a half-written bundle.
import { spawn } from 'node:child_process';
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

export const ACTIONS = {
  'ecr-public-login': 'src/entry/ecr-public-login.ts',
  'build-push': 'src/entry/build-push.ts',
  'render-task-def': 'src/entry/render-task-def.ts',
  'ecs-deploy': 'src/entry/ecs-deploy.ts',
  'wait-healthy': 'src/entry/wait-healthy.ts',
  pipeline: 'src/entry/pipeline.ts',
};
const MAX_BUNDLE_BYTES = 1.5 * 1024 * 1024;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

async function build(name) {
  const staging = path.join(root, '.dist-build', `${name}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const args = [
    'build',
    ACTIONS[name],
    '-o',
    staging,
    '--target',
    'es2022',
    '--license',
    'licenses.txt',
    '-q',
  ];
  const ncc = await run(process.execPath, [
    path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    ...args,
  ]);
  if (ncc.status !== 0) throw new Error(`ncc failed for ${name}:\n${ncc.output}`);
  let total = 0;
  for (const file of readdirSync(staging).sort()) {
    const full = path.join(staging, file);
    if (file.endsWith('.js')) {
      const source = readFileSync(full, 'utf8');
      if (source.includes('webpackMissingModule'))
        throw new Error(`${name}: ${file} contains webpackMissingModule (a module ncc could not resolve)`);
      const out = await minify(source, {
        module: true,
        compress: { passes: 1 },
        mangle: true,
        format: { semicolons: false, comments: false, ascii_only: true },
      });
      writeFileSync(full, out.code + '\n');
      total += statSync(full).size; // the limit is on code the runner loads, not licenses.txt
    }
  }
  if (total > MAX_BUNDLE_BYTES)
    throw new Error(`${name}: bundle is ${total} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`);
  const target = path.join(root, 'dist', name);
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  const old = `${staging}-old`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
  return total;
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

const names = process.argv.slice(2);
for (const name of names)
  if (!ACTIONS[name]) throw new Error(`unknown action '${name}'; known: ${Object.keys(ACTIONS).join(', ')}`);
const selected = names.length ? names : Object.keys(ACTIONS);
// Two at a time: the machines have two cores.
const queue = [...selected];
const sizes = {};
await Promise.all(
  [0, 1].map(async () => {
    for (let name = queue.shift(); name; name = queue.shift()) sizes[name] = await build(name);
  }),
);
for (const name of selected) console.log(`dist/${name}: ${(sizes[name] / 1024).toFixed(0)} KiB`);
try {
  rmdirSync(path.join(root, '.dist-build')); // only when no other build is using it
} catch {
  // another build is still running, or nothing was left
}
