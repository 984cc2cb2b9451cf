import type { CredentialBinding } from '../../common/credential-binding';

// The settings file is plain JSON any local process can edit; only the vault's values are encrypted. A
// secret or token set is therefore sealed together with the binding it was issued for (authorization
// server, Mix.api, client ID) inside the ciphertext: a profile whose hosts were rewritten outside the app no
// longer matches, and its credentials are dropped instead of sent to the new hosts.

const SEALED_PREFIX = 'bound:v1:';

export function sameBinding(a: CredentialBinding, b: CredentialBinding): boolean {
  return (
    a.authServerOrigin === b.authServerOrigin && a.apiOrigin === b.apiOrigin && a.clientId === b.clientId
  );
}

/** A binding read back from a decrypted value; anything malformed is undefined. */
export function readBinding(value: unknown): CredentialBinding | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { authServerOrigin, apiOrigin, clientId } = value as Record<string, unknown>;
  if (typeof authServerOrigin !== 'string' || typeof apiOrigin !== 'string' || typeof clientId !== 'string') {
    return undefined;
  }
  return { authServerOrigin, apiOrigin, clientId };
}

/** The vault value of a client secret: the secret and where it may be sent. */
export function sealSecret(binding: CredentialBinding, secret: string): string {
  return `${SEALED_PREFIX}${JSON.stringify({ binding, secret })}`;
}

export type OpenedSecret =
  | { status: 'bound'; secret: string }
  /** Stored before secrets were sealed: used once more and sealed to the profile's current binding. */
  | { status: 'legacy'; secret: string }
  /** Sealed to other hosts or another client ID, or unreadable: never used. */
  | { status: 'foreign' };

export function openSecret(stored: string, binding: CredentialBinding): OpenedSecret {
  if (!stored.startsWith(SEALED_PREFIX)) return { status: 'legacy', secret: stored };
  try {
    const value = JSON.parse(stored.slice(SEALED_PREFIX.length)) as Record<string, unknown>;
    const sealedTo = readBinding(value.binding);
    if (sealedTo && sameBinding(sealedTo, binding) && typeof value.secret === 'string') {
      return { status: 'bound', secret: value.secret };
    }
  } catch {
    // Not JSON after the prefix: treated like a secret sealed elsewhere.
  }
  return { status: 'foreign' };
}
