import { describe, it } from 'vitest';
import { createElectronSignInSurface } from '../../../../main/electron/electron-sign-in-surface';
import { SIGN_IN_SURFACE_CONTRACT, until, type SurfaceDriver } from './contracts/sign-in-surface-contract';
import { FakeElectron, type FakeWindow } from './fakes';

/** The Electron adapter on the window fake that navigates like Electron (fakes.ts, FakeWindow.navigate). */
function electronDriver(): SurfaceDriver {
  const electron = new FakeElectron();
  const login = 'https://auth.example.test/login';
  let target = '';
  electron.site = (url) => (url === login ? { redirect: target } : { page: true });
  const latest = () => electron.windows.at(-1) as FakeWindow;
  return {
    surface: createElectronSignInSurface(() => undefined, electron),
    authorizeUrl: 'https://auth.example.test/oauth2/auth?client_id=x&state=s',
    redirectUrl: 'http://localhost:3000/callback',
    pageShown: () => until(() => latest()?.webContents.getURL() !== '', 'the page was shown'),
    async logIn(redirectTarget) {
      target = redirectTarget;
      await latest()
        .pageNavigates(login)
        .catch(() => undefined);
    },
    userCloses: async () => latest().userCloses(),
    windowGone: () => until(() => latest().destroyed, 'the window was destroyed'),
  };
}

// The same contract runs on the Playwright surface in test/e2e/sign-in-surface-contract.spec.ts.
describe('sign-in surface contract: Electron adapter (Electron-like window fake)', () => {
  for (const [name, run] of Object.entries(SIGN_IN_SURFACE_CONTRACT)) it(name, () => run(electronDriver()));
});
