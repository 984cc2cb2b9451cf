import type { IpcSender, SenderPolicy } from '../ipc/ipc-sender';
import { isAppUrl, trustedAppUrl } from './app-url';

/**
 * Only the main window's top frame, showing the app's own renderer, may use the IPC API. An iframe, a
 * sign-in window or a main window navigated elsewhere is refused even though it runs the same preload.
 * The installed app trusts the app:// origin only, whatever URL it was given (a dev server never).
 */
export function createSenderPolicy(
  mainWindowId: () => number | undefined,
  rendererUrl: string,
  { packaged }: { packaged: boolean },
): SenderPolicy {
  const appUrl = trustedAppUrl(rendererUrl, packaged);
  return (sender: IpcSender) => {
    const id = mainWindowId();
    return (
      id !== undefined &&
      sender.webContentsId === id &&
      sender.isMainFrame &&
      isAppUrl(sender.frameUrl, appUrl)
    );
  };
}
