import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDocument, documentError, MAX_DOCUMENT_BYTES } from '../../../src/lib/documents.js';
import { resolveInputPath } from '../../../src/lib/input-path.js';

const workspace = mkdtempSync(path.join(os.tmpdir(), 'docs-'));
const write = (name: string, content: string | Buffer) => {
  writeFileSync(path.join(workspace, name), content);
  return name;
};

beforeAll(() => {
  process.env.GITHUB_WORKSPACE = workspace;
});
afterAll(() => {
  delete process.env.GITHUB_WORKSPACE;
});

describe('readDocument', () => {
  it('reads JSON and YAML relative to GITHUB_WORKSPACE', () => {
    expect(readDocument('f', write('a.json', '{"family": "x"}')).data).toEqual({ family: 'x' });
    expect(readDocument('f', write('a.yaml', 'family: x\ncpu: "256"\n')).data).toEqual({
      family: 'x',
      cpu: '256',
    });
  });

  it('finds the line of a nested value', () => {
    const doc = readDocument(
      'f',
      write('b.yaml', 'family: x\ncontainerDefinitions:\n  - name: a\n    image: b\n'),
    );
    expect(doc.lineOf(['containerDefinitions', 0, 'image'])).toBe(4);
    expect(doc.lineOf(['containerDefinitions', 0, 'missing'])).toBe(3);
  });

  it('reports a JSON syntax error with its line and column', () => {
    expect(() =>
      readDocument('task-definition', write('bad.json', '{\n  "family": "x",\n  oops\n}')),
    ).toThrow(/^Input 'task-definition': .*bad\.json is not valid JSON \(line 3/);
  });

  it('refuses a missing file, naming the path', () => {
    expect(() => readDocument('task-definition', 'nope.json')).toThrow(/file not found: .*nope\.json/);
  });

  it('refuses relative paths that escape the workspace but takes absolute paths', () => {
    expect(() => resolveInputPath('task-definition', '../../etc/passwd')).toThrow(
      /points outside the workspace/,
    );
    expect(resolveInputPath('task-definition', '/tmp/x.json')).toBe('/tmp/x.json');
  });

  it('refuses files over the size limit, non-UTF-8 bytes and YAML alias bombs', () => {
    expect(() => readDocument('f', write('huge.json', ' '.repeat(MAX_DOCUMENT_BYTES + 1)))).toThrow(
      /over the .*-byte limit/,
    );
    expect(() => readDocument('f', write('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d])))).toThrow(
      /not valid UTF-8/,
    );
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]}]`,
      );
    expect(() => readDocument('f', write('bomb.yaml', bomb.join('\n')))).toThrow(/aliases/i);
  });

  it('annotates document errors with file and line', () => {
    const doc = readDocument('f', write('c.yaml', 'family: x\ncpu: [1]\n'));
    const error = documentError('f', doc, ['cpu'], 'cpu must be a string');
    expect(error.message).toBe("Input 'f': c.yaml:2: cpu must be a string");
    expect(error.location).toMatchObject({ input: 'f', line: 2, file: path.join(workspace, 'c.yaml') });
  });
});
