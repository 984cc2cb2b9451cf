import { ProblemError } from '../problem';

/**
 * A failure as one log line: a problem's code and message, an `Error`'s message (not its stack: paths and
 * nothing a user can act on), or the value as text. The logger redacts it like every line.
 */
export function describeError(error: unknown): string {
  if (error instanceof ProblemError) {
    const { code, message, status, host } = error.problem;
    return `${code}${status ? ` HTTP ${status}` : ''}${host ? ` from ${host}` : ''}: ${message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
