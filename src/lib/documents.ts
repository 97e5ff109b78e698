import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isCollection, type Document } from 'yaml';
import { ActionError, InputError } from './errors.js';

/**
 * Reading JSON and YAML files given as inputs. One reader for every action, so every file
 * gets the same limits and the same error shape: the input's name, the file, and the line.
 */
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

/** The workspace: relative paths resolve against it, as the runner's actions do. */
export function workspaceDir(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/**
 * Resolves a path input. Relative paths resolve under GITHUB_WORKSPACE and may not escape it
 * (`../../etc/passwd`); absolute paths are taken as given, because one step's output file
 * (under RUNNER_TEMP) is the next step's input.
 */
export function resolveInputPath(input: string, given: string): string {
  if (path.isAbsolute(given)) return path.normalize(given);
  const root = path.resolve(workspaceDir());
  const resolved = path.resolve(root, given);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) {
    throw new InputError(
      input,
      `'${given}' points outside the workspace (${root})`,
      'Use a path inside the repository checkout, or an absolute path',
    );
  }
  return resolved;
}

/** Reads a JSON or YAML file named by an input; every problem is an InputError naming that input. */
export function readDocument(input: string, given: string): LoadedDocument {
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

export function parseDocumentText(input: string, file: string, text: string): LoadedDocument {
  const lineCounter = new LineCounter();
  if (/\.json$/i.test(file) || /^\s*[{[]/.test(text)) checkStrictJson(input, file, text);
  // JSON is (nearly) a subset of YAML 1.2, so one parser gives both formats the same line numbers.
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const where = lineCounter.linePos(firstError.pos[0]);
    const format = /\.json$/i.test(file) ? 'JSON' : 'JSON or YAML';
    throw new InputError(
      input,
      `${file} is not valid ${format} (line ${where.line}, column ${where.col}): ${firstError.message.split('\n')[0]}`,
      undefined,
      {
        file,
        line: where.line,
        column: where.col,
      },
    );
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

/**
 * YAML's flow syntax accepts things JSON does not (`{ oops }`), so a JSON file is first held to
 * JSON's own grammar; the error gets a line and column computed from the parser's position.
 */
function checkStrictJson(input: string, file: string, text: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const before = Number.isNaN(position) ? text : text.slice(0, position);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '');
    throw new InputError(
      input,
      `${file} is not valid JSON (line ${line}, column ${column}): ${reason}`,
      undefined,
      { file, line, column },
    );
  }
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
