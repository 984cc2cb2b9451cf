import { describe, expect, it } from 'vitest';
import { redact } from '../../../../main/log/redact';

describe('redact', () => {
  it.each([
    ['Authorization: Bearer eyJhbGciOi.abc-def_123', 'eyJhbGciOi'],
    ['Authorization: Basic bWl4OnNlY3JldA==', 'bWl4OnNlY3JldA'],
    ['http://localhost:3000/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz', 'SplxlOBeZQQYbYS6WxSbIA'],
    ['grant_type=authorization_code&code=abc123&client_secret=hunter2', 'hunter2'],
    ['{"access_token":"tok-999","expires_in":900}', 'tok-999'],
    ['{"refreshToken": "rt-1"}', 'rt-1'],
    ['Set-Cookie: session=abcdef; HttpOnly', 'abcdef'],
  ])('removes the secret from %s', (input, secret) => {
    const output = redact(input);
    expect(output).not.toContain(secret);
    expect(output).toContain('[redacted]');
  });

  it('keeps ordinary text', () => {
    expect(redact('GET /v4/organizations?limit=25 → 200 in 31 ms')).toBe(
      'GET /v4/organizations?limit=25 → 200 in 31 ms',
    );
  });
});
