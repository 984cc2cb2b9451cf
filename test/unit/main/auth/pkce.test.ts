import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPkce, createState } from '../../../../main/auth/pkce';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

describe('createPkce', () => {
  it('derives the challenge as base64url(sha256(verifier))', () => {
    const { verifier, challenge, method } = createPkce();
    expect(method).toBe('S256');
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });

  it('makes a 43-character verifier from the RFC 7636 unreserved alphabet, without padding', () => {
    const { verifier, challenge } = createPkce();
    expect(verifier).toHaveLength(43);
    expect(challenge).toHaveLength(43);
    expect(verifier).toMatch(BASE64URL);
    expect(challenge).toMatch(BASE64URL);
  });

  it('never repeats a verifier', () => {
    const verifiers = new Set(Array.from({ length: 200 }, () => createPkce().verifier));
    expect(verifiers.size).toBe(200);
  });
});

describe('createState', () => {
  it('is base64url with at least 128 bits and fresh every time', () => {
    const states = Array.from({ length: 200 }, () => createState());
    for (const state of states) {
      expect(state).toMatch(BASE64URL);
      expect(Buffer.from(state, 'base64url').length).toBeGreaterThanOrEqual(16);
    }
    expect(new Set(states).size).toBe(200);
  });
});
