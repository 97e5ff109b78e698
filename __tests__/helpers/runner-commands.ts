/**
 * What the GitHub runner would take as a workflow command in a step's stdout, parsed the way
 * actions/runner does (src/Runner.Common/ActionCommand.cs, TryParseV2 then TryParse, called by
 * src/Runner.Worker/ActionCommandManager.cs TryProcessCommand for every line it reads):
 * - v2: the line, leading whitespace trimmed, starts with `::`, has a second `::`, and the name
 *   before the first space is a registered command;
 * - v1 (legacy): `##[name ...]data` ANYWHERE in the line, name registered.
 * Lines are what .NET's StreamReader.ReadLine returns: split on \r\n, \r and \n.
 */
export const RUNNER_COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'stop-commands',
]);

export interface ParsedCommand {
  line: string;
  name: string;
  data: string;
  legacy: boolean;
}

export function runnerCommands(stdout: string): ParsedCommand[] {
  const commands: ParsedCommand[] = [];
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      if (end >= 0) {
        const info = trimmed.slice(2, end);
        const name = info.split(' ')[0];
        if (RUNNER_COMMANDS.has(name.toLowerCase())) {
          commands.push({ line, name: name.toLowerCase(), data: trimmed.slice(end + 2), legacy: false });
          continue;
        }
      }
    }
    const at = line.indexOf('##[');
    if (at >= 0) {
      const close = line.indexOf(']', at);
      if (close >= 0) {
        const name = line.slice(at + 3, close).split(' ')[0];
        if (RUNNER_COMMANDS.has(name.toLowerCase()))
          commands.push({ line, name: name.toLowerCase(), data: line.slice(close + 1), legacy: true });
      }
    }
  }
  return commands;
}

/** The commands our actions emit on purpose, always at the start of a line in the v2 form. */
const OURS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask']);

/**
 * The commands in stdout that the action did not emit on purpose: legacy `##[` commands (we
 * never print them), `stop-commands`, commands not at column 0, commands we never emit, and any
 * command whose data starts with `marker` (a hostile value that became a line of its own).
 */
export function injectedCommands(stdout: string, marker = 'PWNED'): string[] {
  return runnerCommands(stdout)
    .filter(
      (command) =>
        command.legacy ||
        !OURS.has(command.name) ||
        !command.line.startsWith('::') ||
        command.data.startsWith(marker),
    )
    .map((command) => JSON.stringify(command.line));
}

/** Hostile values: each tries to start a workflow command of its own once printed. */
export const HOSTILE: [string, string][] = [
  ['a line feed', 'x\n::stop-commands::PWNED'],
  ['a line feed then add-mask', 'x\n::add-mask::PWNED'],
  ['a carriage return', 'x\r::error::PWNED'],
  ['CR LF', 'x\r\n::error::PWNED'],
  ['a line separator', 'x\u2028::error::PWNED'],
  ['a paragraph separator', 'x\u2029::error::PWNED'],
  ['a next line (C1)', 'x\u0085::error::PWNED'],
  ['an escape sequence', 'x\u001b[2K\r::error::PWNED'],
  ['a legacy command mid-line', 'x ##[error]PWNED'],
  ['a leading ::', '::error::PWNED'],
  ['a leading :: after spaces', '   ::warning::PWNED'],
  ['an encoded line feed', 'x%0A::error::PWNED'],
];
