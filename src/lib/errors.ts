/**
 * Errors meant for a person. Every failure an action reports is an ActionError: the entry
 * turns it into exactly one `::error::` line (with file/line when the error points into a file).
 */
export interface ErrorLocation {
  /** The action input the problem is in, e.g. `task-definition`. */
  input?: string;
  /** A file the problem is in, for a file annotation. */
  file?: string;
  line?: number;
  column?: number;
}

export class ActionError extends Error {
  readonly location: ErrorLocation;
  constructor(message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ActionError';
    this.location = location;
  }
}

/** A bad input value: the message always starts with the input's name. */
export class InputError extends ActionError {
  constructor(input: string, problem: string, fix?: string, location: Omit<ErrorLocation, 'input'> = {}) {
    super(`Input '${input}': ${problem}${fix ? `. ${fix}` : ''}`, { ...location, input });
    this.name = 'InputError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
