import { InputError } from '../../../src/lib/errors.js';
import { Inputs } from '../../../src/lib/inputs.js';
import { controlCharacter } from '../../../src/lib/log-safe.js';

// Every single-line reader of the one input reader, and the keys and items of the multi-line
// ones, reject control characters with an error naming the input and the character: such a
// value is never a real name, tag or target, and printed it could start a workflow command.
const from = (values: Record<string, string>) => new Inputs((name) => values[name]);

const READERS: [string, (inputs: Inputs) => unknown][] = [
  ['string', (inputs) => inputs.string('x')],
  ['optional', (inputs) => inputs.optional('x')],
  ['boolean', (inputs) => inputs.boolean('x', false)],
  ['integer', (inputs) => inputs.integer('x')],
  ['number', (inputs) => inputs.number('x')],
  ['choice', (inputs) => inputs.choice('x', ['a', 'b'] as const, 'a')],
  ['region', (inputs) => inputs.region('x')],
  ['list item', (inputs) => inputs.list('x')],
  ['comma list item', (inputs) => inputs.commaList('x')],
  ['KEY=VALUE key', (inputs) => inputs.keyValues('x')],
  ['KEY=VALUE value', (inputs) => inputs.keyValues('x')],
];

const VALUES: [string, string, string][] = [
  ['a line feed', 'a\n::stop-commands::x', 'a line feed (U+000A)'],
  ['a carriage return', 'a\r::error::x', 'a carriage return (U+000D)'],
  ['a line separator', 'a\u2028::error::x', 'a line separator (U+2028)'],
  ['a paragraph separator', 'a\u2029b', 'a paragraph separator (U+2029)'],
  ['an escape', 'a\u001b[31mb', 'a control character (U+001B)'],
  ['a NUL', 'a\u0000b', 'a control character (U+0000)'],
];

/** Where the value goes for each reader: multi-line readers split on \n first, so it is in one line. */
function inputFor(reader: string, value: string): string {
  if (reader === 'KEY=VALUE key') return `${value.replace(/\n/g, '\r')}=1`;
  if (reader === 'KEY=VALUE value') return `KEY=${value.replace(/\n/g, '\r')}`;
  if (reader.includes('list')) return `ok\n${value.replace(/\n/g, '\r')}`;
  return value;
}

describe('control characters in inputs are named errors', () => {
  const cases = READERS.flatMap(([reader, read]) =>
    VALUES.map(([what, value, named]) => [reader, what, read, value, named] as const),
  );
  it.each(cases)('%s with %s', (reader, _what, read, value, named) => {
    const given = inputFor(reader, value);
    // A line feed in a multi-line input separates lines; a lone \r stands for it there.
    const expected =
      reader.includes('list') || reader.startsWith('KEY')
        ? named.replace(/a line feed \(U\+000A\)/, 'a carriage return (U+000D)')
        : named;
    let error: unknown;
    try {
      read(from({ x: given }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Input 'x': /);
    expect(message).toContain(`contains ${expected}`);
    // The message does not carry the character itself.
    expect(controlCharacter(message)).toBeUndefined();
  });

  it('keeps tabs inside KEY=VALUE values and leaves multi-line inputs their lines', () => {
    expect(from({ x: 'A=a\tb\nB=c' }).keyValues('x')).toEqual([
      { key: 'A', value: 'a\tb', line: 1 },
      { key: 'B', value: 'c', line: 2 },
    ]);
    expect(from({ x: 'a\r\nb' }).list('x')).toEqual(['a', 'b']);
  });
});
