import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../../main/security/app-url';
import { createSenderPolicy } from '../../../../main/security/trusted-sender';

const APP = 'app://mix-explorer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts any page of the app:// origin, with any hash or query', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl(`${APP}#/profiles/p1`, APP)).toBe(true);
    expect(isAppUrl(`${APP}?x=1`, APP)).toBe(true);
    expect(isAppUrl('app://mix-explorer/', APP)).toBe(true);
    expect(isAppUrl('app://mix-explorer/assets/index.js', APP)).toBe(true);
  });

  it('refuses other origins on the same scheme, and every file:// page', () => {
    expect(isAppUrl('app://mix-explorer.evil/index.html', APP)).toBe(false);
    expect(isAppUrl('app://other/index.html', APP)).toBe(false);
    expect(isAppUrl('app://mix-explorer:444/index.html', APP)).toBe(false);
    expect(isAppUrl('app://user@mix-explorer/index.html', APP)).toBe(false);
    expect(isAppUrl('file:///opt/Mix%20Explorer/resources/app.asar/out/renderer/index.html', APP)).toBe(
      false,
    );
    expect(isAppUrl('file:///tmp/index.html', APP)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', APP)).toBe(false);
    expect(isAppUrl('https://mix-explorer/index.html', APP)).toBe(false);
  });

  it('accepts the dev server origin and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/', DEV_APP)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/page.html#x', DEV_APP)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV_APP)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl('http://user@localhost:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl(APP, DEV_APP)).toBe(false);
  });

  it('refuses junk, and never treats a file:// app URL as trustworthy', () => {
    expect(isAppUrl('', APP)).toBe(false);
    expect(isAppUrl('about:blank', DEV_APP)).toBe(false);
    expect(isAppUrl(APP, 'not a url')).toBe(false);
    expect(isAppUrl('file:///app/index.html', 'file:///app/index.html')).toBe(false);
  });
});

describe('createSenderPolicy', () => {
  const sender = { webContentsId: 4, isMainFrame: true, frameUrl: `${APP}#/` };
  const DEV = { packaged: false };

  it('trusts the main window’s top frame on the app page', () => {
    expect(createSenderPolicy(() => 4, APP, DEV)(sender)).toBe(true);
  });

  it('refuses when there is no main window, another window, a sub-frame or another page', () => {
    expect(createSenderPolicy(() => undefined, APP, DEV)(sender)).toBe(false);
    expect(createSenderPolicy(() => 5, APP, DEV)(sender)).toBe(false);
    expect(createSenderPolicy(() => 4, APP, DEV)({ ...sender, isMainFrame: false })).toBe(false);
    expect(createSenderPolicy(() => 4, APP, DEV)({ ...sender, frameUrl: 'https://auth.example.com/' })).toBe(
      false,
    );
  });

  it('follows the main window as it is replaced', () => {
    let id: number | undefined = 4;
    const policy = createSenderPolicy(() => id, APP, DEV);
    id = 9;
    expect(policy(sender)).toBe(false);
    expect(policy({ ...sender, webContentsId: 9 })).toBe(true);
  });

  it('trusts a dev server in development only: the installed app trusts app:// and nothing else', () => {
    const devFrame = { ...sender, frameUrl: 'http://localhost:5173/' };
    expect(createSenderPolicy(() => 4, DEV_APP, DEV)(devFrame)).toBe(true);
    // ELECTRON_RENDERER_URL set by a local process on the installed app: its page gets no IPC.
    const installed = createSenderPolicy(() => 4, DEV_APP, { packaged: true });
    expect(installed(devFrame)).toBe(false);
    expect(installed(sender)).toBe(true);
  });
});
