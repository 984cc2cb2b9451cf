import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN_LIFETIME_SECONDS, parseTokenResponse } from '../../../../main/auth/token-response';
import { problemThrownBy } from '../support/problems';

const NOW = 1_800_000_000_000;
const JSON_TYPE = 'application/json';

function parse(status: number, body: unknown, contentType = JSON_TYPE) {
  return parseTokenResponse(status, contentType, typeof body === 'string' ? body : JSON.stringify(body), NOW);
}

describe('parseTokenResponse: success', () => {
  it('reads Mix’s shape', () => {
    expect(
      parse(200, {
        access_token: 'at',
        expires_in: 900,
        scope: 'mix-api',
        token_type: 'bearer',
        refresh_token: 'rt',
      }),
    ).toEqual({
      accessToken: 'at',
      expiresAt: NOW + 900_000,
      issuedAt: NOW,
      scope: 'mix-api',
      refreshToken: 'rt',
    });
  });

  it('accepts token_type in any case and leaves absent optional fields out', () => {
    const tokens = parse(200, { access_token: 'at', token_type: 'Bearer', expires_in: 60 });
    expect(tokens).toEqual({ accessToken: 'at', expiresAt: NOW + 60_000, issuedAt: NOW });
    expect(parse(200, { access_token: 'at', token_type: 'BEARER', expires_in: 60 }).accessToken).toBe('at');
  });

  it('accepts expires_in as a numeric string', () => {
    expect(parse(200, { access_token: 'at', token_type: 'bearer', expires_in: '120' }).expiresAt).toBe(
      NOW + 120_000,
    );
  });

  it.each([
    ['missing', undefined],
    ['non-numeric string', 'soon'],
    ['empty string', ''],
    ['negative', -5],
    ['zero', 0],
    ['null', null],
    ['object', {}],
  ])('falls back to the default lifetime when expires_in is %s', (_label, expiresIn) => {
    const tokens = parse(200, { access_token: 'at', token_type: 'bearer', expires_in: expiresIn });
    expect(tokens.expiresAt).toBe(NOW + DEFAULT_TOKEN_LIFETIME_SECONDS * 1000);
    expect(DEFAULT_TOKEN_LIFETIME_SECONDS).toBe(900);
  });

  it.each([
    ['1e13 seconds (an invalid date before clamping)', 1e13, 24 * 60 * 60],
    ['two days', 172_800, 24 * 60 * 60],
    ['one second (a renewal storm before clamping)', 1, 30],
    ['a fraction of a second', 0.2, 30],
  ])('clamps expires_in of %s to 30 s … 24 h', (_label, expiresIn, seconds) => {
    const tokens = parse(200, { access_token: 'at', token_type: 'bearer', expires_in: expiresIn });
    expect(tokens.expiresAt).toBe(NOW + seconds * 1000);
    expect(Number.isNaN(new Date(tokens.expiresAt).getTime())).toBe(false);
  });

  it('ignores a refresh_token or scope that is not a string', () => {
    const tokens = parse(200, { access_token: 'at', token_type: 'bearer', refresh_token: 5, scope: ['a'] });
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.scope).toBeUndefined();
  });
});

describe('parseTokenResponse: malformed answers', () => {
  it('explains an HTML error page with its status', () => {
    const p = problemThrownBy(() => parse(502, '<html><body>Bad gateway</body></html>', 'text/html'));
    expect(p).toMatchObject({ code: 'token-error', status: 502 });
    expect(p.message).toMatch(/^The token endpoint answered with an HTML page \(HTTP 502\) instead of JSON/);
  });

  it('recognises HTML even when it claims to be JSON', () => {
    expect(problemThrownBy(() => parse(200, '<!DOCTYPE html><p>login</p>')).message).toMatch(
      /HTML page \(HTTP 200\)/,
    );
  });

  it.each([
    ['empty', '', /empty response/],
    ['whitespace', '  \n', /empty response/],
    ['non-JSON', 'ok', /not JSON/],
    ['truncated JSON', '{"access_token":', /not JSON/],
    ['an array', '[]', /not an object/],
    ['null', 'null', /not an object/],
    ['a number', '42', /not an object/],
    ['a string', '"token"', /not an object/],
  ])('rejects %s bodies', (_label, body, message) => {
    const p = problemThrownBy(() => parse(200, body));
    expect(p).toMatchObject({ code: 'token-error', status: 200 });
    expect(p.message).toMatch(message);
  });

  it.each([
    ['missing', { token_type: 'bearer' }],
    ['empty', { access_token: '', token_type: 'bearer' }],
    ['not a string', { access_token: 123, token_type: 'bearer' }],
  ])('rejects a 2xx whose access_token is %s', (_label, body) => {
    expect(problemThrownBy(() => parse(200, body)).message).toMatch(/without an access token/);
  });

  it('rejects a missing token_type', () => {
    expect(problemThrownBy(() => parse(200, { access_token: 'at' })).message).toMatch(
      /token_type is missing/,
    );
  });

  it('rejects a token type other than bearer, without echoing the token', () => {
    const p = problemThrownBy(() => parse(200, { access_token: 'secret-at', token_type: 'mac' }));
    expect(p.message).toMatch(/"mac" token/);
    expect(JSON.stringify(p)).not.toContain('secret-at');
  });

  it('explains a redirect instead of a token', () => {
    expect(problemThrownBy(() => parse(302, ''))).toMatchObject({ code: 'token-error', status: 302 });
  });

  it('explains a non-2xx JSON answer without an OAuth error', () => {
    const p = problemThrownBy(() => parse(500, { message: 'upstream down' }));
    expect(p).toMatchObject({ code: 'token-error', status: 500, detail: 'upstream down' });
  });
});

describe('parseTokenResponse: OAuth errors', () => {
  it('sends invalid_client to the settings', () => {
    const p = problemThrownBy(() =>
      parse(401, { error: 'invalid_client', error_description: 'Client authentication failed' }),
    );
    expect(p).toMatchObject({ code: 'token-error', status: 401, actions: ['open-settings'] });
    expect(p.message).toMatch(/^Mix rejected the client ID or secret/);
  });

  it('sends invalid_grant back to sign-in', () => {
    const p = problemThrownBy(() => parse(400, { error: 'invalid_grant' }));
    expect(p).toMatchObject({
      code: 'token-error',
      status: 400,
      message: 'The sign-in code was not accepted (it may have expired or been used). Please sign in again.',
      actions: ['sign-in'],
    });
  });

  it('shows other errors with their description', () => {
    const p = problemThrownBy(() =>
      parse(400, {
        error: 'invalid_scope',
        error_description: 'The scope\u0007 "x" is not allowed',
        status_code: 400,
      }),
    );
    expect(p.message).toContain('invalid_scope');
    expect(p.message).toContain('The scope "x" is not allowed');
    expect(p.message).not.toContain('\u0007');
  });

  it('treats a 200 carrying only an error as that error', () => {
    expect(problemThrownBy(() => parse(200, { error: 'invalid_grant' })).actions).toEqual(['sign-in']);
  });
});
