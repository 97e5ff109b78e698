import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isCollection, LineCounter, parseDocument } from 'yaml';
import {
  readDocument,
  documentError,
  MAX_DOCUMENT_BYTES,
  parseDocumentText,
} from '../../../src/lib/documents.js';
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
  it('reads JSON and YAML relative to GITHUB_WORKSPACE', async () => {
    expect((await readDocument('f', write('a.json', '{"family": "x"}'))).data).toEqual({ family: 'x' });
    expect((await readDocument('f', write('a.yaml', 'family: x\ncpu: "256"\n'))).data).toEqual({
      family: 'x',
      cpu: '256',
    });
  });

  it('finds the line of a nested value', async () => {
    const doc = await readDocument(
      'f',
      write('b.yaml', 'family: x\ncontainerDefinitions:\n  - name: a\n    image: b\n'),
    );
    expect(doc.lineOf(['containerDefinitions', 0, 'image'])).toBe(4);
    expect(doc.lineOf(['containerDefinitions', 0, 'missing'])).toBe(3);
  });

  it('reports a JSON syntax error with its line and column', async () => {
    await expect(
      readDocument('task-definition', write('bad.json', '{\n  "family": "x",\n  oops\n}')),
    ).rejects.toThrow(/^Input 'task-definition': .*bad\.json is not valid JSON \(line 3/);
  });

  it('refuses a missing file, naming the path', async () => {
    await expect(readDocument('task-definition', 'nope.json')).rejects.toThrow(
      /file not found: .*nope\.json/,
    );
  });

  it('refuses relative paths that escape the workspace but takes absolute paths', () => {
    expect(() => resolveInputPath('task-definition', '../../etc/passwd')).toThrow(
      /points outside the workspace/,
    );
    expect(resolveInputPath('task-definition', '/tmp/x.json')).toBe('/tmp/x.json');
  });

  it('refuses files over the size limit, non-UTF-8 bytes and YAML alias bombs', async () => {
    await expect(readDocument('f', write('huge.json', ' '.repeat(MAX_DOCUMENT_BYTES + 1)))).rejects.toThrow(
      /over the .*-byte limit/,
    );
    await expect(readDocument('f', write('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d])))).rejects.toThrow(
      /not valid UTF-8/,
    );
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]}]`,
      );
    await expect(readDocument('f', write('bomb.yaml', bomb.join('\n')))).rejects.toThrow(/aliases/i);
  });

  it('annotates document errors with file and line', async () => {
    const doc = await readDocument('f', write('c.yaml', 'family: x\ncpu: [1]\n'));
    const error = documentError('f', doc, ['cpu'], 'cpu must be a string');
    expect(error.message).toBe("Input 'f': c.yaml:2: cpu must be a string");
    expect(error.location).toMatchObject({ input: 'f', line: 2, file: path.join(workspace, 'c.yaml') });
  });
});

// JSON is read without the YAML parser (issue 18: it was most of a deploy step's startup); these
// hold the JSON reader to what the YAML parser answered for the same text.
describe('JSON read without the YAML parser, with the same lines and errors', () => {
  const yamlLine = (text: string, at: (string | number)[]): number | undefined => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
    let offset = (doc.getIn(at, true) as { range?: number[] } | undefined)?.range?.[0];
    if (offset === undefined && at.length > 0) {
      const parent = doc.getIn(at.slice(0, -1), true);
      if (isCollection(parent)) offset = parent.range?.[0];
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  /** Every path to a value of `data`, and one missing member under each object and array. */
  const paths = (data: unknown, at: (string | number)[] = []): (string | number)[][] => {
    if (data === null || typeof data !== 'object') return [at];
    const keys: (string | number)[] = Array.isArray(data) ? data.map((_, index) => index) : Object.keys(data);
    return [
      at,
      [...at, 'missing'],
      [...at, 7],
      ...keys.flatMap((key) => paths((data as Record<string, unknown>)[key], [...at, key])),
    ];
  };
  const definition = {
    family: 'web',
    containerDefinitions: [
      { name: 'a', image: 'x:1', portMappings: [{ containerPort: 80 }], environment: [] },
      { name: 'b', essential: false, cpu: 256, dockerLabels: { __proto__: 'p', 'a.b': '' } },
    ],
    volumes: [],
    tags: null,
  };
  const texts = [
    JSON.stringify(definition, null, 2),
    JSON.stringify(definition),
    JSON.stringify(definition, null, '\t').replace(/\n/g, '\r\n'),
    '{\n"containerDefinitions":\n[\n{\n"name"\n:\n"a"\n}\n]\n,\n"family": "web"}\n',
    '  [1,\n [2,\n  {"a":\n   {"b": [\n\n3]}}]]',
  ];

  it.each(texts.map((text, index) => [index, text]))(
    'text %i: every path, present or missing',
    async (_, text) => {
      const doc = await parseDocumentText('f', 'td.json', text);
      expect(doc.data).toEqual(JSON.parse(text));
      for (const at of [...paths(JSON.parse(text)), ['containerDefinitions', '1', 'name'], ['family', 'x']])
        expect([at, doc.lineOf(at)]).toEqual([at, yamlLine(text, at)]);
    },
  );

  it.each([
    ['{"a": 1, "a": 2}', 'td.json', 'JSON'],
    ['{\n  "a": 1\n  ,"a": 2\n}', 'td.json', 'JSON'],
    ['{"o": {"b": [1, {"c": 1,\n\n    "c":2}]}}', 'td.yaml', 'JSON or YAML'],
    ['{"a":1,"\\u0061":2}', 'td.json', 'JSON'],
    ['[\n{"x":1},\n{"x": 1, "x": 2}]', 'td.yml', 'JSON or YAML'],
  ])('a duplicate key in %j is refused where the YAML parser refused it', async (text, file, format) => {
    const lineCounter = new LineCounter();
    const [error] = parseDocument(text, { lineCounter, uniqueKeys: true }).errors;
    const where = lineCounter.linePos(error.pos[0]);
    await expect(parseDocumentText('f', file, text)).rejects.toThrow(
      `Input 'f': ${file} is not valid ${format} (line ${where.line}, column ${where.col}): duplicate key`,
    );
  });
});
