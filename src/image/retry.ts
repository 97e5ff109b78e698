/**
 * Push retry decisions, separate from the loop that pushes so they are tested as tables.
 * Transient failures (network, 5xx, 429, timeouts) are retried with exponential backoff;
 * authentication and permission failures are not, because the same credentials fail again.
 */
export const PUSH_RETRY_BASE_MS = 2000;
const PUSH_RETRY_MAX_MS = 30000;

const NOT_RETRYABLE = [
  /unauthori[sz]ed/i,
  /authentication required/i,
  /no basic auth credentials/i,
  /invalid username\/password/i,
  /\bdenied\b/i,
  /\bforbidden\b/i,
  /name unknown|repository .* (?:does not exist|not found)/i,
  // A local configuration problem (REGISTRY_AUTH_FILE names a missing file), not a network one.
  /checking authfile/i,
];

export function isRetryablePushFailure(output: string): boolean {
  return !NOT_RETRYABLE.some((pattern) => pattern.test(output));
}

/**
 * The delay before retry number `retry` (1-based), or undefined when `maxRetries` are used up:
 * base, 2×base, 4×base, ... capped at PUSH_RETRY_MAX_MS.
 */
export function retryDelayMs(
  retry: number,
  maxRetries: number,
  baseMs = PUSH_RETRY_BASE_MS,
): number | undefined {
  if (retry > maxRetries) return undefined;
  return Math.min(baseMs * 2 ** (retry - 1), PUSH_RETRY_MAX_MS);
}

/**
 * docker buildx builds and pushes in one command: a failure is a push failure (retried; the
 * build is cached) only when BuildKit had reached the push.
 */
export function isDockerPushPhaseFailure(output: string): boolean {
  return /failed to push|error pushing|pushing layers|pushing manifest|failed commit on ref "(?:manifest|index|layer)-/i.test(
    output,
  );
}
