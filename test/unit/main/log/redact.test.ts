import { describe, expect, it } from 'vitest';
import {
  REDACTED,
  createRedactor,
  redact,
  redactDeep,
  redactProblem,
  secretForms,
} from '../../../../main/log/redact';

// A Mix client ID contains ':' and a secret may hold any reserved character.
const CLIENT_ID = 'appID:NMDPTRIAL_alice_example_com_20200101T000000Z:geo:us:clientName:default';
const SECRET = 'Zx9+/q=&%:sEcReT"~ü';

describe('redact (patterns that need no knowledge)', () => {
  it.each([
    ['Authorization: Bearer eyJhbGciOi.abc-def_123', 'eyJhbGciOi'],
    ['Authorization: Basic bWl4OnNlY3JldA==', 'bWl4OnNlY3JldA'],
    ['Proxy-Authorization: Negotiate YIIGhgYJKoZIhvcSAQICAQ', 'YIIGhgYJKoZIhvcSAQICAQ'],
    ['http://localhost:3000/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz', 'SplxlOBeZQQYbYS6WxSbIA'],
    ['grant_type=authorization_code&code=abc123&client_secret=hunter2', 'hunter2'],
    ['{"access_token":"tok-999","expires_in":900}', 'tok-999'],
    ['{"refreshToken": "rt-1"}', 'rt-1'],
    ['{"client_secret":"with \\"quote\\" inside"}', 'inside'],
    ['body: {\\"access_token\\":\\"escaped-tok\\"}', 'escaped-tok'],
    ['Set-Cookie: session=abcdef; HttpOnly', 'abcdef'],
    // A URL that is itself a parameter value: its own query is percent-encoded.
    ['return_to=https%3A%2F%2Fapp%2Fcb%3Fcode%3DENCODEDCODE%26state%3Ds', 'ENCODEDCODE'],
    ['next=%2Fcb%253Fcode%253DDOUBLEENCODED', 'DOUBLEENCODED'],
    ['token=revoke-me-please&token_type_hint=refresh_token', 'revoke-me-please'],
    ['client_secret: plain-colon-secret', 'plain-colon-secret'],
    ['id token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl in text', 'eyJzdWIiOiJhbGljZSJ9'],
  ])('removes the secret from %s', (input, secret) => {
    const output = redact(input);
    expect(output).not.toContain(secret);
    expect(output).toContain(REDACTED);
  });

  it('removes a Basic credential echoed without its scheme (Base64 of client_id:secret)', () => {
    const basic = Buffer.from(`${encodeURIComponent(CLIENT_ID)}:hunter2-hunter2`).toString('base64');
    const output = redact(`invalid_client: credentials ${basic} were not recognised`);
    expect(output).not.toContain(basic.slice(0, 20));
    expect(output).toBe(`invalid_client: credentials ${REDACTED} were not recognised`);
  });

  it('keeps ordinary text, paths, client IDs and Mix data as they are', () => {
    const ordinary = [
      'GET /v4/organizations?limit=25 → 200 in 31 ms',
      `Client ${CLIENT_ID} signed in to https://auth.crt.nuance.com`,
      'GET /v4/projects/1922/builds?sortBy=-createdAt&offset=100',
      'response_type=code&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256',
      'The Mix authorization service refused the sign-in (invalid_scope): unknown scope.',
      'Authorization: Bearer [redacted]',
      '/v4/organizations/NMDPTRIAL_alice_example_com_20200101T000000Z/projects',
    ];
    for (const text of ordinary) expect(redact(text)).toBe(text);
  });
});

