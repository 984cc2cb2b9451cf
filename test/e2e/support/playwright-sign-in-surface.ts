import type { Browser, BrowserContext, Page } from '@playwright/test';
import type {
  SignInSurface,
  SignInSurfaceHandle,
  SignInSurfaceObserver,
  SignInSurfaceRequest,
} from '../../../main/ports/sign-in-surface';

/** Chromium's net error codes, as Electron's did-fail-load reports them. */
const NET_ERROR_CODES: Record<string, number> = {
  'net::ERR_ABORTED': -3,
  'net::ERR_CONNECTION_REFUSED': -102,
  'net::ERR_NAME_NOT_RESOLVED': -105,
  'net::ERR_CERT_AUTHORITY_INVALID': -202,
};

/**
 * The sign-in surface of the Chromium tests: what the Electron BrowserWindow does in the app, done with
 * Playwright. A partition is a browser context (cookies kept across attempts, so silent renewal works);
 * a request to the redirect URL is stopped before it leaves the browser, like webRequest.onBeforeRequest.
 */
export class PlaywrightSignInSurface implements SignInSurface {
  private readonly contexts = new Map<string, Promise<BrowserContext>>();
  /** Pages opened for sign-in, newest last, so a test can act in the window the app opened. */
  readonly pages: Page[] = [];
  private readonly pageWaiters: ((page: Page) => void)[] = [];
  /** performance.now() of each redirect the surface caught, for timing what follows it. */
  readonly redirectsCaughtAt: number[] = [];
  /**
   * Runs before the app hears of a caught redirect: a story can play someone on the way (a malicious
   * extension, a proxy log) who sees the redirect, code included, before the app does.
   */
  seenFirstBy: ((url: string) => Promise<void>) | undefined;

  constructor(private readonly browser: Browser) {}

  context(partition: string): Promise<BrowserContext> {
    let context = this.contexts.get(partition);
    if (!context) {
      context = this.browser.newContext({ viewport: { width: 520, height: 720 } });
      this.contexts.set(partition, context);
    }
    return context;
  }

  /** Resolves with the next sign-in page the app opens (or the latest one if it is already open). */
  nextPage(): Promise<Page> {
    return new Promise((resolve) => this.pageWaiters.push(resolve));
  }

  /** Closes every partition's context (the app quitting). */
  async closeAll(): Promise<void> {
    const contexts = await Promise.all(this.contexts.values());
    this.contexts.clear();
    await Promise.all(contexts.map((context) => context.close()));
  }

  async clearPartition(partition: string): Promise<void> {
    const context = await this.contexts.get(partition);
    await context?.clearCookies();
  }

  open(request: SignInSurfaceRequest, observer: SignInSurfaceObserver): SignInSurfaceHandle {
    let page: Page | undefined;
    let closedByApp = false;
    const report = (url: string) => {
      this.redirectsCaughtAt.push(performance.now());
      const first = this.seenFirstBy;
      if (first === undefined) observer.redirect(url);
      else void first(url).finally(() => observer.redirect(url));
    };
    const ready = (async () => {
      const context = await this.context(request.partition);
      page = await context.newPage();
      this.pages.push(page);
      await page.route(
        (url) => request.isRedirect(url.href),
        async (route) => {
          report(route.request().url());
          await route.abort('aborted');
        },
      );
      // Playwright does not route a request reached through a server redirect from the first URL of a
      // navigation (its documented limit), so the request event is the backup, like will-redirect in Electron.
      page.on('request', (sent) => {
        if (sent.isNavigationRequest() && request.isRedirect(sent.url())) report(sent.url());
      });
      page.on('load', () => {
        const url = page?.url() ?? '';
        // Chromium's own error page for the stopped redirect is not a page of the authorization service.
        if (!request.isRedirect(url) && !url.startsWith('chrome-error:')) observer.pageLoaded(url);
      });
      page.on('requestfailed', (failed) => {
        if (
          failed.isNavigationRequest() &&
          failed.frame() === page?.mainFrame() &&
          !request.isRedirect(failed.url())
        ) {
          const errorText = failed.failure()?.errorText ?? 'net::ERR_FAILED';
          observer.loadFailed(failed.url(), NET_ERROR_CODES[errorText] ?? -2, errorText);
        }
      });
      page.on('close', () => {
        if (!closedByApp) observer.closed();
      });
      this.pageWaiters.splice(0).forEach((resolve) => page && resolve(page));
      // A navigation stopped at the redirect rejects with ERR_ABORTED, as loadURL does in Electron.
      await page.goto(request.url).catch(() => undefined);
    })();
    return {
      focus: () => void ready.then(() => page?.bringToFront()),
      close: () => {
        closedByApp = true;
        void ready.then(() => page?.close());
      },
    };
  }
}
