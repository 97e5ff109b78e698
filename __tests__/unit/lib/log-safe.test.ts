import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { controlCharacter, logSafe, logSafeLines, logSafeStream } from '../../../src/lib/log-safe.js';
import { renderSummary } from '../../../src/lib/summary.js';
import { HOSTILE, injectedCommands } from '../../helpers/runner-commands.js';

describe('logSafe: no value can become a workflow command', () => {
  it.each(HOSTILE)('%s', (_what, value) => {
    const line = logSafe(value);
    expect(controlCharacter(line)).toBeUndefined();
    expect(injectedCommands(line)).toEqual([]);
    // Printed after a prefix of ours, too.
    expect(injectedCommands(`container ${line}: added`)).toEqual([]);
  });

  it.each([
    ['x\ny', 'x\\ny'],
    ['x\r\ny', 'x\\r\\ny'],
    ['tab\there', 'tab\\there'],
    ['a\u2028b', 'a\\u2028b'],
    ['\u001b[31mred', '\\u001b[31mred'],
    ['x ##[error]y', 'x ##\\[error]y'],
    ['::error::y', '\\::error::y'],
    ['  ::error::y', '  \\::error::y'],
    // Ordinary text is unchanged: ARNs with ::, colons, percent signs, unicode.
    ['arn:aws:iam::123456789012:role/app', 'arn:aws:iam::123456789012:role/app'],
    ['50% → done ✓', '50% → done ✓'],
  ])('escapes %j visibly as %j', (value, expected) => {
    expect(logSafe(value)).toBe(expected);
  });

  it('keeps the line breaks of a multi-line message and escapes each line', () => {
    expect(logSafeLines('build failed:\r\n::error::x\nstep 2\u2028y')).toBe(
      'build failed:\n\\::error::x\nstep 2\\u2028y',
    );
  });
});

describe('logSafeStream: a child process output, line by line', () => {
  it('escapes each line, joins lines split across chunks and flushes the last one', () => {
    const target = new PassThrough();
    let written = '';
    target.on('data', (chunk) => (written += chunk));
    const stream = logSafeStream(target);
    stream.write('STEP 1: FROM scratch\n::warn');
    stream.write('ing::PWNED\r\nLABEL x="##[error]PWNED"\nlast');
    stream.flush();
    expect(written).toBe('STEP 1: FROM scratch\n\\::warning::PWNED\nLABEL x="##\\[error]PWNED"\nlast\n');
    expect(injectedCommands(written)).toEqual([]);
  });
});

describe('the job summary keeps every value in its cell and line', () => {
  it.each(HOSTILE)('%s', (_what, value) => {
    const text = renderSummary({
      title: `Deploy ${value}`,
      facts: [[`name ${value}`, `value ${value}`]],
      details: [{ heading: 'Changes', lines: [`- container ${value}: added`] }],
    });
    // Title, blank, table head (2), one row, blank, heading, blank, one bullet: nothing more.
    expect(text.split(/\r\n|\r|\n/)).toHaveLength(10);
    expect(controlCharacter(text.replace(/\n/g, ''))).toBeUndefined();
  });
});

describe('controlCharacter names the first control character', () => {
  it.each([
    ['a\nb', 'a line feed (U+000A)'],
    ['a\rb', 'a carriage return (U+000D)'],
    ['a\tb', 'a tab (U+0009)'],
    ['a\u2028b', 'a line separator (U+2028)'],
    ['a\u2029b', 'a paragraph separator (U+2029)'],
    ['a\u0000b', 'a control character (U+0000)'],
    ['a\u001bb', 'a control character (U+001B)'],
    ['a\u0085b', 'a control character (U+0085)'],
    ['a\u007fb', 'a control character (U+007F)'],
  ])('%j: %s', (value, expected) => {
    expect(controlCharacter(value)).toBe(expected);
  });
  it.each(['plain', 'ümlaut ✓', 'arn:aws:iam::1:role/x', '##[x]', ''])('%j has none', (value) => {
    expect(controlCharacter(value)).toBeUndefined();
  });
});

describe('one way to print', () => {
  const srcDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
    });

  it('no module but lib/log-safe.ts prints through @actions/core directly', () => {
    const direct = files(srcDir)
      .filter((file) => !file.endsWith(path.join('lib', 'log-safe.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, where: `${path.relative(srcDir, file)}:${index + 1}` }))
          .filter(({ line }) =>
            /\bcore\.(info|warning|error|notice|debug|group|startGroup)\(|\bconsole\.(log|info|warn|error|debug)\(|process\.stdout\.write/.test(
              line,
            ),
          )
          .map(({ where }) => where),
      );
    expect(direct).toEqual([]);
  });
});
