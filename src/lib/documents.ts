/**
 * Reading JSON and YAML files given as inputs. One reader for every action, so every file
 * gets the same limits and the same error shape: the input's name, the file, and the line.
 * A syntax error names the line and column only, never characters of the file: a malformed
 * file may hold a secret right next to the mistake, and the message goes to the log.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Document } from 'yaml';
import { ActionError, InputError } from './errors.js';
import { resolveInputPath } from './input-path.js';

export const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** YAML aliases expand; a "billion laughs" file must fail fast instead of eating the runner's memory. */
const MAX_ALIAS_COUNT = 100;

export interface LoadedDocument {
  /** The parsed value. */
  data: unknown;
  /** Absolute path of the file. */
  file: string;
  /** 1-based line of the value at a path like ['containerDefinitions', 1, 'image'], when found. */
  lineOf(at: (string | number)[]): number | undefined;
}

/**
 * Reads a JSON or YAML file named by an input; every problem is an InputError naming that input.
 * Async only for YAML: its parser (113 KB of bundle) is loaded when a YAML file is read, so a step
 * given a JSON file never loads it (issue 18).
 */
export async function readDocument(input: string, given: string): Promise<LoadedDocument> {
  const file = resolveInputPath(input, given);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile())
      throw new InputError(input, `'${given}' is not a file`, 'Give the path of a JSON or YAML file');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      input,
      `file not found: ${file}`,
      'Check the path; relative paths are resolved under GITHUB_WORKSPACE',
    );
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new InputError(
      input,
      `${file} is ${size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit`,
      'A task definition is a few kilobytes; check that the path names the right file',
    );
  }
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(input, `${file} is not valid UTF-8 text`, 'Save the file as UTF-8', { file });
  }
  return parseDocumentText(input, file, text);
}

