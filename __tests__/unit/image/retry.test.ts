import { isDockerPushPhaseFailure, isRetryablePushFailure, retryDelayMs } from '../../../src/image/retry.js';

describe('push retry decisions', () => {
  it.each([
    [
      'a connection reset',
      'Error: writing blob: Patch "https://public.ecr.aws/v2/...": read: connection reset by peer',
      true,
    ],
    ['a 503', 'Error: trying to reuse blob: received unexpected HTTP status: 503 Service Unavailable', true],
    ['a 429', 'toomanyrequests: Rate exceeded (429)', true],
    ['a timeout', 'net/http: TLS handshake timeout', true],
    ['missing credentials', 'Error: writing blob: initiating layer upload: authentication required', false],
    ['bad credentials', 'unauthorized: incorrect username or password', false],
    [
      'a missing auth file',
      'Error: checking authfile: stat /tmp/auth.json: no such file or directory',
      false,
    ],
    ['a denied push', 'denied: requested access to the resource is denied', false],
    [
      'a missing repository',
      "name unknown: The repository with name 'x' does not exist in the registry",
      false,
    ],
  ])('%s: retry %s', (_name, output, retry) => {
    expect(isRetryablePushFailure(output)).toBe(retry);
  });

  it.each([
    [1, 3, 2000],
    [2, 3, 4000],
    [3, 3, 8000],
    [4, 3, undefined],
    [1, 0, undefined],
    [6, 10, 30000],
  ])('retry %i of %i waits %p ms', (retry, max, delay) => {
    expect(retryDelayMs(retry, max)).toBe(delay);
  });

  it.each([
    [
      'a BuildKit push failure',
      '#9 pushing layers\n#9 ERROR: failed to push public.ecr.aws/a/app:v1: 503',
      true,
    ],
    [
      'a failed RUN step',
      '#5 [2/3] RUN npm ci\n#5 ERROR: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
      false,
    ],
    [
      'a missing file',
      'ERROR: failed to solve: failed to compute cache key: "/missing.txt": not found',
      false,
    ],
  ])('docker: %s is a push-phase failure: %s', (_name, output, push) => {
    expect(isDockerPushPhaseFailure(output)).toBe(push);
  });
});
