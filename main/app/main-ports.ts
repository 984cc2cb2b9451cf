import type { ExternalBrowser, SignInSurface } from '../auth/sign-in-surface';
import type { Clock } from '../platform/clock';
import type { HttpClientFactory } from '../platform/http';
import type { Notifier } from '../platform/notifier';
import type { SaveDialog } from '../platform/save-dialog';
import type { BrowserPartitions, Clipboard } from '../session/ports';
import type { SecretCipher, SettingsFileOpener } from '../storage/ports';

/**
 * Everything main's services need from the outside world. main/index.ts fills it with Electron adapters;
 * the Chromium test transport fills it with Playwright and Node implementations. One interface, several
 * implementations, chosen at the edge.
 */
export interface MainPorts {
  settings: SettingsFileOpener;
  cipher: SecretCipher;
  surface: SignInSurface;
  browser: ExternalBrowser;
  http: HttpClientFactory;
  partitions: BrowserPartitions;
  clipboard: Clipboard;
  saveDialog: SaveDialog;
  notifier: Notifier;
  clock: Clock;
  appVersion: string;
  /** Set under `npm run demo`: the local Mix sandbox to preconfigure a profile for. */
  sandboxUrl?: string;
}
