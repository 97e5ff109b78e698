import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildahSandboxEnv } from '../helpers/local-registry.js';
import { runAction } from '../helpers/run-action.js';

// Real parts: the build-push bundle under Node 24 and the installed buildah (vfs storage, chroot
// isolation, its own storage folder), building an image whose RUN step checks the build
// arguments it was given. The image's root file system is the host's dash and the two libraries
// it needs, so RUN works without pulling a base image (the network is 127.0.0.1 only).
// Issue 12: build-arg values reach the build through buildah's environment (`--build-arg NAME`),
// never its command line, and secret-looking ones are masked before anything prints.
const DB_PASS = 'db-pass-4f9c2e71';
const GH_PAT = 'ghp_pat_8b1d77a0c3';
const NODE_ENV = 'production-e2e-31';

const CONTAINERFILE = [
  'FROM scratch',
  'COPY rootfs/ /',
  'COPY expected/ /expected/',
  'ARG DB_PASS',
  'ARG GH_PAT',
  'ARG NODE_ENV',
  // The expected values come from files, so neither the Containerfile nor buildah's STEP lines hold them.
  'RUN read -r want < /expected/db_pass && test "$DB_PASS" = "$want"',
  'RUN read -r want < /expected/gh_pat && test "$GH_PAT" = "$want"',
  'RUN read -r want < /expected/node_env && test "$NODE_ENV" = "$want"',
  '',
].join('\n');

let sandboxDir: string;
beforeAll(() => {
  sandboxDir = mkdtempSync(path.join(os.tmpdir(), 'build-args-env-'));
});
afterAll(() => rmSync(sandboxDir, { recursive: true, force: true }));

function workspace(expected: { db: string; pat: string; env: string }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'build-args-ws-'));
  for (const [from, to] of [
    ['/usr/bin/dash', 'rootfs/bin/sh'],
    ['/lib/x86_64-linux-gnu/libc.so.6', 'rootfs/lib/x86_64-linux-gnu/libc.so.6'],
    ['/lib64/ld-linux-x86-64.so.2', 'rootfs/lib64/ld-linux-x86-64.so.2'],
  ]) {
    mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    copyFileSync(from, path.join(dir, to));
  }
  mkdirSync(path.join(dir, 'expected'));
  writeFileSync(path.join(dir, 'expected/db_pass'), `${expected.db}\n`);
  writeFileSync(path.join(dir, 'expected/gh_pat'), `${expected.pat}\n`);
  writeFileSync(path.join(dir, 'expected/node_env'), `${expected.env}\n`);
  writeFileSync(path.join(dir, 'Containerfile'), CONTAINERFILE);
  return dir;
}

const build = (ws: string) =>
  runAction('build-push', {
    workspace: ws,
    inputs: {
      image: 'localhost:5000/a1b2c3d4/build-args',
      tags: 'e2e',
      push: 'false',
      builder: 'buildah',
      'build-args': `DB_PASS=${DB_PASS}\nGH_PAT=${GH_PAT}\nNODE_ENV=${NODE_ENV}`,
    },
    env: { ...buildahSandboxEnv(sandboxDir), GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' },
    secrets: [DB_PASS, GH_PAT],
    timeoutMs: 240_000,
  });

describe('build-push: build-arg values go to buildah through its environment', () => {
  it('builds with every value, none of them on the command line, the secret-looking ones masked', async () => {
    const result = await build(workspace({ db: DB_PASS, pat: GH_PAT, env: NODE_ENV }));
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    // The command the runner echoes (@actions/exec's `[command]…` line) names the arguments only.
    const commandLine = result.stdout
      .split('\n')
      .find((line) => line.startsWith('[command]') && line.includes(' build '));
    expect(commandLine).toBeDefined();
    expect(commandLine).toContain('--build-arg DB_PASS --build-arg GH_PAT --build-arg NODE_ENV');
    for (const value of [DB_PASS, GH_PAT, NODE_ENV]) expect(commandLine).not.toContain(value);
    expect(result.masks).toEqual(expect.arrayContaining([DB_PASS, GH_PAT]));
    expect(result.masks).not.toContain(NODE_ENV);
    expect(result.leaks).toEqual([]);
    // What a person sees: the log without the ::add-mask:: commands the runner consumes.
    const visible = result.log
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const value of [DB_PASS, GH_PAT]) expect(visible).not.toContain(value);
  }, 300_000);

  it('fails the build when a value differs from what the RUN step expects (the check is real)', async () => {
    const result = await build(workspace({ db: 'another-value', pat: GH_PAT, env: NODE_ENV }));
    expect(result.code).toBe(1);
    expect(result.errors.join('\n')).toMatch(/The build failed \(buildah exit/);
    expect(result.leaks).toEqual([]);
  }, 300_000);
});
