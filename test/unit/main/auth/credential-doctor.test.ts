import { describe, expect, it } from 'vitest';
import type { DiagnosisKind } from '../../../../common/ipc-contract';
import {
  classifyLoadFailure,
  clockSkewFromDate,
  credentialHelpLinks,
  diagnoseLoadFailure,
  diagnoseRedirectNearMiss,
  diagnoseStalledSignIn,
  diagnoseTokenRefusal,
  redirectDifferences,
  type LoadFailureKind,
  type TokenRefusal,
} from '../../../../main/auth/credential-doctor';
import { isDocumentationLink } from '../../../../main/security/documentation-links';

describe('diagnoseTokenRefusal', () => {
  const cases: [TokenRefusal, DiagnosisKind | undefined, RegExp | undefined][] = [
    [
      { grant: 'authorization_code', error: 'invalid_client', system: 'us' },
      'client-rejected',
      /default credentials, or client credentials are not enabled/,
    ],
    [
      { grant: 'client_credentials', error: 'unauthorized_client', system: 'eu' },
      'client-rejected',
      /\(unauthorized_client\)/,
    ],
    [
      { grant: 'refresh_token', error: 'invalid_client', system: 'uk' },
      'client-rejected',
      /default credentials/,
    ],
    [{ grant: 'authorization_code', error: 'invalid_grant', system: 'us' }, 'code-rejected', /invalid_grant/],
    [
      { grant: 'authorization_code', error: 'invalid_grant', system: 'us', clockSkewMs: 30_000 },
      'code-rejected',
      /^Mix refused the sign-in code \(invalid_grant\)\.$/,
    ],
    [
      { grant: 'authorization_code', error: 'invalid_grant', system: 'us', clockSkewMs: 5 * 60_000 },
      'code-rejected',
      /clock is about 5 minutes behind Mix’s/,
    ],
    [
      { grant: 'authorization_code', error: 'invalid_grant', system: 'us', clockSkewMs: -3 * 3600_000 },
      'code-rejected',
      /clock is about 3 hours ahead of Mix’s/,
    ],
    [
      { grant: 'refresh_token', error: 'invalid_grant', system: 'us' },
      'refresh-rejected',
      /expired or was revoked/,
    ],
    [{ grant: 'authorization_code', error: 'invalid_scope', system: 'us' }, undefined, undefined],
    [{ grant: 'client_credentials', error: 'invalid_grant', system: 'us' }, undefined, undefined],
  ];
  it.each(cases)('%o → %s', (refusal, kind, cause) => {
    const diagnosis = diagnoseTokenRefusal(refusal);
    expect(diagnosis?.kind).toBe(kind);
    if (cause) expect(diagnosis?.cause).toMatch(cause);
  });

  it('tells the fix for rejected client credentials: Mix.api service credentials from Mix → Profile', () => {
    const diagnosis = diagnoseTokenRefusal({
      grant: 'authorization_code',
      error: 'invalid_client',
      system: 'us',
    });
    expect(diagnosis?.fix).toMatch(/Generate Mix\.api service credentials in Mix → Profile/);
    expect(diagnosis?.links?.map((link) => link.url)).toEqual([
      'https://mix.nuance.com/v3/',
      'https://docs.nuance.com/mix/apis/mix-api/authorization/authorization_client_credentials/',
    ]);
  });

  it('lists all three causes of a refused code when the clocks agree, and puts the clock first when not', () => {
    const agreed = diagnoseTokenRefusal({
      grant: 'authorization_code',
      error: 'invalid_grant',
      system: 'us',
    });
    expect(agreed?.otherCauses?.join(' ')).toMatch(/redirect URL.*used twice.*clock/s);
    const skewed = diagnoseTokenRefusal({
      grant: 'authorization_code',
      error: 'invalid_grant',
      system: 'us',
      clockSkewMs: 120_000,
    });
    expect(skewed?.fix).toMatch(/Set the computer’s clock right/);
  });
});

describe('credentialHelpLinks', () => {
  it.each(['us', 'eu', 'uk', 'au', 'custom'] as const)(
    'for %s are all on the documentation allow-list',
    (system) => {
      const links = credentialHelpLinks(system);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(isDocumentationLink(link.url)).toBe(true);
    },
  );
});

describe('clockSkewFromDate', () => {
  const now = Date.UTC(2026, 10, 29, 20, 0, 0);
  it.each([
    ['Sun, 29 Nov 2026 20:05:00 GMT', 300_000],
    ['Sun, 29 Nov 2026 19:59:30 GMT', -30_000],
    ['', undefined],
    ['yesterday', undefined],
    [undefined, undefined],
    [['a'], undefined],
  ])('%s → %s', (header, skew) => {
    expect(clockSkewFromDate(header, now)).toBe(skew);
  });
});

