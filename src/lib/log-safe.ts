/**
 * The one way to print a value from outside (an input, a file, an AWS answer) in the log.
 *
 * The runner reads a step's stdout and stderr line by line (.NET ReadLine: a line ends at \r, \n
 * or \r\n) and takes a line as a workflow command when (actions/runner,
 * src/Runner.Worker/ActionCommandManager.cs TryProcessCommand, parsing with
 * src/Runner.Common/ActionCommand.cs):
 * - TryParseV2: the line, leading whitespace trimmed, starts with `::` and has a second `::`
 *   (`::add-mask::x`, `::stop-commands::token`), or
 * - TryParse (the legacy form): `##[name]data` appears ANYWHERE in the line.
 * So a value that holds a line break can start a command of its own (`\n::stop-commands::x`
 * turns off every later `::error::` and `::add-mask::`), and a value holding `##[` is one even
 * mid-line. logSafe makes a value harmless: control characters (C0, DEL, C1) and the Unicode
 * line and paragraph separators are written as visible escapes (`\n`, `\u2028`), `##[` becomes
 * `##\[` and a leading `::` becomes `\::`. Ordinary text, `::` inside a role ARN included, is
 * unchanged.
 *
 * `log` wraps @actions/core's printing functions with it, so code prints through `log.info`
 * and cannot forget (a unit test checks that nothing else calls core's printers).
 */
import { Writable } from 'node:stream';
import * as core from '@actions/core';

const NAMED: Record<string, string> = {
  '\n': 'a line feed',
  '\r': 'a carriage return',
  '\t': 'a tab',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
};
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** C0 controls, DEL, C1 controls (U+0085 NEXT LINE among them), line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first control character of `text` described for a person ("a line feed (U+000A)"), or undefined. */
export function controlCharacter(text: string): string | undefined {
  const found = CONTROL.exec(text)?.[0];
  if (found === undefined) return undefined;
  return `${NAMED[found] ?? 'a control character'} (${codePoint(found)})`;
}

/** `text` as one log line that the runner cannot take as (part of) a workflow command. */
export function logSafe(text: string): string {
  const escaped = String(text).replace(
    CONTROLS,
    (char) => SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.replace(/##\[/g, '##\\[').replace(/^(\s*)::/, '$1\\::');
}

/**
 * A multi-line message (an error quoting a builder's last lines) with its line breaks kept and
 * each line made safe: for annotations, whose text @actions/core already encodes as one line.
 */
export function logSafeLines(text: string): string {
  return String(text)
    .split(/\r\n|\r|\n/)
    .map(logSafe)
    .join('\n');
}

/** @actions/core's printers, every message made safe first. */
export const log = {
  info: (message: string) => core.info(logSafe(message)),
  debug: (message: string) => core.debug(logSafeLines(message)),
  warning: (message: string, properties?: core.AnnotationProperties) =>
    core.warning(logSafeLines(message), properties),
  error: (message: string, properties?: core.AnnotationProperties) =>
    core.error(logSafeLines(message), properties),
  startGroup: (title: string) => core.startGroup(logSafe(title)),
  endGroup: () => core.endGroup(),
  group: <T>(title: string, body: () => Promise<T>): Promise<T> => core.group(logSafe(title), body),
};

/**
 * A stream for a child process's output (@actions/exec's outStream/errStream, which also gets
 * the echoed command line): every line written through is made safe before it reaches `target`.
 * A builder echoes the Containerfile's lines and the build arguments. Call `flush()` once the
 * process has ended, for a last line without a line break.
 */
export function logSafeStream(target: NodeJS.WritableStream): Writable & { flush(): void } {
  let pending = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const lines = (pending + chunk.toString()).split(/\r?\n/);
      pending = lines.pop() ?? '';
      if (lines.length) target.write(lines.map((line) => `${logSafe(line)}\n`).join(''));
      done();
    },
  });
  return Object.assign(stream, {
    flush() {
      if (pending) target.write(`${logSafe(pending)}\n`);
      pending = '';
    },
  });
}
