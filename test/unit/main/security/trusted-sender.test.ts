import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../../main/security/app-url';
import { createSenderPolicy } from '../../../../main/security/trusted-sender';

const FILE_APP = 'file:///opt/Mix%20Explorer/resources/app.asar/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts exactly the packaged index.html, with any hash or query', () => {
    expect(isAppUrl(FILE_APP, FILE_APP)).toBe(true);
    expect(isAppUrl(`${FILE_APP}#/profiles/p1`, FILE_APP)).toBe(true);
    expect(isAppUrl(`${FILE_APP}?x=1`, FILE_APP)).toBe(true);
  });

  it('refuses other files, even beside the app', () => {
    expect(isAppUrl('file:///opt/Mix%20Explorer/resources/app.asar/out/renderer/other.html', FILE_APP)).toBe(
      false,
    );
    expect(isAppUrl('file:///tmp/index.html', FILE_APP)).toBe(false);
    expect(
      isAppUrl('file://evil-share/opt/Mix%20Explorer/resources/app.asar/out/renderer/index.html', FILE_APP),
    ).toBe(false);
    expect(isAppUrl('http://localhost:5173/', FILE_APP)).toBe(false);
  });

  it('accepts the dev server origin and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/', DEV_APP)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/page.html#x', DEV_APP)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV_APP)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl('http://user@localhost:5173/', DEV_APP)).toBe(false);
  });

  it('refuses junk', () => {
    expect(isAppUrl('', FILE_APP)).toBe(false);
    expect(isAppUrl('about:blank', DEV_APP)).toBe(false);
    expect(isAppUrl(FILE_APP, 'not a url')).toBe(false);
  });
});

describe('createSenderPolicy', () => {
  const sender = { webContentsId: 4, isMainFrame: true, frameUrl: `${FILE_APP}#/` };

  it('trusts the main window’s top frame on the app page', () => {
    expect(createSenderPolicy(() => 4, FILE_APP)(sender)).toBe(true);
  });

  it('refuses when there is no main window, another window, a sub-frame or another page', () => {
    expect(createSenderPolicy(() => undefined, FILE_APP)(sender)).toBe(false);
    expect(createSenderPolicy(() => 5, FILE_APP)(sender)).toBe(false);
    expect(createSenderPolicy(() => 4, FILE_APP)({ ...sender, isMainFrame: false })).toBe(false);
    expect(createSenderPolicy(() => 4, FILE_APP)({ ...sender, frameUrl: 'https://auth.example.com/' })).toBe(
      false,
    );
  });

  it('follows the main window as it is replaced', () => {
    let id: number | undefined = 4;
    const policy = createSenderPolicy(() => id, FILE_APP);
    id = 9;
    expect(policy(sender)).toBe(false);
    expect(policy({ ...sender, webContentsId: 9 })).toBe(true);
  });
});
