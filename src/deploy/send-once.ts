/**
 * A mutating call made exactly once although its answer can be lost. RegisterTaskDefinition,
 * CodeDeploy's CreateDeployment and UpdateService with forceNewDeployment have no idempotency
 * token: a lost answer (the connection failing after AWS made the change) looks like any transient
 * failure, and the SDK's own retry would make the change again. So each attempt goes through a
 * client that makes one attempt per call, and between attempts `recover` reads what AWS holds:
 * when the lost call took effect, its result is used. After a cancellation no new attempt is made.
 */
import { awsError, isTransientAwsError } from '../lib/aws.js';
import { ActionError } from '../lib/errors.js';
import { checkpoint } from './cancel.js';

/** An SDK client as far as sendOnce needs: its configured number of attempts. */
interface RetryingClient {
  config: { maxAttempts: () => Promise<number> };
}

export async function sendOnce<C, T>(
  io: { sleep?: (ms: number) => Promise<void>; signal?: AbortSignal },
  /** `single` makes one attempt per call; without it, `retrying` and its own retries are used once. */
  clients: { single?: C; retrying: C & RetryingClient },
  call: {
    send: (client: C) => Promise<T>;
    recover: (error: Error) => Promise<T | undefined>;
    doing: string;
  },
): Promise<T> {
  const client = clients.single ?? clients.retrying;
  const attempts = clients.single ? await clients.retrying.config.maxAttempts() : 1;
  const sleep = io.sleep ?? abortableSleep(io.signal);
  for (let attempt = 1; ; attempt++) {
    try {
      return await call.send(client);
    } catch (error) {
      if (error instanceof ActionError) throw error;
      if (!isTransientAwsError(error)) throw awsError(error, call.doing);
      // The last attempt's answer may be the one that was lost too: look before giving up, and
      // give up with the call's own error when that read fails as well.
      const last = attempt >= attempts;
      const recovered = await call
        .recover(error as Error)
        .catch((readError: unknown) => (last ? undefined : Promise.reject(readError)));
      if (recovered !== undefined) return recovered;
      if (last) throw awsError(error, call.doing);
      checkpoint(io.signal);
      // The SDK's standard backoff: full jitter, 100 ms base (500 ms when throttled), 20 s cap.
      const base = /Throttl/i.test((error as Error).name ?? '') ? 500 : 100;
      await sleep(Math.random() * Math.min(20_000, base * 2 ** attempt));
      checkpoint(io.signal);
    }
  }
}

/** A sleep that ends early when the step is cancelled (the caller checks the signal after it). */
function abortableSleep(signal: AbortSignal | undefined): (ms: number) => Promise<void> {
  return (ms) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    });
}
