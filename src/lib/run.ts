/**
 * How every entry runs: one async main; any failure becomes exactly one `::error::` line
 * (annotated on a file and line when the error points into one) and exit code 1.
 * SIGINT/SIGTERM (the runner cancelling the step) abort the signal passed to main, so a
 * wait can stop cleanly and say what state it left the deployment in.
 */
import { log } from './log-safe.js';
import { ActionError, errorMessage } from './errors.js';

export async function runAction(main: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(1); // a second signal: stop now
    controller.abort(new CancelledError(signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await main(controller.signal);
  } catch (error) {
    reportFailure(error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

class CancelledError extends ActionError {
  constructor(readonly signal: string) {
    super(`Cancelled (${signal})`);
    this.name = 'CancelledError';
  }
}

function reportFailure(error: unknown): void {
  process.exitCode = 1;
  if (error instanceof ActionError) {
    const { file, line, column } = error.location;
    log.error(error.message, file ? { file, startLine: line, startColumn: column } : {});
  } else {
    // A bug of ours rather than a bad input or an AWS answer: keep the stack for the report.
    log.error(`Unexpected error: ${errorMessage(error)}`);
    if (error instanceof Error && error.stack) log.debug(error.stack);
  }
}
