import { describe, expect, it } from 'vitest';
import { basicAuthorization, buildTokenRequest, formUrlEncode } from '../../../../main/auth/client-auth';
import { testProfile } from './support/profile';

/** Decodes a Basic header the way an RFC 6749 server does: split at the first ':', then form-decode. */
function decodeBasic(header: string): { id: string; secret: string } {
  expect(header.startsWith('Basic ')).toBe(true);
  const raw = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  const colon = raw.indexOf(':');
  const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
  return { id: decode(raw.slice(0, colon)), secret: decode(raw.slice(colon + 1)) };
}

describe('basicAuthorization', () => {
  it.each([
    ['appID:DEMO-APP:geo:qa:clientName:ScriptUser', 'plain-secret'],
    ['id with space', 'se cret'],
    ['100%', 'pa%20ss'],
    ['clé-ünïcode-日本', 'sécret:with:colons'],
    ['plus+sign', 'a+b/c=d'],
  ])('round-trips id %j and secret %j', (id, secret) => {
    expect(decodeBasic(basicAuthorization(id, secret))).toEqual({ id, secret });
  });

  it('form-encodes before Base64 so a ":" in the client ID cannot end the user name', () => {
    const raw = Buffer.from(basicAuthorization('a:b', 'c').slice(6), 'base64').toString('utf8');
    expect(raw).toBe('a%3Ab:c');
  });

  it('encodes space as "+" and non-ASCII as UTF-8 percent escapes', () => {
    expect(formUrlEncode('a b')).toBe('a+b');
    expect(formUrlEncode('é')).toBe('%C3%A9');
    expect(formUrlEncode('%')).toBe('%25');
  });
});

describe('buildTokenRequest', () => {
  const grant = { grant_type: 'authorization_code', code: 'c' };

  it('uses a Basic header and keeps credentials out of the body for basic', () => {
    const { headers, body } = buildTokenRequest(testProfile({ clientAuth: 'basic' }), 's3cret', grant);
    expect(decodeBasic(headers.Authorization ?? '')).toEqual({
      id: 'appID:TEST:geo:us:clientName:default',
      secret: 's3cret',
    });
    expect(body.has('client_id')).toBe(false);
    expect(body.has('client_secret')).toBe(false);
    expect(headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(headers.Accept).toBe('application/json');
  });

  it('puts client_id and client_secret in the body for body', () => {
    const { headers, body } = buildTokenRequest(testProfile({ clientAuth: 'body' }), 's3cret', grant);
    expect(headers.Authorization).toBeUndefined();
    expect(body.get('client_id')).toBe('appID:TEST:geo:us:clientName:default');
    expect(body.get('client_secret')).toBe('s3cret');
    expect(body.get('code')).toBe('c');
  });

  it.each([undefined, ''])('sends only client_id for a public client (secret %j)', (secret) => {
    const { headers, body } = buildTokenRequest(testProfile({ clientAuth: 'basic' }), secret, grant);
    expect(headers.Authorization).toBeUndefined();
    expect(body.get('client_id')).toBe('appID:TEST:geo:us:clientName:default');
    expect(body.has('client_secret')).toBe(false);
  });
});
