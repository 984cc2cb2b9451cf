/**
 * Where main's services say what happened. Every implementation passes every line through the one
 * redactor (main/log/redact.ts), so a caller cannot leak a token by logging it.
 *
 * Convention: a message starts with its layer in brackets, `[ipc]`, `[session]`, `[storage]`, `[mix]`,
 * so "Copy diagnostics" can keep the recent failures of every layer.
 */
export interface Logger {
  info(message: string): void;
  /** Something failed and the app carried on (a renewal to retry, a read that failed, a save). */
  warn(message: string): void;
  /** Something failed that a person must look at (an unexpected exception). */
  error(message: string): void;
}

/** For code whose caller passed no logger (unit tests of a single service). */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
