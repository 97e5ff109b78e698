import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../helpers/run-action.js';

// Real parts: `npm run demo` as a person runs it (tsx scripts/demo.ts): the emulator, the five
// bundles as processes, buildah and docker-registry where installed.
function demo(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/demo.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('npm run demo', () => {
  it('builds, pushes, renders, deploys and waits until healthy, then prints the job summary', async () => {
    const { code, output } = await demo();
    expect(output).toMatch(/── 1\. Log in to ECR Public/);
    expect(output).toMatch(/Pushed .*sites-management-api:sha-[0-9a-f]{7}/);
    expect(output).toMatch(/Registered sites-management-api:2/);
    expect(output).toMatch(/registered 1 targets in \(target-group/);
    expect(output).toMatch(/── Job summary/);
    expect(output).toMatch(
      /✔ sites-management-api deployed and healthy in [\d.]+ s: sites-management-api:1 → sites-management-api:2/,
    );
    expect(code).toBe(0);
  }, 120_000);

  it('--fail shows a crashing image detected and the service back on its previous revision', async () => {
    const { code, output } = await demo('--fail', '--no-build');
    expect(output).toMatch(/no local build: --no-build/);
    expect(output).toMatch(/Essential container in task exited/);
    expect(output).toMatch(
      /the step failed, as it should, and the service runs sites-management-api:1 again/,
    );
    expect(code).toBe(0);
  }, 120_000);
});
