import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
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
