import type { CommandOptions, CommandResult, CommandRunner } from '../../../src/container/command.js';

/** A CommandRunner that records every call and answers from a script (no program runs). */
export interface RecordedCall {
  command: string;
  args: string[];
  options: CommandOptions;
}

export type Answer = Partial<CommandResult> | ((call: RecordedCall) => Partial<CommandResult>);

export function fakeRunner(
  options: { installed?: string[]; answer?: (call: RecordedCall) => Partial<CommandResult> | undefined } = {},
) {
  const calls: RecordedCall[] = [];
  const installed = new Set(options.installed ?? ['docker', 'podman', 'buildah']);
  const runner: CommandRunner = {
    async run(command, args, runOptions = {}) {
      const call = { command, args, options: runOptions };
      calls.push(call);
      const answer = options.answer?.(call) ?? {};
      const stdout = answer.stdout ?? '';
      const stderr = answer.stderr ?? '';
      return { exitCode: answer.exitCode ?? 0, stdout, stderr, output: answer.output ?? stdout + stderr };
    },
    installed: async (command) => installed.has(command),
  };
  return { runner, calls };
}
