import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from '../../../../main/auth/authorize-url';
import { testProfile } from './support/profile';

describe('buildAuthorizeUrl', () => {
  it('targets <authServerUrl>/oauth2/auth with the code-flow parameters', () => {
    const url = new URL(
      buildAuthorizeUrl(testProfile({ authServerUrl: 'https://auth.crt.nuance.com' }), {
        state: 'st-1',
        codeChallenge: 'ch-1',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://auth.crt.nuance.com/oauth2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'appID:TEST:geo:us:clientName:default',
      redirect_uri: 'http://localhost:3000/callback',
      scope: 'mix-api',
      state: 'st-1',
      tenant: 'mix',
      code_challenge: 'ch-1',
      code_challenge_method: 'S256',
    });
  });

  it('tolerates a trailing slash on the auth server URL', () => {
    const url = new URL(
      buildAuthorizeUrl(testProfile({ authServerUrl: 'https://auth.example.test/' }), { state: 's' }),
    );
    expect(url.pathname).toBe('/oauth2/auth');
  });

  it('leaves out tenant when empty and the PKCE parameters when no challenge is given', () => {
    const url = new URL(buildAuthorizeUrl(testProfile({ tenant: '  ' }), { state: 's' }));
    expect(url.searchParams.has('tenant')).toBe(false);
    expect(url.searchParams.has('code_challenge')).toBe(false);
    expect(url.searchParams.has('code_challenge_method')).toBe(false);
  });

  it('encodes values so they survive the round trip (spaces, ampersands, colons)', () => {
    const profile = testProfile({ scope: 'mix-api offline', clientId: 'a&b=c:d' });
    const url = new URL(buildAuthorizeUrl(profile, { state: 'x&state=evil' }));
    expect(url.searchParams.get('scope')).toBe('mix-api offline');
    expect(url.searchParams.get('client_id')).toBe('a&b=c:d');
    expect(url.searchParams.getAll('state')).toEqual(['x&state=evil']);
  });
});
