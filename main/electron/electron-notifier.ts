import type {
  BrowserWindow,
  Notification as ElectronNotification,
  NotificationConstructorOptions,
} from 'electron';
import type { Notifier } from '../ports/notifier';

/** Notifies only when the user is elsewhere: a finished download in a focused window needs no toast. */
export function createElectronNotifier(
  NotificationClass: {
    new (options: NotificationConstructorOptions): ElectronNotification;
    isSupported(): boolean;
  },
  window: () => BrowserWindow | undefined,
): Notifier {
  return {
    notify(title, body) {
      if (window()?.isFocused() || !NotificationClass.isSupported()) return false;
      new NotificationClass({ title, body, silent: false }).show();
      return true;
    },
  };
}
