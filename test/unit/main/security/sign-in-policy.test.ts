import { describe, expect, it } from 'vitest';
import {
  isAllowedSignInNavigation,
  redirectRequestFilter,
  signInPopupDecision,
} from '../../../../main/security/sign-in-policy';

describe('isAllowedSignInNavigation', () => {
  it.each([
    'https://auth.crt.nuance.com/oauth2/auth?x=1',
    'https://login.microsoftonline.com/common',
    'http://localhost:3000/callback',
    'http://127.0.0.1:8080/',
    'http://[::1]:9000/login',
  ])('allows %s', (url) => expect(isAllowedSignInNavigation(url)).toBe(true));

  it.each([
    'http://auth.crt.nuance.com/oauth2/auth',
    'http://localhost.evil.example/',
    'http://127.0.0.1.nip.io/',
    'https://user:pass@auth.example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mix-explorer://profiles',
    'chrome://settings',
    'not a url',
    '',
  ])('denies %s', (url) => expect(isAllowedSignInNavigation(url)).toBe(false));
});

describe('signInPopupDecision', () => {
  it('opens allowed popups in the same partition with a sandbox and no preload', () => {
    const decision = signInPopupDecision('https://idp.example.com/popup', 'persist:mix-signin-a-1');
    expect(decision.action).toBe('allow');
    if (decision.action !== 'allow') return;
    const prefs = decision.overrideBrowserWindowOptions.webPreferences;
    expect(prefs).toMatchObject({
      partition: 'persist:mix-signin-a-1',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(prefs.preload).toBeUndefined();
  });

  it('denies popups to anything the navigation policy denies', () => {
    expect(signInPopupDecision('http://evil.example/', 'p')).toEqual({ action: 'deny' });
    expect(signInPopupDecision('about:blank', 'p')).toEqual({ action: 'deny' });
  });
});

describe('redirectRequestFilter', () => {
  it('narrows to the redirect origin, port included', () => {
    expect(redirectRequestFilter('http://localhost:3000/callback?x=1')).toEqual({
      urls: ['http://localhost:3000/*'],
    });
    expect(redirectRequestFilter('https://app.example.com/cb')).toEqual({
      urls: ['https://app.example.com/*'],
    });
  });

  it('falls back to every web URL when the redirect URL is unusable or not http(s)', () => {
    const all = { urls: ['http://*/*', 'https://*/*'] };
    expect(redirectRequestFilter('garbage')).toEqual(all);
    expect(redirectRequestFilter('com.example.app:/callback')).toEqual(all);
  });
});