describe('redirectDifferences', () => {
  const registered = 'http://localhost:3000/callback';
  const cases: [string, string, string[] | undefined][] = [
    [
      'http://127.0.0.1:3000/callback?code=c&state=s',
      registered,
      ['the host is 127.0.0.1 instead of localhost'],
    ],
    ['http://[::1]:3000/callback?error=x', registered, ['the host is [::1] instead of localhost']],
    ['https://localhost:3000/callback?code=c', registered, ['the scheme is https instead of http']],
    ['http://localhost:3001/callback?code=c', registered, ['the port is 3001 instead of 3000']],
    ['http://localhost/callback?code=c', registered, ['the port is 80 instead of 3000']],
    [
      'http://localhost:3000/callback/?code=c',
      registered,
      ['the path ends with a slash that the profile’s does not have'],
    ],
    [
      'http://localhost:3000/callback?code=c',
      'http://localhost:3000/callback/',
      ['the path lacks the trailing slash the profile’s has'],
    ],
    [
      'http://localhost:3000/oauth/callback?code=c',
      registered,
      ['the path is /oauth/callback instead of /callback'],
    ],
    [
      'http://127.0.0.1:8080/callback/?code=c',
      registered,
      [
        'the host is 127.0.0.1 instead of localhost',
        'the port is 8080 instead of 3000',
        'the path ends with a slash that the profile’s does not have',
      ],
    ],
    // Not near misses: the exact URL, pages without an authorization response, other hosts, other paths.
    ['http://localhost:3000/callback?code=c', registered, undefined],
    ['http://127.0.0.1:3000/callback', registered, undefined],
    ['http://127.0.0.1:4780/login?code=c', registered, undefined],
    ['https://evil.example:3000/callback?code=c', registered, undefined],
    ['https://auth.crt.nuance.com/oauth2/auth?code=c', registered, undefined],
    ['not a url', registered, undefined],
  ];
  it.each(cases)('%s vs %s', (actual, expected, differences) => {
    expect(redirectDifferences(actual, expected)).toEqual(differences);
  });

  it('names both URLs without the query, so the code and state never appear', () => {
    const diagnosis = diagnoseRedirectNearMiss(
      'http://127.0.0.1:3000/callback?code=the-code-123&state=the-state-456',
      'http://localhost:3000/callback',
    );
    expect(diagnosis).toMatchObject({ kind: 'redirect-near-miss' });
    expect(diagnosis?.cause).toBe(
      'Mix sent the sign-in to http://127.0.0.1:3000/callback, which is not this profile’s redirect URL http://localhost:3000/callback: the host is 127.0.0.1 instead of localhost.',
    );
    expect(diagnosis?.fix).toMatch(/Set the profile’s redirect URL to http:\/\/127\.0\.0\.1:3000\/callback/);
    expect(JSON.stringify(diagnosis)).not.toMatch(/the-code-123|the-state-456/);
  });
});

describe('classifyLoadFailure and diagnoseLoadFailure', () => {
  const cases: [number, string, LoadFailureKind][] = [
    [-202, 'ERR_CERT_AUTHORITY_INVALID', 'tls'],
    [-200, '', 'tls'],
    [-107, 'ERR_SSL_PROTOCOL_ERROR', 'tls'],
    [-130, 'ERR_PROXY_CONNECTION_FAILED', 'proxy'],
    [-111, '', 'proxy'],
    [-27, 'ERR_BLOCKED_BY_RESPONSE', 'blocked'],
    [-20, 'ERR_BLOCKED_BY_CLIENT', 'blocked'],
    [-105, 'ERR_NAME_NOT_RESOLVED', 'dns'],
    [-106, 'ERR_INTERNET_DISCONNECTED', 'offline'],
    [-102, 'ERR_CONNECTION_REFUSED', 'refused'],
    [-118, 'ERR_CONNECTION_TIMED_OUT', 'timeout'],
    [-7, '', 'timeout'],
    [-1, 'ERR_FAILED', 'other'],
  ];
  it.each(cases)('%i %s is %s', (code, description, kind) => {
    expect(classifyLoadFailure(code, description)).toBe(kind);
  });

  it.each(cases)('%i %s names the host and suggests the system browser', (code, description) => {
    const diagnosis = diagnoseLoadFailure('auth.crt.nuance.com', code, description);
    expect(diagnosis.kind).toBe('login-unreachable');
    if (classifyLoadFailure(code, description) !== 'offline')
      expect(diagnosis.cause).toContain('auth.crt.nuance.com');
    expect(diagnosis.fix).toMatch(/system browser/);
  });
});

describe('diagnoseStalledSignIn', () => {
  it.each([
    ['auth.crt.nuance.com', undefined, /from auth\.crt\.nuance\.com never finished loading/],
    ['auth.crt.nuance.com', 'auth.crt.nuance.com', /stayed on auth\.crt\.nuance\.com/],
    [
      'auth.crt.nuance.com',
      'proxy.corp.example',
      /stopped at proxy\.corp\.example \(reached from auth\.crt\.nuance\.com\)/,
    ],
  ])('authorize %s, last page %s', (authorizeHost, lastHost, cause) => {
    const diagnosis = diagnoseStalledSignIn(authorizeHost, lastHost);
    expect(diagnosis.cause).toMatch(cause);
    expect(diagnosis.fix).toMatch(/system browser/);
  });
});
