/**
 * A cancelled step (the runner's SIGINT/SIGTERM): after the signal no further change is started,
 * and one in flight is not aborted, so that what it did is known and reported.
 */

/** Thrown at a checkpoint once the runner cancelled the step; `why` is "Cancelled (SIGTERM)". */
export class StepCancelled extends Error {
  constructor(readonly why: string) {
    super(why);
    this.name = 'StepCancelled';
  }
}

/** The signal's reason once the runner cancelled the step, else undefined. */
export function cancelledBy(signal: AbortSignal | undefined): string | undefined {
  if (!signal?.aborted) return undefined;
  return signal.reason instanceof Error ? signal.reason.message : 'Cancelled';
}

/** Before each change: stop here once the step was cancelled. */
export function checkpoint(signal: AbortSignal | undefined): void {
  const why = cancelledBy(signal);
  if (why) throw new StepCancelled(why);
}
