import { describe, expect, it } from 'vitest';
import type { SignInSurfaceObserver, SignInSurfaceRequest } from '../../../../main/ports/sign-in-surface';
import { isRedirectTarget } from '../../../../main/auth/redirect-match';
import { createElectronSignInSurface } from '../../../../main/electron/electron-sign-in-surface';
import { FakeElectron, FakeWindow, navigationEvent } from './fakes';

const REDIRECT = 'http://localhost:3000/callback';
const AUTHORIZE = 'https://auth.example.com/oauth2/auth?client_id=x&state=s';

type Report =
  | { kind: 'redirect'; url: string }
  | { kind: 'pageLoaded'; url: string }
  | { kind: 'loadFailed'; url: string; code: number; description: string }
  | { kind: 'closed' };

function recorder(): { observer: SignInSurfaceObserver; reports: Report[] } {
  const reports: Report[] = [];
  return {
    reports,
    observer: {
      redirect: (url) => reports.push({ kind: 'redirect', url }),
      pageLoaded: (url) => reports.push({ kind: 'pageLoaded', url }),
      loadFailed: (url, code, description) => reports.push({ kind: 'loadFailed', url, code, description }),
      closed: () => reports.push({ kind: 'closed' }),
    },
  };
}

function openSurface(overrides: Partial<SignInSurfaceRequest> = {}) {
  const electron = new FakeElectron();
  const surface = createElectronSignInSurface(() => undefined, electron);
  const { observer, reports } = recorder();
  const request: SignInSurfaceRequest = {
    url: AUTHORIZE,
    partition: 'persist:mix-signin-p1-0',
    redirectUrl: REDIRECT,
    hidden: false,
    isRedirect: (url) => isRedirectTarget(url, REDIRECT),
    ...overrides,
  };
  const handle = surface.open(request, observer);
  const window = electron.windows[0] as FakeWindow;
  const session = electron.sessionFor(request.partition);
  return { electron, surface, handle, window, session, reports, request };
}

