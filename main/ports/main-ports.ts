import type { ExternalBrowser, SignInSurface } from './sign-in-surface';
import type { Clock } from './clock';
import type { HttpClientFactory } from './http';
import type { Notifier } from './notifier';
import type { SaveDialog } from './save-dialog';
import type { FileShell } from './file-shell';
import type { BrowserPartitions } from './browser-partitions';
import type { Clipboard } from './clipboard';
import type { EmulatorStarter } from '../demo/demo-mode';
import type { Logger } from './logger';
import type { SecretCipher, SettingsFileOpener } from './storage';

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
  /** Show in folder / Open for files main saved (never a path from the renderer). */
  shell: FileShell;
  notifier: Notifier;
  clock: Clock;
  /** main's one log (main/log/file-logger.ts in the app); every service writes to it. */
  log: Logger;
  appVersion: string;
  /** Set under `npm run demo`: the local Mix sandbox to preconfigure a profile for. */
  sandboxUrl?: string;
  /** Starts the Demo's Mix emulator; defaults to the built-in one (main/demo/start-emulator.ts), loaded lazily. */
  startEmulator?: EmulatorStarter;
}
