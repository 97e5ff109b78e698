/**
 * examples/monorepo/changed-services.mjs: which services of a monorepo the matrix deploys, from
 * the files a push changed; and the command line, on a real git repository, as
 * examples/workflows/monorepo.yml runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error -- plain JavaScript, copied into the monorepo and run there without a build
import { changedServices, parseServices } from '../../../examples/monorepo/changed-services.mjs';
import { repoRoot } from '../../helpers/run-action.js';

const servicesFile = path.join(repoRoot, 'examples/monorepo/services.json');
const services = parseServices(readFileSync(servicesFile, 'utf8'));

describe('changedServices', () => {
  it.each([
    ['one service folder', ['services/idp/src/main.ts'], ['idp']],
    ['a shared library', ['libs/ui/button.tsx'], ['web-ui-client', 'web-ui-management']],
    ['two services', ['services/idp/a', 'services/human-detection/b'], ['human-detection', 'idp']],
    ['no service path', ['README.md', '.github/workflows/ci.yml'], []],
    ['a prefix that is not the folder', ['services/idp-old/a', 'services/idpx'], []],
    ['nothing', [], []],
    ['unknown (a manual run, a first push)', undefined, services.map((s: { service: string }) => s.service)],
  ])('%s', (_, changed, expected) => {
    expect(changedServices(changed, services)).toEqual(expected);
  });

  it('a path without a trailing slash is one file', () => {
    const one = [{ service: 'a', paths: ['Dockerfile'] }];
    expect(changedServices(['Dockerfile'], one)).toEqual(['a']);
    expect(changedServices(['Dockerfile.dev'], one)).toEqual([]);
  });

  it.each([
    ['[]', /non-empty array/],
    ['[{"service":"a b","paths":["x/"]}]', /services.json\[0\].service/],
    ['[{"service":"a","paths":[]}]', /services.json\[0\].paths/],
  ])('refuses services.json %s', (text, error) => {
    expect(() => parseServices(text)).toThrow(error);
  });
});

describe('the command line, on a git repository', () => {
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();

  it('writes the matrix of the services whose paths changed between two commits, or all of them', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'monorepo-'));
    git(dir, 'init', '-q');
    mkdirSync(path.join(dir, '.github/scripts'), { recursive: true });
    cpSync(servicesFile, path.join(dir, '.github/services.json'));
    cpSync(
      path.join(repoRoot, 'examples/monorepo/changed-services.mjs'),
      path.join(dir, '.github/scripts/changed-services.mjs'),
    );
    mkdirSync(path.join(dir, 'services/idp'), { recursive: true });
    writeFileSync(path.join(dir, 'services/idp/a'), '1');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'one');
    const base = git(dir, 'rev-parse', 'HEAD');
    writeFileSync(path.join(dir, 'services/idp/a'), '2');
    git(dir, 'commit', '-qam', 'two');
    const head = git(dir, 'rev-parse', 'HEAD');

    const run = (from: string) => {
      const output = path.join(dir, `output-${from || 'none'}`);
      writeFileSync(output, '');
      const result = spawnSync(process.execPath, ['.github/scripts/changed-services.mjs', from, head], {
        cwd: dir,
        env: { PATH: process.env.PATH, GITHUB_OUTPUT: output },
        encoding: 'utf8',
      });
      expect(result.status).toBe(0);
      return Object.fromEntries(
        readFileSync(output, 'utf8')
          .trim()
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    };
    const changed = run(base);
    expect(changed.count).toBe('1');
    expect(JSON.parse(changed.matrix)).toEqual({ include: [services.find((s: any) => s.service === 'idp')] });
    expect(run('0'.repeat(40)).count).toBe('6');
    expect(run('').count).toBe('6');
  });
});
