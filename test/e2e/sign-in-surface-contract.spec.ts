import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from '@playwright/test';
import {
  SIGN_IN_SURFACE_CONTRACT,
  until,
  type SurfaceDriver,
} from '../unit/main/electron/contracts/sign-in-surface-contract';
import { freePort } from '../support/ports';
import { PlaywrightSignInSurface } from './support/playwright-sign-in-surface';

// The sign-in surface contract (also run on the Electron adapter in test/unit/main/electron/) on the
// Chromium tests' Playwright surface, against a real login page whose form answers with a 302.

let server: Server;
let origin = '';
let redirectUrl = '';
let target = '';

test.beforeAll(async () => {
  redirectUrl = `http://localhost:${await freePort()}/callback`;
  server = createServer((req, res) => {
    if (req.url?.startsWith('/login')) {
      res.writeHead(302, { location: target });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Log in</title><a href="/login">Log in</a>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

for (const [name, run] of Object.entries(SIGN_IN_SURFACE_CONTRACT)) {
  test(`sign-in surface contract (Playwright surface): ${name}`, async ({ browser }) => {
    const surface = new PlaywrightSignInSurface(browser);
    const latest = () => surface.pages.at(-1);
    let shown = 0;
    const driver: SurfaceDriver = {
      surface,
      authorizeUrl: `${origin}/oauth2/auth?client_id=x&state=s`,
      redirectUrl,
      async pageShown() {
        await until(() => surface.pages.length > shown, 'the page was opened');
        shown = surface.pages.length;
        await latest()?.waitForLoadState('load');
      },
      async logIn(redirectTarget) {
        target = redirectTarget;
        await latest()?.getByRole('link', { name: 'Log in' }).click();
      },
      userCloses: async () => void (await latest()?.close()),
      windowGone: () => until(() => latest()?.isClosed() ?? true, 'the page was closed'),
    };
    try {
      await run(driver);
    } finally {
      await surface.closeAll();
    }
  });
}
