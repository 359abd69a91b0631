/**
 * Errors that reach the user. A UserError is something the user can fix (a bad input, file,
 * schema or config) and is shown as one annotation without a stack trace; anything else is
 * an internal error, a bug of ours.
 */

/** Where in a file an error was found; shown as the annotation's file/line/column. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

export interface UserErrorOptions extends ErrorLocation {
  /** The action input the error is about, if any. */
  input?: string;
  /** Short title for the annotation. */
  title?: string;
  cause?: unknown;
}

/** A problem the user can fix: bad input, file, data, schema or configuration. */
export class UserError extends Error {
  readonly input?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly title?: string;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.input = options.input;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.title = options.title;
  }
}

/** A user error about one action input; the message always starts by naming it. */
export class InputError extends UserError {
  constructor(input: string, problem: string, options: Omit<UserErrorOptions, 'input'> = {}) {
    super(`Input '${input}': ${problem}`, { ...options, input });
    this.name = 'InputError';
  }
}

/** A call to a remote service (GitHub, a registry, Prometheus) that answered with an error. */
export class ServiceError extends UserError {
  readonly status?: number;
  readonly endpoint: string;

  constructor(service: string, endpoint: string, status: number | undefined, detail: string, cause?: unknown) {
    const statusText = status === undefined ? 'could not be reached' : `answered HTTP ${status}`;
    super(`${service} ${endpoint} ${statusText}: ${detail}`, { cause, title: `${service} request failed` });
    this.name = 'ServiceError';
    this.status = status;
    this.endpoint = endpoint;
  }
}

/** Turns anything thrown (including non-Error values) into an Error without losing its text. */
export function asError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  if (typeof thrown === 'string') return new Error(thrown);
  try {
    return new Error(`Non-error value thrown: ${JSON.stringify(thrown)}`);
  } catch {
    return new Error(`Non-error value thrown: ${String(thrown)}`);
  }
}
