import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/run-action.js';

/**
 * The documentation is self-contained (issue 16): every Markdown file of the repository links only
 * to files of the repository that exist, at headings that exist, and names no file that lives
 * outside it (the contract used to be `../shared/INTERFACE.md`, beside the checkout; it is
 * docs/contract.md now). A link to a web page is not checked.
 */
const markdownFiles = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '*.md'],
  { cwd: repoRoot, encoding: 'utf8' },
)
  .split('\0')
  .filter((file) => file && existsSync(path.join(repoRoot, file)));

/** Names of files outside the repository that the docs once relied on. */
const OUTSIDE_NAMES = [
  /INTERFACE\.md/,
  /(^|[^\w.-])\.\.\/shared\b/,
  /(^|[\s`(])shared\/[\w.-]+\.md/,
  /\/work\//,
];

interface Line {
  text: string;
  number: number;
  inFence: boolean;
}

function linesOf(file: string): Line[] {
  let inFence = false;
  return readFileSync(path.join(repoRoot, file), 'utf8')
    .split('\n')
    .map((text, i) => {
      const fence = /^\s*(```|~~~)/.test(text);
      if (fence) inFence = !inFence;
      return { text, number: i + 1, inFence: inFence || fence };
    });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, -1 for a repeat. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of linesOf(file)) {
    const heading = !line.inFence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line.text);
    if (!heading) continue;
    const text = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  }
  for (const match of readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/<a (?:name|id)="([^"]+)"/g))
    anchors.add(match[1]);
  return anchors;
}

/** Link targets on a line: `[text](target)`, `[label]: target`, `href="target"`, `src="target"`. */
function targetsOf(text: string): string[] {
  const targets = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const definition = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(text);
  if (definition) targets.push(definition[1]);
  for (const m of text.matchAll(/\b(?:href|src)="([^"]+)"/g)) targets.push(m[1]);
  return targets;
}

/** What is wrong with one link target, or undefined. */
function linkProblem(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto:: not ours to check
  const [rawPath, anchor] = target.split('#', 2);
  const decoded = decodeURIComponent(rawPath);
  const resolved = !decoded
    ? path.join(repoRoot, file)
    : decoded.startsWith('/')
      ? path.join(repoRoot, decoded) // GitHub resolves a leading / at the repository's root
      : path.resolve(repoRoot, path.dirname(file), decoded);
  const relative = path.relative(repoRoot, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative))
    return `links outside the repository: ${target}`;
  if (!existsSync(resolved)) return `links to a missing file: ${target}`;
  if (anchor && statSync(resolved).isFile() && resolved.endsWith('.md') && !anchorsOf(relative).has(anchor))
    return `links to a missing heading: ${target}`;
  return undefined;
}

function problemsOf(file: string): string[] {
  const problems: string[] = [];
  for (const line of linesOf(file)) {
    for (const name of OUTSIDE_NAMES) {
      if (name.test(line.text))
        problems.push(`${file}:${line.number}: names a file outside the repository: ${line.text.trim()}`);
    }
    if (line.inFence) continue;
    for (const target of targetsOf(line.text)) {
      const problem = linkProblem(file, target);
      if (problem) problems.push(`${file}:${line.number}: ${problem}`);
    }
  }
  return problems;
}

describe('Markdown files stay inside the repository', () => {
  it('finds the documentation', () => {
    expect(markdownFiles).toEqual(expect.arrayContaining(['README.md', 'docs/contract.md', 'SECURITY.md']));
  });

  it.each(markdownFiles)(
    '%s links only to files and headings of the repository, and names none outside it',
    (file) => {
      expect(problemsOf(file)).toEqual([]);
    },
  );

  it('the README links the contract', () => {
    expect(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).toContain('](docs/contract.md)');
  });
});

describe('the check itself', () => {
  // Checked against the repository's own files, so the paths below are real.
  it.each([
    ['docs/x.md', '../../shared/INTERFACE.md', 'links outside the repository'],
    ['docs/x.md', '../shared/INTERFACE.md', 'links to a missing file'],
    ['docs/x.md', '../../elsewhere.md', 'links outside the repository'],
    ['README.md', '../README.md', 'links outside the repository'],
    ['README.md', 'docs/nowhere.md', 'links to a missing file'],
    ['README.md', 'docs/contract.md#no-such-heading', 'links to a missing heading'],
    ['docs/x.md', 'contract.md#what-healthy-means', undefined],
    ['docs/x.md', '../README.md#coming-from-aws-actions', undefined],
    ['docs/x.md', '../README.md#waiting-npm-run-benchwait', undefined],
    ['README.md', '#reference', undefined],
    ['README.md', '/docs/contract.md', undefined],
    ['README.md', 'https://example.com/../x', undefined],
  ])('in %s, %s: %s', (file, target, problem) => {
    const found = linkProblem(file, target);
    if (problem) expect(found).toContain(problem);
    else expect(found).toBeUndefined();
  });

  it.each([
    ['follow the team contract (INTERFACE.md)'],
    ['Contract: `../shared/INTERFACE.md`'],
    ['those of `shared/INTERFACE.md`'],
    ['see ../shared/STYLE.md'],
    ['in /work/shared/seed'],
  ])('%j names a file outside the repository', (text) => {
    expect(OUTSIDE_NAMES.some((name) => name.test(text))).toBe(true);
  });

  it.each([['s3://my-bucket/shared/common.env'], ['examples/shared-vpc.md'], ['docs/contract.md']])(
    '%j does not',
    (text) => {
      expect(OUTSIDE_NAMES.some((name) => name.test(text))).toBe(false);
    },
  );

  it('finds every kind of link', () => {
    expect(targetsOf('[a](docs/a.md) [b](<b.md> "title") [c]: ../c.md')).toEqual(['docs/a.md', 'b.md']);
    expect(targetsOf('[c]: ../c.md')).toEqual(['../c.md']);
    expect(targetsOf('<img src="x.png"> <a href="../y.md">y</a>')).toEqual(['x.png', '../y.md']);
  });
});
