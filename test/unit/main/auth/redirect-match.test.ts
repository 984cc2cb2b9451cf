import { describe, expect, it } from 'vitest';
import { isRedirectTarget, readRedirectResult } from '../../../../main/auth/redirect-match';
import { problemThrownBy } from '../support/problems';

const REGISTERED = 'http://localhost:3000/callback';

describe('isRedirectTarget', () => {
  it.each([
    'http://localhost:3000/callback',
    'http://localhost:3000/callback?code=1&state=2',
    'HTTP://LOCALHOST:3000/callback?code=1',
    'http://localhost:3000/callback#fragment',
  ])('accepts %s', (candidate) => {
    expect(isRedirectTarget(candidate, REGISTERED)).toBe(true);
  });

  it.each([
    ['suffix on the path', 'http://localhost:3000/callback.evil'],
    ['sub-path', 'http://localhost:3000/callback/x'],
    ['trailing slash', 'http://localhost:3000/callback/'],
    ['path case', 'http://localhost:3000/Callback'],
    ['other port', 'http://localhost:3001/callback'],
    ['default port', 'http://localhost/callback'],
    ['127.0.0.1 for localhost', 'http://127.0.0.1:3000/callback'],
    ['lookalike host', 'http://localhost.evil.example:3000/callback'],
    ['lookalike host prefix', 'http://evil-localhost:3000/callback'],
    ['https instead of http', 'https://localhost:3000/callback'],
    ['userinfo', 'http://user@localhost:3000/callback'],
    ['userinfo with password', 'http://a:b@localhost:3000/callback'],
    ['unparsable', 'not a url'],
    ['empty', ''],
  ])('rejects %s', (_label, candidate) => {
    expect(isRedirectTarget(candidate, REGISTERED)).toBe(false);
  });

  it('treats an explicit default port like no port', () => {
    expect(isRedirectTarget('http://localhost:80/callback', 'http://localhost/callback')).toBe(true);
    expect(isRedirectTarget('http://localhost/callback', 'http://localhost:80/callback')).toBe(true);
    expect(isRedirectTarget('https://app.example:443/cb', 'https://app.example/cb')).toBe(true);
  });

  it('treats a registered URL with a trailing slash as different from one without', () => {
    expect(isRedirectTarget('http://localhost:3000/callback', 'http://localhost:3000/callback/')).toBe(false);
  });

  it('is false when the registered URL itself is unparsable', () => {
    expect(isRedirectTarget(REGISTERED, 'localhost:3000 callback')).toBe(false);
  });
});

describe('readRedirectResult', () => {
  const STATE = 'expected-state-value';

  it('returns the code when the state matches', () => {
    expect(readRedirectResult(`${REGISTERED}?code=the-code&state=${STATE}`, STATE)).toEqual({
      code: 'the-code',
    });
  });

  it('rejects a missing state as a possible forgery', () => {
    const p = problemThrownBy(() => readRedirectResult(`${REGISTERED}?code=c`, STATE));
    expect(p.code).toBe('state-mismatch');
    expect(p.message).toBe(
      'The sign-in response did not match this attempt and was rejected as a possible forgery.',
    );
  });

  it.each(['other', '', `${STATE}x`, STATE.slice(1)])('rejects state %j', (state) => {
    expect(problemThrownBy(() => readRedirectResult(`${REGISTERED}?code=c&state=${state}`, STATE)).code).toBe(
      'state-mismatch',
    );
  });

  it('checks the state before reading an error: a forged error is a forgery, not a refusal', () => {
    const p = problemThrownBy(() =>
      readRedirectResult(`${REGISTERED}?error=access_denied&state=forged`, STATE),
    );
    expect(p.code).toBe('state-mismatch');
  });

  it.each(['code', 'state', 'error'])('rejects a repeated %s parameter as ambiguous', (name) => {
    const url = `${REGISTERED}?code=c&state=${STATE}&error=x&${name}=again`;
    const p = problemThrownBy(() => readRedirectResult(url, STATE));
    expect(p.code).toBe('authorization-error');
    expect(p.message).toMatch(/ambiguous/);
  });

  it('maps access_denied to a quiet "you declined"', () => {
    const p = problemThrownBy(() =>
      readRedirectResult(`${REGISTERED}?error=access_denied&error_description=nope&state=${STATE}`, STATE),
    );
    expect(p).toMatchObject({ code: 'access-denied', message: 'You declined access.' });
  });

  it('shows other errors with their description as plain text without control characters', () => {
    const description = encodeURIComponent('The client is <b>not</b>\u0000 allowed\u202e here\nat all');
    const p = problemThrownBy(() =>
      readRedirectResult(
        `${REGISTERED}?error=unauthorized_client&error_description=${description}&state=${STATE}`,
        STATE,
      ),
    );
    expect(p.code).toBe('authorization-error');
    expect(p.message).toContain('unauthorized_client');
    expect(p.message).toContain('The client is <b>not</b> allowed here at all');
    expect([...p.message].filter((c) => c.charCodeAt(0) < 0x20 || c === '\u202e')).toEqual([]);
  });

  it('truncates a very long error description', () => {
    const long = 'x'.repeat(5000);
    const p = problemThrownBy(() =>
      readRedirectResult(`${REGISTERED}?error=server_error&error_description=${long}&state=${STATE}`, STATE),
    );
    expect(p.message.length).toBeLessThan(400);
    expect(p.message).toContain('…');
  });

  it('rejects a response with neither code nor error', () => {
    expect(problemThrownBy(() => readRedirectResult(`${REGISTERED}?state=${STATE}`, STATE)).code).toBe(
      'authorization-error',
    );
    expect(problemThrownBy(() => readRedirectResult(`${REGISTERED}?code=&state=${STATE}`, STATE)).code).toBe(
      'authorization-error',
    );
  });

  it('never repeats the code in a message', () => {
    const p = problemThrownBy(() => readRedirectResult(`${REGISTERED}?code=secret-code-1&state=nope`, STATE));
    expect(JSON.stringify(p)).not.toContain('secret-code-1');
  });
});