describe('electron sign-in surface: the window', () => {
  it('opens a sandboxed window without preload on the attempt partition and loads the authorize URL', () => {
    const { window } = openSurface();
    expect(window.options).toMatchObject({
      modal: false,
      width: 520,
      height: 720,
      title: 'Sign in to Mix',
      show: true,
      webPreferences: {
        partition: 'persist:mix-signin-p1-0',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
      },
    });
    expect(window.options.webPreferences?.preload).toBeUndefined();
    expect(window.loaded).toEqual([AUTHORIZE]);
  });

  it('keeps a silent-renewal window hidden', () => {
    const { window } = openSurface({ hidden: true });
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(false);
  });

  it('does not let a rejected loadURL (our own ERR_ABORTED) escape as an unhandled rejection', async () => {
    const electron = new FakeElectron();
    const original = electron.createWindow.bind(electron);
    electron.createWindow = (options) => {
      const window = original(options);
      window.loadError = new Error('ERR_ABORTED (-3) loading http://localhost:3000/callback?code=…');
      return window;
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      createElectronSignInSurface(() => undefined, electron).open(
        {
          url: AUTHORIZE,
          partition: 'persist:x',
          redirectUrl: REDIRECT,
          hidden: false,
          isRedirect: () => false,
        },
        recorder().observer,
      );
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('focus() restores a minimised window and brings it forward', () => {
    const { window, handle } = openSurface();
    window.minimized = true;
    handle.focus();
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });
});

describe('electron sign-in surface: catching the redirect', () => {
  it('cancels and reports a request to the redirect URL, lets others continue', () => {
    const { session, reports } = openSurface();
    expect(session.request(`${REDIRECT}?code=abc&state=s`)).toEqual({ cancel: true });
    expect(session.request('https://auth.example.com/login')).toEqual({});
    expect(session.request('http://localhost:3000/callback.evil?code=abc')).toEqual({});
    expect(reports).toEqual([{ kind: 'redirect', url: `${REDIRECT}?code=abc&state=s` }]);
  });

  it('cancels but does not report a sub-resource request to the redirect URL', () => {
    const { session, reports } = openSurface();
    expect(session.request(`${REDIRECT}?x=1`, 'image')).toEqual({ cancel: true });
    expect(reports).toEqual([]);
  });

  it('filters webRequest to the redirect origin, or to all web URLs for an unusable redirect URL', () => {
    expect(openSurface().session.filter).toEqual({ urls: ['http://localhost:3000/*'] });
    expect(openSurface({ redirectUrl: 'not a url' }).session.filter).toEqual({
      urls: ['http://*/*', 'https://*/*'],
    });
  });

  it.each(['will-redirect', 'will-navigate'])('stops and reports a %s to the redirect URL', (eventName) => {
    const { window, reports } = openSurface();
    const event = navigationEvent(`${REDIRECT}?code=abc&state=s`);
    window.webContents.emit(eventName, event);
    expect(event.defaultPrevented).toBe(true);
    expect(reports).toEqual([{ kind: 'redirect', url: `${REDIRECT}?code=abc&state=s` }]);
  });

  it('lets https pages and loopback http through, denies other navigations without reporting them', () => {
    const { window, reports } = openSurface();
    const verdicts = Object.fromEntries(
      [
        'https://login.microsoftonline.com/common/oauth2',
        'http://127.0.0.1:4000/login',
        'http://evil.example/phish',
        'file:///etc/passwd',
        'javascript:alert(1)',
      ].map((url) => {
        const event = navigationEvent(url);
        window.webContents.emit('will-navigate', event);
        return [url, event.defaultPrevented ? 'denied' : 'allowed'];
      }),
    );
    expect(verdicts).toEqual({
      'https://login.microsoftonline.com/common/oauth2': 'allowed',
      'http://127.0.0.1:4000/login': 'allowed',
      'http://evil.example/phish': 'denied',
      'file:///etc/passwd': 'denied',
      'javascript:alert(1)': 'denied',
    });
    expect(reports).toEqual([]);
  });

  it('denies a sub-frame navigating to a disallowed URL, and ignores main-frame will-frame-navigate', () => {
    const { window } = openSurface();
    const frame = navigationEvent('http://tracker.example/', false);
    window.webContents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
    const main = navigationEvent('http://tracker.example/', true);
    window.webContents.emit('will-frame-navigate', main);
    expect(main.defaultPrevented).toBe(false);
  });
});

describe('electron sign-in surface: page loads', () => {
  it('reports main-frame load failures with code and description, including ERR_ABORTED', () => {
    const { window, reports } = openSurface();
    window.webContents.emit(
      'did-fail-load',
      {},
      -105,
      'ERR_NAME_NOT_RESOLVED',
      'https://auth.example.com/',
      true,
    );
    window.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', `${REDIRECT}?code=x`, true);
    window.webContents.emit('did-fail-load', {}, -2, 'ERR_FAILED', 'https://ads.example/', false);
    expect(reports).toEqual([
      {
        kind: 'loadFailed',
        url: 'https://auth.example.com/',
        code: -105,
        description: 'ERR_NAME_NOT_RESOLVED',
      },
      { kind: 'loadFailed', url: `${REDIRECT}?code=x`, code: -3, description: 'ERR_ABORTED' },
    ]);
  });

  it('reports a finished page that is not the redirect', () => {
    const { window, reports } = openSurface();
    window.webContents.url = 'https://auth.example.com/login';
    window.webContents.emit('did-finish-load');
    window.webContents.url = `${REDIRECT}?code=x`;
    window.webContents.emit('did-finish-load');
    expect(reports).toEqual([{ kind: 'pageLoaded', url: 'https://auth.example.com/login' }]);
  });
});

describe('electron sign-in surface: closing', () => {
  it('reports a window closed by the user and removes the webRequest listener', () => {
    const { window, session, reports } = openSurface();
    window.userCloses();
    expect(reports).toEqual([{ kind: 'closed' }]);
    expect(session.listener).toBeNull();
    expect(session.request(`${REDIRECT}?code=late`)).toBeUndefined();
  });

  it('closes without reporting when the app closes it, and removes the listener', () => {
    const { window, session, reports, handle } = openSurface();
    handle.close();
    expect(window.destroyed).toBe(true);
    expect(reports).toEqual([]);
    expect(session.listener).toBeNull();
  });

  it('leaves a newer window’s listener on a shared partition in place', () => {
    const electron = new FakeElectron();
    const surface = createElectronSignInSurface(() => undefined, electron);
    const request = {
      url: AUTHORIZE,
      partition: 'persist:shared',
      redirectUrl: REDIRECT,
      hidden: true,
      isRedirect: () => false,
    };
    const first = surface.open(request, recorder().observer);
    const second = recorder();
    surface.open(
      { ...request, isRedirect: (url: string) => isRedirectTarget(url, REDIRECT) },
      second.observer,
    );
    first.close();
    const session = electron.sessionFor('persist:shared');
    expect(session.request(`${REDIRECT}?code=abc`)).toEqual({ cancel: true });
    expect(second.reports).toEqual([{ kind: 'redirect', url: `${REDIRECT}?code=abc` }]);
  });
});

describe('electron sign-in surface: popups and permissions', () => {
  it('allows identity-provider popups only to https or loopback, in the same partition, sandboxed, no preload', () => {
    const { window } = openSurface();
    const allowed = window.webContents.openWindow('https://accounts.example.com/popup');
    expect(allowed).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: {
        webPreferences: {
          partition: 'persist:mix-signin-p1-0',
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
        },
      },
    });
    expect(
      allowed.action === 'allow' && allowed.overrideBrowserWindowOptions.webPreferences.preload,
    ).toBeUndefined();
    expect(window.webContents.openWindow('http://localhost:8080/help').action).toBe('allow');
    expect(window.webContents.openWindow('http://evil.example/').action).toBe('deny');
    expect(window.webContents.openWindow('file:///etc/passwd').action).toBe('deny');
    expect(window.webContents.openWindow('mailto:someone@example.com').action).toBe('deny');
  });

  it('guards a popup’s navigation and closes it with the sign-in window', () => {
    const { window, reports } = openSurface();
    const popup = new FakeWindow();
    window.webContents.emit('did-create-window', popup);
    const phish = navigationEvent('http://evil.example/');
    popup.webContents.emit('will-navigate', phish);
    expect(phish.defaultPrevented).toBe(true);
    const redirect = navigationEvent(`${REDIRECT}?code=p`);
    popup.webContents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
    window.userCloses();
    expect(popup.destroyed).toBe(true);
    expect(reports).toEqual([{ kind: 'redirect', url: `${REDIRECT}?code=p` }, { kind: 'closed' }]);
  });

  it('denies every permission request and check on the partition session', async () => {
    const { session } = openSurface();
    const granted = await new Promise<boolean>((resolve) =>
      session.permissionRequest?.({ id: 2 }, 'media', resolve),
    );
    expect(granted).toBe(false);
    expect(session.permissionCheck?.({ id: 2 }, 'clipboard-sanitized-write')).toBe(false);
  });
});
