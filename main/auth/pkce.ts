import { createHash, randomBytes } from 'node:crypto';

/** A PKCE pair (RFC 7636): the verifier stays in main, the challenge goes into the authorize URL. */
export interface Pkce {
  verifier: string;
  challenge: string;
  method: 'S256';
}

/** 32 random bytes give a 43-character verifier, the RFC 7636 minimum length, with 256 bits of entropy. */
export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier, 'ascii').digest('base64url');
  return { verifier, challenge, method: 'S256' };
}

/** A fresh, unguessable `state` per attempt (256 bits), so a forged redirect cannot be replayed into it. */
export function createState(): string {
  return randomBytes(32).toString('base64url');
}
