/**
 * Running the builder's CLI. Everything that runs a program goes through a CommandRunner, so the
 * cores (login, build, push) are driven by a fake in unit tests and by @actions/exec for real.
 */
import * as exec from '@actions/exec';
import { logSafeStream } from '../lib/log-safe.js';

export interface CommandOptions {
  /** Written to the program's stdin (a registry password: never on the command line). */
  input?: string;
  /** Do not echo the command or stream its output (probes such as `docker info`). */
  silent?: boolean;
  /** Extra environment for this command only. */
  env?: Record<string, string>;
  cwd?: string;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they arrived, for the "last lines" of a failure. */
  output: string;
}

export interface CommandRunner {
  run(command: string, args: string[], options?: CommandOptions): Promise<CommandResult>;
  /** True when `command` is an executable file on PATH. */
  installed(command: string): Promise<boolean>;
}

export function createExecRunner(): CommandRunner {
  return {
    async run(command, args, options = {}) {
      let stdout = '';
      let stderr = '';
      let output = '';
      // The step's environment, passed on explicitly: the builder takes HTTPS_PROXY, HTTP_PROXY
      // and NO_PROXY (and its storage and auth settings) from it. Extra variables go on top.
      const env = { ...process.env, ...options.env } as Record<string, string>;
      // The echoed command and the builder's output hold inputs and Containerfile lines.
      const outStream = logSafeStream(process.stdout);
      const errStream = logSafeStream(process.stderr);
      const exitCode = await exec.exec(command, args, {
        ignoreReturnCode: true,
        silent: options.silent,
        input: options.input === undefined ? undefined : Buffer.from(options.input),
        env,
        cwd: options.cwd,
        outStream,
        errStream,
        listeners: {
          stdout: (data) => {
            stdout += data.toString();
            output += data.toString();
          },
          stderr: (data) => {
            stderr += data.toString();
            output += data.toString();
          },
        },
      });
      outStream.flush();
      errStream.flush();
      return { exitCode, stdout, stderr, output };
    },
    // which() reads process.env.PATH at each call, so a PATH the job (or a test) sets is honoured.
    // Imported here, when a builder is looked for: @actions/io is not needed to read inputs, and
    // @actions/exec (lib/lazy-exec.ts in the bundle) loads it only when a command runs (issue 18).
    async installed(command) {
      const { which } = await import('@actions/io');
      return (await which(command)) !== '';
    },
  };
}

/** The last non-empty lines of a program's output, for an error message. */
export function lastLines(output: string, count = 15): string {
  return output
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .slice(-count)
    .join('\n');
}
