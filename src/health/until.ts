/**
 * Polling until a condition holds, for waits that are not a service deployment's (a one-off
 * task until it stops): the pacing (`nextPollDelay`, with its ECS call budget), the clock and the
 * transient-error rule of the deployment wait (wait.ts), so every wait behaves alike. The clock and
 * the error rule live here, not in wait.ts, so that a one-off wait (run-task) loads no SDK command
 * of the deployment wait's reader (poll.ts) before it is needed (issue 18: bad-input startup).
 */
import { awsError, isTransientAwsError } from '../lib/aws.js';
import { ActionError } from '../lib/errors.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_PACING, nextPollDelay, type PacingSettings } from './schedule.js';
import type { Clock } from './types.js';

/** The wall clock; tests pass their own. */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }),
};

/** Polls in a row that may fail transiently (after the SDK's own retries) before the wait gives up. */
export const MAX_CONSECUTIVE_ERRORS = 10;
export interface PollUntilOptions<T> {
  /** One poll; `calls` is how many ECS calls it made (for the call budget). */
  read: () => Promise<{ value: T; calls: number }>;
  done: (value: T) => boolean;
  timeoutMs: number;
  /** Named in the error when polling fails for good ("waiting for task 0123"). */
  doing: string;
  signal?: AbortSignal;
  clock?: Clock;
  pacing?: Partial<PacingSettings>;
}

export type PollUntilResult<T> =
  | { outcome: 'done'; value: T; elapsedMs: number }
  | { outcome: 'timeout' | 'cancelled'; value?: T; elapsedMs: number };

export async function pollUntil<T>(options: PollUntilOptions<T>): Promise<PollUntilResult<T>> {
  const clock = options.clock ?? realClock;
  const pacing = { ...DEFAULT_PACING, ...options.pacing };
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  const callTimes: number[] = [];
  let last: T | undefined;
  let errors = 0;
  let backoffLevel = 0;
  const end = (outcome: 'timeout' | 'cancelled') => ({
    outcome,
    value: last,
    elapsedMs: clock.now() - started,
  });
  for (;;) {
    if (options.signal?.aborted) return end('cancelled');
    try {
      const { value, calls } = await options.read();
      for (let i = 0; i < calls; i++) callTimes.push(clock.now());
      last = value;
      errors = 0;
      backoffLevel = Math.max(0, backoffLevel - 1);
      if (options.done(value)) return { outcome: 'done', value, elapsedMs: clock.now() - started };
    } catch (error) {
      if (options.signal?.aborted) return end('cancelled');
      if (error instanceof ActionError) throw error;
      if (!isTransientAwsError(error) || ++errors >= MAX_CONSECUTIVE_ERRORS)
        throw awsError(error, options.doing);
      backoffLevel++;
    }
    const now = clock.now();
    if (now >= deadline) return end('timeout');
    const delay = Math.min(
      nextPollDelay({ elapsedMs: now - started, backoffLevel, now, ecsCallTimes: callTimes }, pacing),
      deadline - now,
    );
    try {
      await clock.sleep(delay, options.signal);
    } catch (error) {
      if (options.signal?.aborted) return end('cancelled');
      throw error;
    }
  }
}
