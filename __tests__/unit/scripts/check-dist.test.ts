import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../helpers/run-action.js';

/**
 * `npm run check-dist` rebuilds dist/ and must fail whenever the committed dist/ is not what the
 * build made: a changed file, a chunk file (`dist/<action>/N.index.js`) the build added but nobody
 * committed (it would be missing at run time), or one it no longer makes. The check runs after the
 * build, against a temporary git repository holding a committed dist/.
 */
const checkDist = path.join(repoRoot, 'scripts/check-dist.mjs');

function repoWithDist(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'check-dist-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
  git('init', '-q');
  mkdirSync(path.join(dir, 'dist/ecs-deploy'), { recursive: true });
  writeFileSync(path.join(dir, 'dist/ecs-deploy/index.js'), 'import("./212.index.js")\n');
  writeFileSync(path.join(dir, 'dist/ecs-deploy/212.index.js'), 'export {}\n');
  writeFileSync(path.join(dir, 'README.md'), 'outside dist\n');
  git('add', '.');
  git('commit', '-q', '-m', 'dist');
  return dir;
}

function runCheck(dir: string) {
  const result = spawnSync(process.execPath, [checkDist], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('scripts/check-dist.mjs', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const fresh = () => {
    const dir = repoWithDist();
    dirs.push(dir);
    return dir;
  };

  it('passes when dist/ is exactly what is committed (changes outside dist/ do not count)', () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'README.md'), 'changed\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'untracked outside dist\n');
    expect(runCheck(dir)).toEqual({ code: 0, output: 'dist/ is up to date\n' });
  });

  it.each([
    [
      'an untracked chunk file',
      (dir: string) => writeFileSync(path.join(dir, 'dist/ecs-deploy/498.index.js'), 'export {}\n'),
      'not committed: dist/ecs-deploy/498.index.js',
    ],
    [
      'an untracked file in a new action folder',
      (dir: string) => {
        mkdirSync(path.join(dir, 'dist/new-action'));
        writeFileSync(path.join(dir, 'dist/new-action/index.js'), '\n');
      },
      'not committed: dist/new-action/index.js',
    ],
    [
      'a committed file the build no longer makes',
      (dir: string) => rmSync(path.join(dir, 'dist/ecs-deploy/212.index.js')),
      'deleted: dist/ecs-deploy/212.index.js',
    ],
    [
      'a changed file',
      (dir: string) => writeFileSync(path.join(dir, 'dist/ecs-deploy/index.js'), 'changed\n'),
      'changed: dist/ecs-deploy/index.js',
    ],
  ])('fails on %s and names it', (_, change, named) => {
    const dir = fresh();
    change(dir);
    const { code, output } = runCheck(dir);
    expect(code).toBe(1);
    expect(output).toContain(named);
    expect(output).toContain('npm run bundle');
  });

  it('is what npm run check-dist runs after the build', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['check-dist']).toBe('node scripts/bundle.mjs && node scripts/check-dist.mjs');
  });
});
