import { describe, expect, it } from 'vitest';
import { applyAppPolicies, type PolicyContentsLike } from '../../../../main/security/app-policies';
import { createDocumentationOpener } from '../../../../main/security/documentation-opener';
import { isDocumentationLink } from '../../../../main/security/documentation-links';
import type { PermissionAsker } from '../../../../main/security/permissions';
import { FakeEmitter, navigationEvent } from '../electron/fakes';

const APP_URL = 'app://mix-explorer/index.html';

class FakePolicyContents extends FakeEmitter implements PolicyContentsLike {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  permissionRequest:
    ((wc: PermissionAsker, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheck: ((wc: PermissionAsker, permission: string) => boolean) | undefined;
  readonly session = {
    setPermissionRequestHandler: (handler: NonNullable<FakePolicyContents['permissionRequest']>) => {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler: NonNullable<FakePolicyContents['permissionCheck']>) => {
      this.permissionCheck = handler;
    },
  };
  constructor(readonly id: number) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
}

function setUp(mainWindowId: number | undefined = 1, appUrl = APP_URL, packaged = true) {
  const app = new FakeEmitter();
  const opened: string[] = [];
  applyAppPolicies(app, {
    mainWindowId: () => mainWindowId,
    appUrl,
    packaged,
    openDocumentation: createDocumentationOpener(
      async (url) => {
        opened.push(url);
      },
      () => undefined,
    ),
  });
  const created = (id: number): FakePolicyContents => {
    const contents = new FakePolicyContents(id);
    app.emit('web-contents-created', {}, contents);
    return contents;
  };
  return { created, opened };
}

describe('applyAppPolicies', () => {
  it('refuses <webview> in every webContents', () => {
    const { created } = setUp();
    for (const contents of [created(1), created(2)]) {
      const event = navigationEvent('');
      contents.emit('will-attach-webview', event, {}, {});
      expect(event.defaultPrevented).toBe(true);
    }
  });

  it('denies every new window; allow-listed https documentation links open in the browser instead', async () => {
    const { created, opened } = setUp();
    const contents = created(1);
    const urls = [
      'https://docs.mix.nuance.com/mix-api/v4/',
      'https://mix.nuance.com/v3/',
      'http://docs.mix.nuance.com/',
      'https://docs.mix.nuance.com.evil.example/',
      'https://evil.example/',
      'file:///etc/passwd',
      'mix-explorer://x',
    ];
    for (const url of urls) expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://docs.mix.nuance.com/mix-api/v4/', 'https://mix.nuance.com/v3/']);
  });

  it('keeps the main window on the app; a documentation link clicked there opens in the browser', async () => {
    const { created, opened } = setUp(1);
    const main = created(1);
    const verdict = (url: string) => {
      const event = navigationEvent(url);
      main.emit('will-navigate', event);
      return event.defaultPrevented ? 'denied' : 'allowed';
    };
    expect(verdict(`${APP_URL}#/profiles`)).toBe('allowed');
    expect(verdict('app://mix-explorer/other.html')).toBe('allowed');
    expect(verdict('app://elsewhere/index.html')).toBe('denied');
    expect(verdict('file:///app/out/renderer/index.html')).toBe('denied');
    expect(verdict('https://evil.example/')).toBe('denied');
    expect(verdict('file:///etc/passwd')).toBe('denied');
    expect(verdict('https://docs.nuance.com/mix/')).toBe('denied');
    await Promise.resolve();
    expect(opened).toEqual(['https://docs.nuance.com/mix/']);
  });

  it('keeps the installed app on app:// even when given a dev-server URL; development may use it', () => {
    const verdictFor = (packaged: boolean) => {
      const main = setUp(1, 'http://localhost:5173/', packaged).created(1);
      const event = navigationEvent('http://localhost:5173/index.html');
      main.emit('will-navigate', event);
      return event.defaultPrevented ? 'denied' : 'allowed';
    };
    expect(verdictFor(true)).toBe('denied');
    expect(verdictFor(false)).toBe('allowed');
  });

  it('leaves navigation of other webContents (sign-in windows) to their own policy', () => {
    const { created } = setUp(1);
    const signIn = created(2);
    const event = navigationEvent('https://auth.example.com/login');
    signIn.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('denies permission requests and checks on every webContents’ session', async () => {
    const { created } = setUp();
    const contents = created(1);
    const granted = await new Promise<boolean>((resolve) =>
      contents.permissionRequest?.(contents, 'notifications', resolve),
    );
    expect(granted).toBe(false);
    expect(contents.permissionCheck?.(contents, 'clipboard-read')).toBe(false);
    expect(contents.permissionCheck?.(null, 'media')).toBe(false);
  });

  it('lets only the main window write to the clipboard', () => {
    const { created } = setUp(1);
    const main = created(1);
    const signIn = created(2);
    expect(main.permissionCheck?.(main, 'clipboard-sanitized-write')).toBe(true);
    expect(signIn.permissionCheck?.(signIn, 'clipboard-sanitized-write')).toBe(false);
    expect(main.permissionCheck?.(null, 'clipboard-sanitized-write')).toBe(false);
  });
});

describe('isDocumentationLink', () => {
  it('accepts https on the allow-listed hosts only', () => {
    expect(isDocumentationLink('https://mix.api.nuance.com/docs')).toBe(true);
    expect(isDocumentationLink('https://docs.nuance.com/')).toBe(true);
    expect(isDocumentationLink('https://docs.nuance.com:8443/')).toBe(false);
    expect(isDocumentationLink('https://me@docs.nuance.com/')).toBe(false);
    expect(isDocumentationLink('https://nuance.com/')).toBe(false);
    expect(isDocumentationLink('nonsense')).toBe(false);
  });
});

describe('createDocumentationOpener', () => {
  it('opens allow-listed links only, and logs a failure to open', async () => {
    const opened: string[] = [];
    const warnings: string[] = [];
    const open = createDocumentationOpener(
      async (url) => {
        opened.push(url);
        if (url.includes('broken')) throw new Error('no browser');
      },
      (message) => warnings.push(message),
    );
    expect(open('https://docs.nuance.com/mix/apis/mix-api/')).toBe(true);
    expect(open('https://evil.example/')).toBe(false);
    expect(open('javascript:alert(1)')).toBe(false);
    expect(open('https://docs.nuance.com/broken')).toBe(true);
    expect(opened).toEqual(['https://docs.nuance.com/mix/apis/mix-api/', 'https://docs.nuance.com/broken']);
    await expect.poll(() => warnings).toEqual(['[security] could not open a documentation link']);
  });
});
