/**
 * Why a stored secret could not be decrypted. Only `undecryptable` is final: a locked keyring or a dismissed
 * Keychain prompt (`temporarily-unavailable`) must never cost the user their saved secrets.
 */
export type CipherFailure = 'temporarily-unavailable' | 'undecryptable';

export class CipherError extends Error {
  constructor(
    readonly reason: CipherFailure,
    message: string,
  ) {
    super(message);
    this.name = 'CipherError';
  }
}

/** A rejection from a cipher that did not say why counts as final. */
export function cipherFailureOf(error: unknown): CipherFailure {
  return error instanceof CipherError ? error.reason : 'undecryptable';
}