export async function parseDocumentText(input: string, file: string, text: string): Promise<LoadedDocument> {
  // A JSON file (or a file that reads as one) never reaches the YAML parser: JSON.parse is a
  // thousand times faster on a cold process, which is most of a deploy step's startup (issue 18).
  if (/\.json$/i.test(file) || /^\s*[{[]/.test(text)) return parseJsonText(input, file, text);
  const { LineCounter, parseDocument, isCollection } = await import('yaml');
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const where = lineCounter.linePos(firstError.pos[0]);
    // The parser's code, not its message: messages can quote the file (`"x" is repeated`).
    const problem = firstError.code.toLowerCase().replace(/_/g, ' ');
    throw notValid(input, file, 'JSON or YAML', { line: where.line, column: where.col, problem });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new InputError(
      input,
      `${file} could not be read: ${(error as Error).message}`,
      'Remove the YAML aliases that expand it',
      { file },
    );
  }
  return {
    data,
    file,
    lineOf(at) {
      const node = doc.getIn(at, true) as { range?: [number, number, number] } | undefined;
      let offset = node?.range?.[0];
      if (offset === undefined && at.length > 0) {
        // The value is missing: point at the closest parent that exists.
        const parent = doc.getIn(at.slice(0, -1), true);
        if (isCollection(parent)) offset = parent.range?.[0];
      }
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    },
  };
}

function notValid(input: string, file: string, format: string, error: JsonSyntaxError): InputError {
  return new InputError(
    input,
    `${file} is not valid ${format} (line ${error.line}, column ${error.column}): ${error.problem}`,
    undefined,
    { file, line: error.line, column: error.column },
  );
}

/** Where a JSON value starts, and for an object or array, its members by key or index. */
interface JsonNode {
  offset: number;
  members?: Map<string | number, JsonNode>;
  isArray?: boolean;
}

/**
 * A JSON text, held to JSON's own grammar (YAML's flow syntax accepts things JSON does not,
 * `{ oops }`) by a tokenizer that knows where it is: V8's message names a position in a wording
 * that changes between versions, and quotes the text around it. Duplicate keys are refused, as
 * the YAML reader refuses them, at the repeated key. `lineOf` answers as the YAML reader does:
 * the line where the value starts, else where its closest existing parent object or array starts.
 */
function parseJsonText(input: string, file: string, text: string): LoadedDocument {
  const stack: JsonNode[] = [];
  let root: JsonNode | undefined;
  let key: string | undefined;
  let duplicate: number | undefined;
  const syntaxError = scanJson(text, {
    value(offset) {
      const node: JsonNode = { offset };
      if (text[offset] === '{' || text[offset] === '[') {
        node.members = new Map();
        node.isArray = text[offset] === '[';
      }
      const parent = stack[stack.length - 1];
      if (!parent) root = node;
      else parent.members!.set(parent.isArray ? parent.members!.size : key!, node);
      if (node.members) stack.push(node);
    },
    key(start, end) {
      key = JSON.parse(text.slice(start, end)) as string;
      if (duplicate === undefined && stack[stack.length - 1].members!.has(key)) duplicate = start;
    },
    close() {
      stack.pop();
    },
  });
  if (syntaxError) throw notValid(input, file, 'JSON', syntaxError);
  if (duplicate !== undefined) {
    const format = /\.json$/i.test(file) ? 'JSON' : 'JSON or YAML';
    throw notValid(input, file, format, { ...textPosition(text, duplicate), problem: 'duplicate key' });
  }
  const find = (at: (string | number)[]): JsonNode | undefined => {
    let node = root;
    for (const step of at) {
      const index = node?.isArray && typeof step === 'string' && step !== '' ? Number(step) : step;
      node = node?.members?.get(index);
    }
    return node;
  };
  return {
    data: JSON.parse(text),
    file,
    lineOf(at) {
      let node = find(at);
      if (!node && at.length > 0) {
        // The value is missing: point at the closest parent that exists.
        const parent = find(at.slice(0, -1));
        if (parent?.members) node = parent;
      }
      return node && textPosition(text, node.offset).line;
    },
  };
}

export interface JsonSyntaxError {
  /** 1-based line and column (in UTF-16 code units, as editors count) of the first error. */
  line: number;
  column: number;
  /** What is wrong, in words of ours: never characters of the text. */
  problem: string;
}

/**
 * The first place where `text` is not JSON (RFC 8259), or undefined when it is. Iterative, so
 * a deeply nested file cannot overflow the stack. A text that ends early is reported just
 * after its last character, not on a line past the end of the file.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  return scanJson(text);
}

/** What the tokenizer tells a reader of the text's structure, in the text's order. */
interface JsonListener {
  /** A value starts at `offset`: an object, an array, a string, a number or a literal. */
  value(offset: number): void;
  /** An object's key, from its opening quote at `start` to just after its closing quote at `end`. */
  key(start: number, end: number): void;
  /** The innermost open object or array ends. */
  close(): void;
}

function scanJson(text: string, listener?: JsonListener): JsonSyntaxError | undefined {
  const length = text.length;
  const stack: ('{' | '[')[] = [];
  let at = 0;
  let state: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'next' | 'end' = 'value';
  const fail = (offset: number, problem: string): JsonSyntaxError => ({
    ...textPosition(text, offset),
    problem,
  });
  const skipSpace = () => {
    while (at < length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r'))
      at++;
  };
  const afterValue = () => (stack.length ? 'next' : 'end');

  for (;;) {
    skipSpace();
    if (at >= length) {
      if (state === 'end') return undefined;
      if (text.trim() === '') return fail(0, 'the file is empty');
      return fail(text.trimEnd().length, 'the file ends before the JSON value is complete');
    }
    const char = text[at];
    switch (state) {
      case 'end':
        return fail(at, 'more text after the JSON value');
      case 'next': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (char === ',') {
          state = close === '}' ? 'key' : 'value';
          at++;
        } else if (char === close) {
          stack.pop();
          listener?.close();
          state = afterValue();
          at++;
        } else {
          return fail(at, `expected ',' or '${close}'`);
        }
        break;
      }
      case 'first-key':
      case 'key':
        if (char === '}') {
          if (state === 'key') return fail(at, "a comma before '}' (JSON has no trailing commas)");
          stack.pop();
          listener?.close();
          state = afterValue();
          at++;
          break;
        }
        if (char !== '"') return fail(at, 'a key that is not in double quotes');
        {
          const start = at;
          const error = skipString();
          if (error) return error;
          listener?.key(start, at);
        }
        state = 'colon';
        break;
      case 'colon':
        if (char !== ':') return fail(at, "expected ':' after the key");
        at++;
        state = 'value';
        break;
      case 'first-value':
      case 'value':
        // Inside an array, 'value' follows a comma ('first-value' follows the '[').
        if (char === ']' && state === 'value' && stack[stack.length - 1] === '[')
          return fail(at, "a comma before ']' (JSON has no trailing commas)");
        if (char === ']' && state === 'first-value') {
          stack.pop();
          listener?.close();
          state = afterValue();
          at++;
          break;
        }
        listener?.value(at);
        if (char === '{' || char === '[') {
          stack.push(char);
          state = char === '{' ? 'first-key' : 'first-value';
          at++;
          break;
        }
        {
          const error = char === '"' ? skipString() : skipLiteral();
          if (error) return error;
        }
        state = afterValue();
        break;
    }
  }

  function skipString(): JsonSyntaxError | undefined {
    const start = at;
    at++;
    for (;;) {
      if (at >= length || text[at] === '\n' || text[at] === '\r')
        return fail(start, 'a string that is not closed on its line');
      const code = text.charCodeAt(at);
      if (text[at] === '"') {
        at++;
        return undefined;
      }
      if (code < 0x20) return fail(at, 'a control character inside a string (write it as an escape)');
      if (text[at] === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return fail(at, 'an invalid \\u escape');
          at += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next))
          return fail(at, 'an invalid escape in a string');
        at += 2;
        continue;
      }
      at++;
    }
  }

  function skipLiteral(): JsonSyntaxError | undefined {
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, at)) {
        at += literal.length;
        return undefined;
      }
    }
    if (text[at] === "'") return fail(at, 'a string in single quotes (JSON takes double quotes)');
    if (text[at] !== '-' && !/[0-9]/.test(text[at])) return fail(at, 'a value that is not JSON');
    const number = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
    number.lastIndex = at;
    const match = number.exec(text);
    if (!match) return fail(text[at] === '-' ? at + 1 : at, 'a number without digits');
    at += match[0].length;
    return undefined;
  }
}

/** 1-based line and column of an offset. */
function textPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: before.split(/\r\n|\r|\n/).length, column: offset - lineStart + 1 };
}

/** An error inside a document, annotated on its file and line. */
export function documentError(
  input: string,
  doc: LoadedDocument,
  at: (string | number)[],
  problem: string,
): ActionError {
  const line = doc.lineOf(at);
  return new InputError(input, `${path.basename(doc.file)}${line ? `:${line}` : ''}: ${problem}`, undefined, {
    file: doc.file,
    line,
  });
}
