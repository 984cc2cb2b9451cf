import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createMainServices } from '../../../main/app/create-main-services';
import type { MainPorts } from '../../../main/ports/main-ports';
import type { MainServices } from '../../../main/app/main-services';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../main/emulator/index';
import { RENDERER_ORIGIN, RENDERER_URL, serveRenderer } from './renderer-origin';
import { createTestPorts, type TestPorts } from './test-ports';
import { TEST_WEB_CONTENTS_ID, installTestTransport, pageEventSink } from './test-transport';

const SCREENS_DIR = join('test-results', 'screens');

export interface AppHarness extends Omit<TestPorts, 'ports'> {
  page: Page;
  sandbox: RunningSandbox;
  services: MainServices;
  /** Saves a screenshot of the app window to test-results/screens/<name>.png. */
  screenshot(name: string, page?: Page): Promise<void>;
  /** Every event main sent to the window, with performance.now() of sending. */
  events: { at: number; event: string; payload: unknown }[];
  /**
   * Stops handing main's events to the page until the returned function is called (they are still recorded
   * in `events`): for measuring main without the test transport, whose page.evaluate per event costs far
   * more than Electron's webContents.send.
   */
  holdEventsFromPage(): () => void;
  /** Closes the window, main's services and the sandbox; a second call waits for the first. */
  close(): Promise<void>;
}

/**
 * Starts the sandbox, the real main-side services on test ports, and the built renderer in Chromium
 * connected to them through the test transport: the app, minus Electron.
 */
export interface StartAppOptions {
  sandbox?: SandboxOptions;
  demo?: boolean;
  userDataDir?: string;
  /** Replaces ports before the services start (e.g. a cipher with no keyring behind it). */
  ports?: Partial<MainPorts>;
}

export async function startApp(browser: Browser, options: StartAppOptions = {}): Promise<AppHarness> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'mix-explorer-e2e-')));
  const test = createTestPorts(browser, userDataDir, options.demo ? sandbox.url : undefined);
  const services = await createMainServices({ ...test.ports, ...options.ports });

  const context = await browser.newContext();
  await serveRenderer(context, join('out', 'renderer'));
  const page = await context.newPage();
  const events: AppHarness['events'] = [];
  const send = pageEventSink(page);
  let deliver = true;
  const router = services.createRouter({
    isTrustedSender: (sender) =>
      sender.webContentsId === TEST_WEB_CONTENTS_ID &&
      sender.isMainFrame &&
      sender.frameUrl.startsWith(RENDERER_ORIGIN),
    sendEvent: (event, payload) => {
      events.push({ at: performance.now(), event, payload });
      if (deliver) send(event, payload);
    },
  });
  await installTestTransport(page, router);
  await page.goto(RENDERER_URL);
  await services.restoreSessions();
  await mkdir(SCREENS_DIR, { recursive: true });

  let closed: Promise<void> | undefined;
  async function close(): Promise<void> {
    // The window first: a renderer still reading in the background (the search walk) stops asking
    // main before main's services go away.
    await Promise.all([context.close(), test.surface.closeAll(), test.systemBrowser.closeAll()]);
    services.dispose();
    await sandbox.close();
    // A log line still being flushed can make one pass of rm meet a non-empty folder (ENOTEMPTY).
    if (!options.userDataDir) {
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    }
  }

  return {
    ...test,
    page,
    sandbox,
    services,
    events,
    holdEventsFromPage() {
      deliver = false;
      return () => {
        deliver = true;
      };
    },
    async screenshot(name, target = page) {
      await target.screenshot({ path: join(SCREENS_DIR, `${name}.png`) });
    },
    close() {
      closed ??= close();
      return closed;
    },
  };
}
