/**
 * The time reproducible builds stamp into the image: SOURCE_DATE_EPOCH when set (the
 * reproducible-builds.org convention), else the commit time of HEAD in the build context, else
 * unknown (the builder uses the current time and every build gets a new digest).
 */
import { ActionError } from '../lib/errors.js';
import type { CommandRunner } from '../container/command.js';

export function sourceDateEpochFromEnv(env: Record<string, string | undefined>): number | undefined {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (!value) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new ActionError(
      `SOURCE_DATE_EPOCH='${value}' is not a whole number of seconds since 1970. Set it to e.g. $(git log -1 --format=%ct), or unset it`,
    );
  }
  return Number(value);
}

export async function commitTime(runner: CommandRunner, dir: string): Promise<number | undefined> {
  if (!(await runner.installed('git'))) return undefined;
  const result = await runner.run('git', ['-C', dir, 'log', '-1', '--format=%ct'], { silent: true });
  const value = result.stdout.trim();
  return result.exitCode === 0 && /^\d+$/.test(value) ? Number(value) : undefined;
}
