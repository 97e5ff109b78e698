import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/run-action.js';

describe('README reference', () => {
  it('is what npm run docs generates from the action.yml files (no drift)', () => {
    const check = spawnSync(process.execPath, ['scripts/docs.mjs', '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('lists every input of every action', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const name of [
      'prebuilt-image',
      'task-definition-tags',
      'rollback-task-definition',
      'push-retries',
      'environment-variables-mode',
    ]) {
      expect(readme).toContain(`| \`${name}\` |`);
    }
  });
});

describe('README "Coming from aws-actions"', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('### Coming from aws-actions'),
    readme.indexOf('## Behaviour worth knowing'),
  );
  const fixtures = readdirSync(path.join(repoRoot, '__tests__/fixtures/reference'));

  it.each(fixtures)("lists every input and output of %s, in its action's table", (fixture) => {
    const reference = parse(
      readFileSync(path.join(repoRoot, '__tests__/fixtures/reference', fixture), 'utf8'),
    );
    const start = section.indexOf(`**${reference.repository}** → \`${reference.ours}\``);
    expect(start).toBeGreaterThan(0);
    const table = section.slice(start).split('\n\n')[1];
    const rows = table
      .split('\n')
      .map((row) => /^\| (?:output )?`([^`]+)`/.exec(row)?.[1])
      .filter(Boolean);
    expect(rows.sort()).toEqual(
      [...Object.keys(reference.inputs), ...Object.keys(reference.outputs ?? {})].sort(),
    );
  });
});
