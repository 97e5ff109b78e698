/**
 * A changing call that AWS keeps throttling after the SDK's attempts (an account's write bucket
 * drained by many deploys at once) is sent again after a pause, for up to THROTTLE_PATIENCE_MS
 * (src/lib/aws.ts, issue 18); reads, other errors and a cancelled step are not. The middleware is
 * driven directly with a scripted `next`; the e2e proof is __tests__/e2e/throttling.test.ts.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  THROTTLE_PATIENCE_MS,
  isThrottling,
  throttlePause,
  withThrottlePatience,
} from '../../../src/lib/aws.js';

type Next = (args: unknown) => Promise<unknown>;
type Middleware = (next: Next, context: { commandName?: string }) => Next;

/** The middleware withThrottlePatience installs, and the pauses it asked for. */
function install(pause: (ms: number) => Promise<boolean> = async () => false) {
  let middleware: Middleware | undefined;
  const pauses: number[] = [];
  withThrottlePatience({ middlewareStack: { add: (m: Middleware) => (middleware = m) } }, async (ms) => {
    pauses.push(ms);
    return pause(ms);
  });
  return { call: (command: string, next: Next) => middleware!(next, { commandName: command })({}), pauses };
}

const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });

/** A `next` that fails with each of `errors` in turn, then answers `ok`. */
function scripted(errors: Error[]) {
  let sent = 0;
  const next: Next = async () => {
    sent++;
    if (errors.length) throw errors.shift();
    return 'ok';
  };
  return { next, sent: () => sent };
}

afterEach(() => {
  jest.useRealTimers();
});

describe('throttle patience', () => {
  it.each([
    ['ThrottlingException', {}, true],
    ['Throttling', {}, true],
    ['TooManyRequestsException', {}, true],
    ['Error', { $metadata: { httpStatusCode: 429 } }, true],
    ['ServerException', { $metadata: { httpStatusCode: 500 } }, false],
    ['AccessDeniedException', {}, false],
  ])('isThrottling(%s %j) is %s', (name, extra, expected) => {
    expect(isThrottling(Object.assign(new Error('x'), { name }, extra))).toBe(expected);
  });

  it.each([
    [1, 0, 1000],
    [1, 1, 2000],
    [3, 0, 4000],
    [3, 1, 8000],
    [5, 1, 30_000],
    [9, 0, 15_000],
  ])('round %i with random %d pauses %i ms (2^round s up to 30 s, at least half)', (round, random, ms) => {
    expect(throttlePause(round, () => random)).toBe(ms);
  });

  it('sends a throttled RegisterTaskDefinition again after each pause until it goes through', async () => {
    const { call, pauses } = install();
    const script = scripted([throttled(), throttled(), throttled()]);
    await expect(call('RegisterTaskDefinitionCommand', script.next)).resolves.toBe('ok');
    expect(script.sent()).toBe(4);
    expect(pauses).toHaveLength(3);
  });

  it('leaves reads to their callers: a throttled Describe/List/Get fails at once', async () => {
    for (const command of ['DescribeServicesCommand', 'ListTasksCommand', 'GetAuthorizationTokenCommand']) {
      const { call, pauses } = install();
      const script = scripted([throttled()]);
      await expect(call(command, script.next)).rejects.toThrow('Rate exceeded');
      expect({ command, sent: script.sent(), pauses: pauses.length }).toEqual({
        command,
        sent: 1,
        pauses: 0,
      });
    }
  });

  it('does not resend after any other error (a lost answer is send-once.ts`s to recover)', async () => {
    const { call, pauses } = install();
    const script = scripted([Object.assign(new Error('socket hang up'), { name: 'TimeoutError' })]);
    await expect(call('UpdateServiceCommand', script.next)).rejects.toThrow('socket hang up');
    expect([script.sent(), pauses.length]).toEqual([1, 0]);
  });

  it('a cancellation during the pause fails the call with AWS`s error and sends nothing more', async () => {
    const { call, pauses } = install(async () => true);
    const script = scripted([throttled(), throttled()]);
    await expect(call('UpdateServiceCommand', script.next)).rejects.toThrow('Rate exceeded');
    expect([script.sent(), pauses.length]).toEqual([1, 1]);
  });

  it('gives up with the throttling error once THROTTLE_PATIENCE_MS has gone by', async () => {
    jest.useFakeTimers({ now: 0 });
    // each pause moves the clock on by what it was asked for
    const { call, pauses } = install(async (ms) => {
      jest.setSystemTime(Date.now() + ms);
      return false;
    });
    const script = scripted(Array.from({ length: 100 }, throttled));
    await expect(call('RegisterTaskDefinitionCommand', script.next)).rejects.toThrow('Rate exceeded');
    expect(pauses.reduce((a, b) => a + b, 0)).toBe(THROTTLE_PATIENCE_MS);
    expect(script.sent()).toBe(pauses.length + 1);
  });
});
