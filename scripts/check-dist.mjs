// Fails when dist/ in the working tree is not exactly what is committed: `npm run check-dist`
// runs it after `npm run bundle`, so any difference is a build nobody committed.
//
// `git diff -- dist/` alone only sees tracked files: a new chunk file the build added
// (dist/<action>/N.index.js, loaded lazily by index.js) passed the check and was then missing at
// run time. `git status --porcelain` also lists untracked files (every one, not only their
// folder, with --untracked-files=all), deleted ones, and changes staged but not committed.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const KINDS = { '??': 'not committed', D: 'deleted', A: 'added but not committed', R: 'renamed' };

/**
 * The differences in `git status --porcelain=v1 -z` output, as `<kind>: <path>` lines. With -z,
 * paths are not quoted and a rename is followed by its old path as a separate entry.
 */
export function distDifferences(porcelain) {
  const entries = porcelain.split('\0').filter(Boolean);
  const lines = [];
  for (let i = 0; i < entries.length; i++) {
    const status = entries[i].slice(0, 2);
    const file = entries[i].slice(3);
    if (status[0] === 'R' || status[0] === 'C') i++; // skip the old path
    const kind = KINDS[status] ?? KINDS[status.trim()] ?? KINDS[status[0]] ?? KINDS[status[1]] ?? 'changed';
    lines.push(`${kind}: ${file}`);
  }
  return lines;
}

function main() {
  const status = spawnSync(
    'git',
    ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', 'dist/'],
    { encoding: 'utf8' },
  );
  if (status.status !== 0) {
    console.error(`check-dist: git status failed: ${status.stderr.trim()}`);
    process.exit(2);
  }
  const differences = distDifferences(status.stdout);
  if (differences.length === 0) {
    console.log('dist/ is up to date');
    return;
  }
  console.error(
    `dist/ is not what the build makes (${differences.length} file(s)):\n` +
      differences.map((line) => `  ${line}`).join('\n') +
      '\nRun npm run bundle and commit dist/ (new files too: git add dist/).',
  );
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
