/**
 * `npm run demo`'s flags and exits (issue 16): an unknown flag is an error with the usage,
 * `--help` prints it; Ctrl-C (SIGINT) or a closed output (EPIPE) stops the local registry and the
 * emulator and removes the work folder with its auth file. Real parts: the demo started with tsx as
 * a person starts it, the emulator, the bundles, buildah and docker-registry where installed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { localRegistryMissing } from '../helpers/local-registry.js';
import { repoRoot } from '../helpers/run-action.js';

function startDemo(...args: string[]) {
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/demo.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  /** Resolves once stdout matches (the demo printed that far); fails if it exits first. */
  const printed = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = stdout.match(pattern);
        if (match) {
          child.stdout.off('data', check);
          resolve(match);
        }
      };
      child.stdout.on('data', check);
      check();
      void exit.then(() =>
        reject(new Error(`the demo exited before printing ${pattern}:\n${stdout}\n${stderr}`)),
      );
    });
  return { child, exit, printed, output: () => ({ stdout, stderr }) };
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('npm run demo: flags', () => {
  it('refuses an unknown flag with the usage, before starting anything', async () => {
    const demo = startDemo('--fial');
    const { code } = await demo.exit;
    expect(code).toBe(2);
    expect(demo.output().stderr).toMatch(/demo: Unknown option '--fial'/);
    expect(demo.output().stderr).toMatch(/usage: npm run demo/);
    expect(demo.output().stdout).toBe('');
  }, 60_000);

  it('prints the usage for --help and exits 0', async () => {
    const demo = startDemo('--help');
    const { code } = await demo.exit;
    expect(code).toBe(0);
    expect(demo.output().stdout).toMatch(/usage: npm run demo[\s\S]*--fail[\s\S]*--no-build/);
  }, 60_000);
});

describe('npm run demo: stopping leaves nothing behind', () => {
  const buildSkip = localRegistryMissing();
  (buildSkip ? it.skip : it)(
    'Ctrl-C during the first step stops the registry and removes the work folder and its auth file',
    async () => {
      const demo = startDemo();
      const [, port] = await demo.printed(/registry: docker-registry on 127\.0\.0\.1:(\d+)/);
      const [, dir] = await demo.printed(/work folder: (\S+)/);
      await demo.printed(/── 1\. /);
      expect(existsSync(dir)).toBe(true);
      demo.child.kill('SIGINT');
      const { code } = await demo.exit;
      expect(code).toBe(130);
      expect(demo.output().stderr).toMatch(/SIGINT: stopping the step, the registry and the emulator/);
      expect(existsSync(dir)).toBe(false);
      expect(existsSync(path.join(dir, 'auth.json'))).toBe(false);
      expect(await refused(Number(port))).toBe(true);
    },
    120_000,
  );

  it('a closed output (npm run demo | head) stops the emulator and removes the work folder', async () => {
    const demo = startDemo('--no-build');
    const [, endpointPort] = await demo.printed(
      /emulator \(ECS, ECR Public, ELBv2\): http:\/\/127\.0\.0\.1:(\d+)/,
    );
    const [, dir] = await demo.printed(/work folder: (\S+)/);
    await demo.printed(/── 1\. /);
    demo.child.stdout.destroy();
    const { code } = await demo.exit;
    expect(code).toBe(1);
    expect(demo.output().stderr).toMatch(/output closed: stopping/);
    expect(existsSync(dir)).toBe(false);
    expect(await refused(Number(endpointPort))).toBe(true);
  }, 120_000);
});
