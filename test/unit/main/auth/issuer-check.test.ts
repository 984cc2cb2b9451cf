import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../common/ipc-contract';
import { checkIssuer } from '../../../../main/auth/issuer-check';
import type { IssuerExpectation } from '../../../../main/auth/issuer-discovery';
import { ProblemError } from '../../../../main/problem';

const PROFILE = { authServerUrl: 'https://auth.crt.nuance.com', requireIss: false };
const NO_METADATA: IssuerExpectation = { issParameterSupported: false };
const METADATA: IssuerExpectation = { issuer: 'https://auth.crt.nuance.com/', issParameterSupported: true };

function verdict(iss: string | undefined, expected: IssuerExpectation, profile = PROFILE): Problem | 'ok' {
  try {
    checkIssuer(iss, profile, expected);
    return 'ok';
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
}

describe('checkIssuer (RFC 9207 mix-up defence)', () => {
  it('without metadata, accepts an iss on the profile’s scheme, host and port, whatever its path', () => {
    for (const iss of [
      'https://auth.crt.nuance.com',
      'https://auth.crt.nuance.com/',
      'https://auth.crt.nuance.com/oauth2',
      'https://AUTH.crt.nuance.com:443',
    ]) {
      expect(verdict(iss, NO_METADATA), iss).toBe('ok');
    }
  });

  it.each([
    'https://auth.crt.nuance.eu',
    'https://auth.crt.nuance.com.evil.example',
    'http://auth.crt.nuance.com',
    'https://auth.crt.nuance.com:8443',
    'https://evil.example/https://auth.crt.nuance.com',
    'auth.crt.nuance.com',
    '',
  ])('without metadata, refuses the iss %s as another server’s', (iss) => {
    const problem = verdict(iss, NO_METADATA);
    expect(problem).toMatchObject({ code: 'issuer-mismatch', host: 'auth.crt.nuance.com' });
    expect((problem as Problem).message).toContain('nothing was sent to a token endpoint');
  });

  it('with metadata, compares exactly with the issuer the server names', () => {
    expect(verdict('https://auth.crt.nuance.com/', METADATA)).toBe('ok');
    expect(verdict('https://auth.crt.nuance.com', METADATA)).toMatchObject({ code: 'issuer-mismatch' });
    expect(verdict('https://auth.crt.nuance.com/oauth2', METADATA)).toMatchObject({
      code: 'issuer-mismatch',
    });
  });

  it('accepts a response without iss unless the profile requires it or the metadata promises it', () => {
    expect(verdict(undefined, NO_METADATA)).toBe('ok');
    expect(verdict(undefined, { issuer: 'https://auth.crt.nuance.com', issParameterSupported: false })).toBe(
      'ok',
    );
    expect(verdict(undefined, METADATA)).toMatchObject({ code: 'issuer-mismatch' });
    const required = verdict(undefined, NO_METADATA, { ...PROFILE, requireIss: true });
    expect(required).toMatchObject({ code: 'issuer-mismatch' });
    expect((required as Problem).message).toContain('this profile requires');
  });
});