describe('a redactor that remembers the secrets main holds', () => {
  it('removes a remembered secret raw, percent-, form- and JSON-encoded, and inside Base64 at any alignment', () => {
    const redactor = createRedactor();
    redactor.remember(SECRET);
    const texts = [
      `raw ${SECRET} end`,
      `pct ${encodeURIComponent(SECRET)} end`,
      `form ${new URLSearchParams({ s: SECRET }).toString().slice(2)} end`,
      `json ${JSON.stringify({ note: SECRET })}`,
      ...['', 'a', 'ab'].map((prefix) => `b64 ${Buffer.from(`${prefix}${SECRET}tail`).toString('base64')}`),
      `b64url ${Buffer.from(`x${SECRET}`).toString('base64url')}`,
    ];
    for (const text of texts) {
      const output = redactor.redact(text);
      expect(output, text).toContain(REDACTED);
      for (const form of secretForms(SECRET)) expect(output, text).not.toContain(form);
    }
  });

  it("removes the Basic credential of a remembered client, whose ID contains ':'", () => {
    const redactor = createRedactor();
    redactor.rememberClient(CLIENT_ID, SECRET);
    const form = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
    const basic = Buffer.from(`${form(CLIENT_ID)}:${form(SECRET)}`).toString('base64');
    const described = `Client authentication failed for ${basic.slice(0, -2)}…`;
    expect(redactor.redact(described)).not.toContain(basic.slice(8, 40));
    // And the client ID alone stays readable.
    expect(redactor.redact(`client ${CLIENT_ID}`)).toBe(`client ${CLIENT_ID}`);
  });

  it('removes secrets given for one text only, and ignores values too short to be secrets', () => {
    const redactor = createRedactor();
    expect(redactor.redact('filter=at-0123456789 and abc', { secrets: ['at-0123456789', 'abc'] })).toBe(
      `filter=${REDACTED} and abc`,
    );
    expect(redactor.redact('at-0123456789')).toBe('at-0123456789');
  });

  it('removes each text’s own secrets on every call, whichever lists came before and however many', () => {
    const redactor = createRedactor();
    const tokens = Array.from({ length: 12 }, (_, index) => `token-${index}-0123456789`);
    // Every token once, then the first again (its matcher long dropped), each call only its own token.
    for (const token of [...tokens, tokens[0] ?? '', tokens[1] ?? '']) {
      const others = tokens.filter((other) => other !== token);
      const text = `path?filter=${encodeURIComponent(token)}&note=${others.join(',')}`;
      const output = redactor.redact(text, { secrets: [token] });
      expect(output, token).not.toContain(encodeURIComponent(token));
      for (const other of others) expect(output, token).toContain(other);
    }
    // Lists that join to the same text are still different lists.
    const joined = 'first-part-0123\nsecond-part-456';
    expect(redactor.redact(joined, { secrets: ['first-part-0123', 'second-part-456'] })).toBe(
      `${REDACTED}\n${REDACTED}`,
    );
    expect(redactor.redact('first-part-0123 second-part-456', { secrets: [joined] })).toBe(
      'first-part-0123 second-part-456',
    );
  });

  it('keeps only the newest secrets, so remembering never grows without bound', () => {
    const redactor = createRedactor({ capacity: 2 });
    ['first-secret-1', 'second-secret-2', 'third-secret-3'].forEach((secret) => redactor.remember(secret));
    expect(redactor.redact('first-secret-1 second-secret-2 third-secret-3')).toBe(
      `first-secret-1 ${REDACTED} ${REDACTED}`,
    );
  });
});

describe('redacting what main sends out', () => {
  it('redacts every text of a problem', () => {
    const problem = redactProblem({
      code: 'token-error',
      message: 'refused code=abc123',
      detail: 'error_description echoed grant_type=authorization_code&code=xyz&client_secret=hunter2',
      fields: { clientSecret: 'Basic bWl4OnNlY3JldA==' },
      status: 400,
    });
    expect(JSON.stringify(problem)).not.toMatch(/abc123|xyz|hunter2|bWl4/);
    expect(problem).toMatchObject({ code: 'token-error', status: 400 });
  });

  it('redacts every string inside an event payload and leaves the original untouched', () => {
    const payload = {
      profileId: 'p1',
      lastError: { code: 'network', message: 'GET /x?access_token=leaked-value' },
      list: [{ path: '/v4?code=abc' }, 3, null, true],
    };
    const copy = redactDeep(payload);
    expect(JSON.stringify(copy)).not.toMatch(/leaked-value|abc'/);
    expect(copy.profileId).toBe('p1');
    expect(copy.list.slice(1)).toEqual([3, null, true]);
    expect(payload.lastError.message).toContain('leaked-value');
  });
});

describe('redactProblem and the credential doctor', () => {
  it('redacts the sign-in timeline and the diagnosis too', () => {
    const problem = redactProblem({
      code: 'token-error',
      message: 'refused',
      diagnosis: { kind: 'code-rejected', cause: 'echo code=abcdef123456', fix: 'sign in' },
      timeline: [
        { at: 1, event: 'page loaded', host: 'h', path: '/x', outcome: 'client_secret=s3cr3t-value' },
      ],
    });
    expect(JSON.stringify(problem)).not.toMatch(/abcdef123456|s3cr3t-value/);
    expect(problem.timeline?.[0]).toMatchObject({ event: 'page loaded', host: 'h', path: '/x' });
  });
});
