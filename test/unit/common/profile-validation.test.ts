import { describe, expect, it } from 'vitest';
import type { ProfileDraft } from '../../../common/ipc-contract';
import { newProfileDraft } from '../../../common/profile-defaults';
import { isLoopbackHostname, normaliseServerUrl, validateProfile } from '../../../common/profile-validation';

function draft(overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  return { ...newProfileDraft('us'), clientId: 'my-client', ...overrides };
}

const errorsOf = (overrides: Partial<ProfileDraft>) => validateProfile(draft(overrides)).errors;
const redirectWarning = (redirectUrl: string, overrides: Partial<ProfileDraft> = {}) =>
  validateProfile(draft({ redirectUrl, ...overrides })).warnings.redirectUrl;

describe('validateProfile', () => {
  it('accepts the US defaults with a client ID, without errors or warnings', () => {
    expect(validateProfile(draft())).toEqual({ errors: {}, warnings: {} });
  });

  it('requires a name of at most 80 characters', () => {
    expect(errorsOf({ name: '' }).name).toMatch(/Enter a name/);
    expect(errorsOf({ name: '   ' }).name).toMatch(/Enter a name/);
    expect(errorsOf({ name: 'x'.repeat(81) }).name).toMatch(/at most 80/);
    expect(errorsOf({ name: 'x'.repeat(80) }).name).toBeUndefined();
  });

  it.each([
    ['authServerUrl', 'the authorization server'],
    ['apiUrl', 'Mix.api'],
  ] as const)('checks %s is a well-formed https origin', (field, what) => {
    expect(errorsOf({ [field]: '' })[field]).toBe(`Enter the address of ${what}.`);
    expect(errorsOf({ [field]: 'not a url' })[field]).toMatch(/not a complete address/);
    expect(errorsOf({ [field]: 'ftp://auth.example.com' })[field]).toMatch(/starts with https/);
    expect(errorsOf({ [field]: 'http://auth.example.com' })[field]).toMatch(/Use https/);
    expect(errorsOf({ [field]: ' https://auth.example.com' })[field]).toMatch(/spaces/);
    expect(errorsOf({ [field]: 'https://user:pw@auth.example.com' })[field]).toMatch(/user name or password/);
    expect(errorsOf({ [field]: 'https://auth.example.com/oauth2' })[field]).toBe(
      `Enter only the scheme and host of ${what}, such as https://auth.example.com, without a path.`,
    );
    expect(errorsOf({ [field]: 'https://auth.example.com?x=1' })[field]).toMatch(/without a path/);
    expect(errorsOf({ [field]: 'https://auth.crt.nuance.com/' })[field]).toBeUndefined();
  });

  it('allows plain http only for loopback hosts', () => {
    for (const url of [
      'http://localhost:4010',
      'http://127.0.0.1:4010',
      'http://127.9.8.7',
      'http://[::1]:4010',
    ]) {
      expect(errorsOf({ authServerUrl: url, apiUrl: url })).toEqual({});
    }
    expect(errorsOf({ apiUrl: 'http://128.0.0.1' }).apiUrl).toMatch(/Use https/);
    expect(errorsOf({ apiUrl: 'http://localhost.example.com' }).apiUrl).toMatch(/Use https/);
  });

  it('requires a client ID without spaces at its ends', () => {
    expect(errorsOf({ clientId: '' }).clientId).toMatch(/Enter the client ID/);
    expect(errorsOf({ clientId: 'abc ' }).clientId).toMatch(/Remove the spaces/);
  });

  it('requires a scope; the tenant may be empty but not padded', () => {
    expect(errorsOf({ scope: ' ' }).scope).toMatch(/Enter a scope/);
    expect(errorsOf({ tenant: '' }).tenant).toBeUndefined();
    expect(errorsOf({ tenant: ' mix' }).tenant).toMatch(/Remove the spaces/);
  });

  it('rejects values outside the choices', () => {
    const errors = validateProfile({
      ...draft(),
      system: 'mars' as ProfileDraft['system'],
      signInMode: 'popup' as ProfileDraft['signInMode'],
      clientAuth: 'jwt' as ProfileDraft['clientAuth'],
      usePkce: 'yes' as unknown as boolean,
    }).errors;
    expect(Object.keys(errors).sort()).toEqual(['clientAuth', 'signInMode', 'system', 'usePkce']);
  });

  it('checks the client secret only for padding, or for presence when required', () => {
    expect(errorsOf({ clientSecret: 'secret\n' }).clientSecret).toMatch(/Remove the spaces/);
    expect(errorsOf({ clientSecret: null }).clientSecret).toBeUndefined();
    const required = (overrides: Partial<ProfileDraft>) =>
      validateProfile(draft(overrides), { requireSecret: true }).errors.clientSecret;
    expect(required({})).toMatch(/Enter the client secret/);
    expect(required({ clientSecret: null, id: 'p1' })).toMatch(/Enter the client secret/);
    expect(required({ id: 'p1' })).toBeUndefined(); // keeps the stored secret
    expect(required({ clientSecret: 's3cret' })).toBeUndefined();
  });

  describe('redirect URL', () => {
    it('must be a well-formed http(s) URL, https unless loopback, without a fragment', () => {
      expect(errorsOf({ redirectUrl: '' }).redirectUrl).toMatch(/Enter the address of the redirect URL/);
      expect(errorsOf({ redirectUrl: 'localhost:3000/callback' }).redirectUrl).toMatch(/starts with https/);
      expect(errorsOf({ redirectUrl: 'http://example.com/callback' }).redirectUrl).toMatch(/Use https/);
      expect(errorsOf({ redirectUrl: 'http://localhost:3000/callback#x' }).redirectUrl).toMatch(/# part/);
      expect(errorsOf({ redirectUrl: 'https://app.example.com/callback' }).redirectUrl).toBeUndefined();
    });

    it('must point to this computer for the system browser', () => {
      const errors = errorsOf({
        signInMode: 'system-browser',
        redirectUrl: 'https://app.example.com/callback',
      });
      expect(errors.redirectUrl).toMatch(/must point to this computer/);
      expect(errorsOf({ signInMode: 'system-browser' }).redirectUrl).toBeUndefined();
    });

    it('warns about a trailing slash', () => {
      expect(redirectWarning('http://localhost:3000/callback/')).toMatch(
        /^Mix compares redirect URLs character by character: this one ends with a slash/,
      );
      expect(redirectWarning('http://localhost:3000/')).toMatch(/ends with a slash/);
    });

    it('warns about 127.0.0.1 and [::1] instead of localhost', () => {
      expect(redirectWarning('http://127.0.0.1:3000/callback')).toBe(
        'This uses 127.0.0.1, not localhost: make sure this is the exact URL registered in your Mix profile.',
      );
      expect(redirectWarning('http://[::1]:3000/callback')).toMatch(/This uses \[::1\]/);
    });

    it('warns about a missing port on an http loopback URL, even an explicit :80 is fine', () => {
      expect(redirectWarning('http://localhost/callback')).toMatch(/has no port/);
      expect(redirectWarning('http://localhost:80/callback')).toBeUndefined();
    });

    it('warns about https on a loopback host', () => {
      expect(redirectWarning('https://localhost:3000/callback')).toMatch(/plain http/);
    });

    it('warns about a query', () => {
      expect(redirectWarning('http://localhost:3000/callback?app=1')).toMatch(/has a query/);
    });

    it('joins several warnings into one message', () => {
      const warning = redirectWarning('http://127.0.0.1/callback/') ?? '';
      expect(warning).toMatch(/ends with a slash/);
      expect(warning).toMatch(/This uses 127.0.0.1/);
      expect(warning).toMatch(/has no port/);
    });

    it('does not warn about a non-loopback https URL', () => {
      expect(redirectWarning('https://app.example.com/callback')).toBeUndefined();
    });
  });
});

describe('isLoopbackHostname', () => {
  it('knows localhost, 127.0.0.0/8 and [::1]', () => {
    expect(['localhost', 'LOCALHOST', '127.0.0.1', '127.255.0.3', '[::1]'].every(isLoopbackHostname)).toBe(
      true,
    );
    expect(['127.0.0', '10.0.0.1', 'localhost.evil.com', '::1', '[::2]'].some(isLoopbackHostname)).toBe(
      false,
    );
  });
});

describe('normaliseServerUrl', () => {
  it('reduces a valid server URL to its origin and leaves anything else trimmed', () => {
    expect(normaliseServerUrl('https://Auth.CRT.nuance.com/')).toBe('https://auth.crt.nuance.com');
    expect(normaliseServerUrl('http://localhost:4010')).toBe('http://localhost:4010');
    expect(normaliseServerUrl(' not a url ')).toBe('not a url');
  });
});

describe('a redirect URL shared with another authorization server', () => {
  const eu = { id: 'eu', name: 'Mix EU', authServerUrl: 'https://auth.crt.nuance.eu', redirectUrl: '' };

  it('is pointed out, so each Mix system can get a redirect URL of its own (RFC 9700 §4.4.2.2)', () => {
    const us = draft({ id: 'us', redirectUrl: 'http://localhost:3000/callback' });
    const others = [{ ...eu, redirectUrl: 'http://localhost:3000/callback' }];
    expect(validateProfile(us, { otherProfiles: others }).warnings.redirectUrl).toMatch(
      /“Mix EU” uses this redirect URL with another authorization server/,
    );
  });

  it('is not pointed out for a distinct URL, the same server, or the profile itself', () => {
    const us = draft({ id: 'us', redirectUrl: 'http://localhost:3000/callback' });
    const quiet = [
      [{ ...eu, redirectUrl: 'http://localhost:3000/callback-eu' }],
      [{ ...eu, authServerUrl: `${us.authServerUrl}/`, redirectUrl: us.redirectUrl }],
      [{ ...eu, id: 'us', redirectUrl: us.redirectUrl }],
    ];
    for (const others of quiet) {
      expect(validateProfile(us, { otherProfiles: others }).warnings.redirectUrl).toBeUndefined();
    }
  });
});

describe('requireIss', () => {
  it('is optional, and a flag when given', () => {
    expect(errorsOf({ requireIss: true }).requireIss).toBeUndefined();
    expect(errorsOf({}).requireIss).toBeUndefined();
    expect(errorsOf({ requireIss: 'yes' as unknown as boolean }).requireIss).toBeDefined();
  });
});

describe('validateProfile: the client ID’s geography', () => {
  it('warns before signing in when the client ID was issued for another Mix system', () => {
    const warnings = validateProfile(draft({ clientId: 'appID:ACME:geo:eu:clientName:default' })).warnings;
    expect(warnings.clientId).toMatch(/issued for the EU Mix system \(geo:eu\), but the profile uses US/);
  });

  it('says nothing when they agree, or when the client ID has an error of its own', () => {
    expect(validateProfile(draft({ clientId: 'appID:ACME:geo:us:clientName:default' })).warnings).toEqual({});
    const broken = validateProfile(draft({ clientId: 'appID:ACME:geo:eu ' }));
    expect(broken.errors.clientId).toBeDefined();
    expect(broken.warnings.clientId).toBeUndefined();
  });
});
