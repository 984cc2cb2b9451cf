import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import axios from 'axios';
import Conf from 'conf';
import type { MainPorts } from '../../../main/ports/main-ports';
import type { ExternalBrowser } from '../../../main/ports/sign-in-surface';
import { systemClock } from '../../../main/ports/clock';
import { createFileLogger } from '../../../main/log/file-logger';
import { storeSettingsOpener } from '../../../main/storage/store-settings-file';
import type { SecretCipher } from '../../../main/ports/storage';
import { CipherError } from '../../../main/storage/cipher-error';
import { PlaywrightSignInSurface } from './playwright-sign-in-surface';
import { RecordingShell } from '../../stubs/recording-shell';

/** AES-GCM with a key that lives as long as the test: stands in for the OS keyring behind safeStorage. */
export function testCipher(): SecretCipher {
  const key = randomBytes(32);
  return {
    isAvailable: async () => true,
    protection: async () => ({ kind: 'os-keyring' }),
    async encrypt(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(cipherText) {
      try {
        const data = Buffer.from(cipherText);
        const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
        decipher.setAuthTag(data.subarray(12, 28));
        return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        // Another key (a changed keyring) or damaged bytes: final, as safeStorage reports it.
        throw new CipherError('undecryptable', 'Error while decrypting the ciphertext');
      }
    },
  };
}

/** The "system browser" of the tests: a separate Chromium context, like the user's own browser. */
export class PlaywrightExternalBrowser implements ExternalBrowser {
  readonly pages: Page[] = [];
  private readonly waiters: ((page: Page) => void)[] = [];

  constructor(private readonly browser: Browser) {}

  nextPage(): Promise<Page> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private readonly contexts: BrowserContext[] = [];

  async closeAll(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
  }

  async open(url: string): Promise<void> {
    const context = await this.browser.newContext();
    this.contexts.push(context);
    const page = await context.newPage();
    this.pages.push(page);
    this.waiters.splice(0).forEach((resolve) => resolve(page));
    void page.goto(url).catch(() => undefined);
  }
}

export interface TestPorts {
  /** Where the test "save dialog" puts downloads; set `saveAnswer` to undefined to act as a cancelled dialog. */
  downloads: { folder: string; saveAnswer: 'save' | 'cancel'; chosen: string[] };
  /** Notifications the app asked for, as the OS would show them (the test window never has focus). */
  notifications: { title: string; body: string }[];
  ports: MainPorts;
  surface: PlaywrightSignInSurface;
  systemBrowser: PlaywrightExternalBrowser;
  clipboard: string[];
  /** What Show in folder and Open handed the OS (the paths main looked up). */
  shell: RecordingShell;
}

/** MainPorts for the Chromium tests: the same services as the app, with Playwright and Node at the edges. */
export function createTestPorts(browser: Browser, userDataDir: string, sandboxUrl?: string): TestPorts {
  const surface = new PlaywrightSignInSurface(browser);
  const systemBrowser = new PlaywrightExternalBrowser(browser);
  const clipboard: string[] = [];
  const downloads: TestPorts['downloads'] = {
    folder: join(userDataDir, 'Downloads'),
    saveAnswer: 'save',
    chosen: [],
  };
  const notifications: TestPorts['notifications'] = [];
  const shell = new RecordingShell();
  const ports: MainPorts = {
    settings: storeSettingsOpener(
      join(userDataDir, 'settings.json'),
      () => new Conf({ projectName: 'mix-explorer-e2e', cwd: userDataDir, configName: 'settings' }),
    ),
    cipher: testCipher(),
    surface,
    browser: systemBrowser,
    http: () => axios.create(),
    partitions: { clear: (partition) => surface.clearPartition(partition) },
    clipboard: { writeText: (text) => void clipboard.push(text) },
    notifier: { notify: (title, body) => notifications.push({ title, body }) > 0 },
    saveDialog: {
      async choose(suggestedName) {
        downloads.chosen.push(suggestedName);
        if (downloads.saveAnswer === 'cancel') return undefined;
        await mkdir(downloads.folder, { recursive: true });
        return join(downloads.folder, suggestedName);
      },
    },
    shell,
    clock: systemClock,
    log: createFileLogger({ folder: join(userDataDir, 'logs') }),
    appVersion: '0.1.0-e2e',
    sandboxUrl,
  };
  return { ports, surface, systemBrowser, clipboard, downloads, notifications, shell };
}
