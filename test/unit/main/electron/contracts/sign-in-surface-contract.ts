import { strict as assert } from 'node:assert';
import { isRedirectTarget } from '../../../../../main/auth/redirect-match';
import type {
  SignInSurface,
  SignInSurfaceHandle,
  SignInSurfaceObserver,
} from '../../../../../main/ports/sign-in-surface';

/** How a contract case plays the sign-in pages, whatever shows them (an Electron window, a Chromium page). */
export interface SurfaceDriver {
  surface: SignInSurface;
  /** The authorization service's login page. */
  authorizeUrl: string;
  /** The registered redirect URL (nothing listens there). */
  redirectUrl: string;
  /** Resolves once the surface's page has loaded the authorize URL. */
  pageShown(): Promise<void>;
  /** The user logs in: the login page answers with a server redirect to `target`. */
  logIn(target: string): Promise<void>;
  /** The user closes the window. */
  userCloses(): Promise<void>;
  /** Resolves once the surface's latest window is gone. */
  windowGone(): Promise<void>;
}

export type Report =
  | { kind: 'redirect'; url: string }
  | { kind: 'pageLoaded'; url: string }
  | { kind: 'loadFailed'; url: string }
  | { kind: 'closed' };

/** Opens the surface the way a sign-in attempt does, recording what it reports. */
export function openSurface(driver: SurfaceDriver): { handle: SignInSurfaceHandle; reports: Report[] } {
  const reports: Report[] = [];
  const observer: SignInSurfaceObserver = {
    redirect: (url) => reports.push({ kind: 'redirect', url }),
    pageLoaded: (url) => reports.push({ kind: 'pageLoaded', url }),
    loadFailed: (url) => reports.push({ kind: 'loadFailed', url }),
    closed: () => reports.push({ kind: 'closed' }),
  };
  const handle = driver.surface.open(
    {
      url: driver.authorizeUrl,
      partition: 'persist:mix-signin-contract-0',
      redirectUrl: driver.redirectUrl,
      hidden: false,
      isRedirect: (url) => isRedirectTarget(url, driver.redirectUrl),
    },
    observer,
  );
  return { handle, reports };
}

/** Waits until `condition` holds, checking every few milliseconds. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 2_000; turn += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`Timed out waiting until ${what}`);
}

/**
 * What a sign-in attempt (main/auth/sign-in-attempt.ts) relies on from a SignInSurface, written once and run
 * against the Electron adapter (on the Electron-like window fake) and the Chromium tests' Playwright surface.
 * Plain async cases with node:assert, so Vitest and Playwright can both run them.
 */
export const SIGN_IN_SURFACE_CONTRACT: Record<string, (driver: SurfaceDriver) => Promise<void>> = {
  'shows the authorize page and reports it loaded': async (driver) => {
    const { handle, reports } = openSurface(driver);
    await driver.pageShown();
    await until(() => reports.some((report) => report.kind === 'pageLoaded'), 'the page loaded');
    assert.deepEqual(
      reports.filter((report) => report.kind === 'pageLoaded').map((report) => new URL(report.url).pathname),
      [new URL(driver.authorizeUrl).pathname],
    );
    handle.close();
  },

  'reports the redirect with its code, and neither a load nor a failure of the redirect URL': async (
    driver,
  ) => {
    const { handle, reports } = openSurface(driver);
    await driver.pageShown();
    const target = `${driver.redirectUrl}?code=contract-code&state=s`;
    await driver.logIn(target);
    await until(() => reports.some((report) => report.kind === 'redirect'), 'the redirect was reported');
    const redirects = reports.filter((report) => report.kind === 'redirect');
    assert.ok(redirects.every((report) => report.kind === 'redirect' && report.url === target));
    assert.ok(
      !reports.some(
        (report) =>
          (report.kind === 'pageLoaded' || report.kind === 'loadFailed') &&
          isRedirectTarget(report.url, driver.redirectUrl),
      ),
      `the redirect URL must never load or count as a failure: ${JSON.stringify(reports)}`,
    );
    handle.close();
  },

  'reports the user closing the window, but not the app closing it': async (driver) => {
    const first = openSurface(driver);
    await driver.pageShown();
    await driver.userCloses();
    await until(() => first.reports.some((report) => report.kind === 'closed'), 'the close was reported');

    const second = openSurface(driver);
    await driver.pageShown();
    second.handle.close();
    await driver.windowGone();
    assert.ok(!second.reports.some((report) => report.kind === 'closed'));
  },
};
