import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../../src/lib/errors.js';
import { jsonSyntaxError, readDocument } from '../../../src/lib/documents.js';
import { resolveInputPath } from '../../../src/lib/input-path.js';

// A file's syntax error names the line and column only: the file's characters never reach the
// message (a malformed file may hold a secret next to the mistake), and the position comes from
// a tokenizer that reports it, not from the text of V8's message.
const root = mkdtempSync(path.join(os.tmpdir(), 'doc-errors-'));
const workspace = path.join(root, 'workspace');
const outside = path.join(root, 'outside');
mkdirSync(workspace);
mkdirSync(outside);

beforeAll(() => {
  process.env.GITHUB_WORKSPACE = workspace;
});
afterAll(() => {
  delete process.env.GITHUB_WORKSPACE;
});

const SECRET = 'sk_live_9f8e7d6c5b4a';
/** 7 lines; each error is on the line and column given (1-based). */
const MALFORMED: [string, string, number, number][] = [
  [
    'a missing comma after a secret',
    `{\n  "family": "web",\n  "containerDefinitions": [],\n  "environment": [\n    {"name": "DB", "value": "${SECRET}"}\n    {"name": "X"}\n]}\n`,
    6,
    5,
  ],
  ['a trailing comma', `{\n  "family": "web",\n  "x": "${SECRET}",\n\n\n\n}\n`, 7, 1],
  [
    'an unterminated string holding a secret',
    `{\n  "family": "web",\n\n\n\n  "token": "${SECRET}\n}\n`,
    6,
    12,
  ],
  ['an unquoted key', `{\n\n\n\n\n  ${SECRET}: 1\n}\n`, 6, 3],
  ['a single-quoted value', `{\n  "a": 1,\n\n\n\n  "b": '${SECRET}'\n}\n`, 6, 8],
  ['a file cut short', `{\n  "a": 1,\n\n\n\n  "b": "${SECRET}",\n  "c": [1,\n`, 7, 11],
  ['a control character in a string', `{\n\n\n\n\n\n  "b": "${SECRET}\u0007"}\n`, 7, 29],
  ['a second value after the object', `{"a": 1}\n\n\n\n\n\n"${SECRET}"\n`, 7, 1],
  ['a lone minus', `{\n\n\n\n\n  "s": "${SECRET}",\n  "b": -}\n`, 7, 9],
];

describe('JSON syntax errors: line and column, no characters of the file', () => {
  it.each(MALFORMED)('%s', async (_what, text, line, column) => {
    expect(text.split('\n')).toHaveLength(8); // 7 lines and the final newline
    expect(jsonSyntaxError(text)).toMatchObject({ line, column });
    const file = `bad-${line}-${column}-${text.length}.json`;
    writeFileSync(path.join(workspace, file), text);
    let error: unknown;
    try {
      await readDocument('task-definition', file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).toContain(`is not valid JSON (line ${line}, column ${column})`);
    expect((error as InputError).location).toMatchObject({ line, column });
    expect(message).not.toContain(SECRET.slice(0, 6));
    // The words do not depend on the file's characters: another secret, the same message.
    const other = text.split(SECRET).join('zz_other_00000000000');
    expect(other).not.toBe(text);
    expect(jsonSyntaxError(other)).toEqual(jsonSyntaxError(text));
  });

  it('accepts every valid JSON text (the tokenizer agrees with JSON.parse)', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e+3, 0, true, false, null, "x\\"y\\u00e9\\n"], "b": {"c": {}}}\n',
      '"just a string"',
      '-0.0E-1',
    ]) {
      expect(jsonSyntaxError(text)).toBeUndefined();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('agrees with JSON.parse on every one-character edit of a definition', () => {
    const sample = JSON.stringify(
      { family: 'web', n: [1, -2.5e3, 0], ok: true, no: null, s: 'a\\"b\\u00e9', o: { x: {} } },
      null,
      1,
    );
    let edits = 0;
    for (let index = 0; index <= sample.length; index++) {
      for (const edited of [
        sample.slice(0, index) + sample.slice(index + 1),
        sample.slice(0, index) + ',' + sample.slice(index),
        sample.slice(0, index) + '-' + sample.slice(index),
      ]) {
        let valid = true;
        try {
          JSON.parse(edited);
        } catch {
          valid = false;
        }
        expect([edited, jsonSyntaxError(edited) === undefined]).toEqual([edited, valid]);
        edits++;
      }
    }
    expect(edits).toBeGreaterThan(300);
  });

  it('YAML errors name the line and the kind of problem, not the content', async () => {
    const file = 'bad.yaml';
    writeFileSync(path.join(workspace, file), `family: web\nsecret: "${SECRET}\n  bad: [\n`);
    await expect(readDocument('task-definition', file)).rejects.toThrow(
      /is not valid JSON or YAML \(line \d+, column \d+\)/,
    );
    try {
      await readDocument('task-definition', file);
    } catch (error) {
      expect((error as Error).message).not.toContain(SECRET.slice(0, 6));
    }
  });
});

describe('relative paths through symlinks are held to the workspace', () => {
  beforeAll(() => {
    writeFileSync(path.join(outside, 'td.json'), '{"family": "x"}');
    writeFileSync(path.join(workspace, 'real.json'), '{"family": "x"}');
    symlinkSync(path.join(outside, 'td.json'), path.join(workspace, 'link.json'));
    symlinkSync(outside, path.join(workspace, 'linked-dir'));
    symlinkSync(path.join(workspace, 'real.json'), path.join(workspace, 'inner-link.json'));
  });

  it.each([
    ['a file symlink leading outside', 'link.json'],
    ['a directory symlink leading outside', 'linked-dir/td.json'],
    ['a symlinked directory itself', 'linked-dir'],
  ])('refuses %s', async (_what, given) => {
    expect(() => resolveInputPath('task-definition', given)).toThrow(
      /^Input 'task-definition': '.*' points outside the workspace/,
    );
    await expect(readDocument('task-definition', given)).rejects.toThrow(/points outside the workspace/);
  });

  it('takes a symlink that stays inside, and absolute paths as given', async () => {
    expect((await readDocument('task-definition', 'inner-link.json')).data).toEqual({ family: 'x' });
    expect((await readDocument('task-definition', path.join(outside, 'td.json'))).data).toEqual({
      family: 'x',
    });
  });
});
