import { describe, expect, it } from 'vitest';
import {
  pageText,
  readAuthorizeAnswer,
  readGeography,
  readTokenAnswer,
} from '../../../../main/auth/settings-readings';

const REDIRECT = 'http://localhost:3000/callback';
const AUTHORIZE = 'https://auth.example.test/oauth2/auth?client_id=x';

describe('readAuthorizeAnswer', () => {
  it('a login_required answer at the redirect URL accepts both the request and the redirect URL', () => {
    const [authorize, redirect] = readAuthorizeAnswer({
      status: 302,
      location: `${REDIRECT}?error=login_required&state=s3cr3t-state`,
      body: '',
      url: AUTHORIZE,
      redirectUrl: REDIRECT,
    });
    expect(authorize.outcome).toBe('pass');
    expect(redirect.outcome).toBe('pass');
    expect(JSON.stringify([authorize, redirect])).not.toContain('s3cr3t-state');
  });

  it('an answer at a near miss of the redirect URL names the difference', () => {
    const [, redirect] = readAuthorizeAnswer({
      status: 302,
      location: 'http://127.0.0.1:3000/callback?error=login_required&state=abc',
      body: '',
      url: AUTHORIZE,
      redirectUrl: REDIRECT,
    });
    expect(redirect.outcome).toBe('fail');
    expect(redirect.detail).toContain('the host is 127.0.0.1 instead of localhost');
    expect(redirect.detail).not.toContain('state=abc');
  });

  it('an error page redirect about the redirect URL (Hydra-style fallback) fails the redirect line', () => {
    const [authorize, redirect] = readAuthorizeAnswer({
      status: 303,
      location:
        '/oauth2/fallbacks/error?error=invalid_request&error_description=The+%27redirect_uri%27+parameter+does+not+match+any+of+the+OAuth+2.0+Client%27s+pre-registered+redirect+urls.',
      body: '',
      url: AUTHORIZE,
      redirectUrl: REDIRECT,
    });
    expect(authorize.outcome).toBe('fail');
    expect(redirect.outcome).toBe('fail');
    expect(redirect.detail).toContain(
      "does not match any of the OAuth 2.0 Client's pre-registered redirect urls",
    );
  });

  it('a redirect to a login page says nothing yet about the redirect URL', () => {
    const [authorize, redirect] = readAuthorizeAnswer({
      status: 302,
      location: 'https://login.example.test/login?challenge=abc',
      body: '',
      url: AUTHORIZE,
      redirectUrl: REDIRECT,
    });
    expect(authorize).toMatchObject({ outcome: 'pass' });
    expect(authorize.detail).toContain('login.example.test');
    expect(authorize.detail).not.toContain('challenge');
    expect(redirect.outcome).toBe('skipped');
  });

  it('another error at the redirect URL is a refused request, with the server’s bounded words', () => {
    const [authorize] = readAuthorizeAnswer({
      status: 302,
      location: `${REDIRECT}?error=invalid_scope&error_description=${'x'.repeat(5000)}`,
      body: '',
      url: AUTHORIZE,
      redirectUrl: REDIRECT,
    });
    expect(authorize.outcome).toBe('fail');
    expect(authorize.detail).toContain('invalid_scope');
    expect(authorize.detail.length).toBeLessThan(400);
  });
});

describe('pageText', () => {
  it('reads an HTML error page as one bounded line without its scripts', () => {
    expect(pageText('<html><script>alert(1)</script><h1>Bad &amp; wrong</h1>\n<p>client</p></html>')).toBe(
      'Bad & wrong client',
    );
    expect(pageText('y'.repeat(10_000)).length).toBeLessThanOrEqual(200);
  });
});

describe('readTokenAnswer', () => {
  it('invalid_grant for the made-up code means the credentials passed', () => {
    expect(readTokenAnswer({ status: 400, body: '{"error":"invalid_grant"}', system: 'us' }).outcome).toBe(
      'pass',
    );
  });
  it('unauthorized_client gets the doctor’s diagnosis', () => {
    const line = readTokenAnswer({ status: 400, body: '{"error":"unauthorized_client"}', system: 'us' });
    expect(line.outcome).toBe('fail');
    expect(line.detail).toContain('Generate Mix.api service credentials');
  });
});

describe('readGeography', () => {
  it('fails a client ID of another system, passes a matching one, skips one without geo', () => {
    expect(readGeography('appID:A:geo:eu:clientName:default', 'us').outcome).toBe('fail');
    expect(readGeography('appID:A:geo:us:clientName:default', 'us')).toMatchObject({
      outcome: 'pass',
      detail: 'The client ID was issued for geo:us, the US system.',
    });
    expect(readGeography('plain-id', 'us').outcome).toBe('skipped');
    expect(readGeography('appID:A:geo:eu:clientName:default', 'custom').outcome).toBe('skipped');
  });
});
