import axios from 'axios';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthorizer } from '../../../../main/auth/authorizer';
import { createElectronSignInSurface } from '../../../../main/electron/electron-sign-in-surface';
import { createFakeClock } from '../auth/support/fake-clock';
import { testProfile } from '../auth/support/profile';
import { startTokenServer } from '../auth/support/token-server';
import { FakeElectron, type FakeWindow } from './fakes';

// Sign-in in the app's own window, on a fake that fails navigations the way Electron does (fakes.ts,
// FakeWindow.navigate): the cancelled redirect is ERR_BLOCKED_BY_CLIENT with did-fail-load, a redirect
// stopped in will-redirect is ERR_ABORTED without it, and loadURL rejects in both cases.

const AUTH = 'https://auth.example.test';
const REDIRECT = 'http://localhost:3000/callback';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function signInSetup() {
  const tokens = await startTokenServer();
  closers.push(tokens.close);
  const electron = new FakeElectron();
  const authorizer = createAuthorizer({
    surface: createElectronSignInSurface(() => undefined, electron),
    browser: { open: async () => undefined },
    http: () => axios.create(),
    clock: createFakeClock(),
  });
  const profile = testProfile({ authServerUrl: tokens.origin });
  const attempt = authorizer.begin(profile, 'secret', {
    mode: 'embedded',
    partition: 'persist:mix-signin-p1-0',
    silent: false,
  });
  const window = electron.windows[0] as FakeWindow;
  return { tokens, attempt, window };
}

/** The authorize URL's state, as the login page would echo it back. */
function stateOf(window: FakeWindow): string {
  return new URL(window.loaded[0] ?? '').searchParams.get('state') ?? '';
}

describe('sign-in window on Electron-like navigation', () => {
  it('signs in when the login page answers with a redirect: will-redirect stops it, quietly', async () => {
    const { tokens, attempt, window } = await signInSetup();
    const failures: unknown[] = [];
    window.webContents.on('did-fail-load', (...args: never[]) => failures.push(args));
    window.site = (url) =>
      url.startsWith(`${AUTH}/login`)
        ? { redirect: `${REDIRECT}?code=c-1&state=${stateOf(window)}` }
        : { page: true };

    const navigation = await window.pageNavigates(`${AUTH}/login`).catch((error: unknown) => error);
    const result = await attempt.result;

    expect(result.accessToken).toBe('at-123');
    expect(tokens.requests[0]?.form.get('code')).toBe('c-1');
    // Electron aborts the stopped navigation (ERR_ABORTED) without a did-fail-load.
    expect(navigation).toMatchObject({ errno: -3, code: 'ERR_ABORTED' });
    expect(failures).toEqual([]);
    expect(window.destroyed).toBe(true);
  });

  it('signs in when only webRequest sees the redirect: the blocked request is no failure', async () => {
    const { tokens, attempt, window } = await signInSetup();
    const failures: unknown[] = [];
    window.webContents.on('did-fail-load', (...args: never[]) => failures.push(args));
    window.site = () => ({ page: true });

    // loadURL emits no will-navigate: the session's webRequest listener is the only catch left.
    const load = await window
      .loadURL(`${REDIRECT}?code=c-2&state=${stateOf(window)}`)
      .catch((e: unknown) => e);
    const result = await attempt.result;

    expect(result.accessToken).toBe('at-123');
    expect(tokens.requests[0]?.form.get('code')).toBe('c-2');
    expect(load).toMatchObject({ errno: -20, code: 'ERR_BLOCKED_BY_CLIENT' });
    expect(failures).toEqual([[{}, -20, 'ERR_BLOCKED_BY_CLIENT', expect.stringContaining(REDIRECT), true]]);
  });

  it('reports a sign-in page that cannot load, naming its host', async () => {
    const { attempt, window } = await signInSetup();
    window.site = () => ({ page: true });
    window.webContents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', `${AUTH}/oauth2/auth`, true);
    await expect(attempt.result).rejects.toMatchObject({
      problem: { code: 'load-failed', host: 'auth.example.test' },
    });
  });
});
