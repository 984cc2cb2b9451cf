import type { BrowserWindow, NotificationConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createElectronNotifier } from '../../../../main/electron/electron-notifier';

/** Stands in for Electron's Notification class: records what was constructed and shown. */
function fakeNotificationClass(supported = true) {
  const shown: NotificationConstructorOptions[] = [];
  class FakeNotification {
    static isSupported(): boolean {
      return supported;
    }
    constructor(readonly options: NotificationConstructorOptions) {}
    show(): void {
      shown.push(this.options);
    }
  }
  return { NotificationClass: FakeNotification, shown };
}

function windowWithFocus(focused: boolean): BrowserWindow {
  return { isFocused: () => focused } as unknown as BrowserWindow;
}

type NotificationClassParameter = Parameters<typeof createElectronNotifier>[0];

describe('electron notifier', () => {
  it('notifies when the window is in the background', () => {
    const { NotificationClass, shown } = fakeNotificationClass();
    const notifier = createElectronNotifier(NotificationClass as unknown as NotificationClassParameter, () =>
      windowWithFocus(false),
    );
    expect(notifier.notify('Download finished', 'project-1922.zip')).toBe(true);
    expect(shown).toEqual([{ title: 'Download finished', body: 'project-1922.zip', silent: false }]);
  });

  it('notifies when there is no window at all', () => {
    const { NotificationClass, shown } = fakeNotificationClass();
    const notifier = createElectronNotifier(
      NotificationClass as unknown as NotificationClassParameter,
      () => undefined,
    );
    expect(notifier.notify('Signed out', 'Your session expired')).toBe(true);
    expect(shown).toHaveLength(1);
  });

  it('stays quiet when the user is looking at the window', () => {
    const { NotificationClass, shown } = fakeNotificationClass();
    const notifier = createElectronNotifier(NotificationClass as unknown as NotificationClassParameter, () =>
      windowWithFocus(true),
    );
    expect(notifier.notify('Download finished', 'x')).toBe(false);
    expect(shown).toEqual([]);
  });

  it('reports false where the OS has no notifications', () => {
    const { NotificationClass, shown } = fakeNotificationClass(false);
    const notifier = createElectronNotifier(NotificationClass as unknown as NotificationClassParameter, () =>
      windowWithFocus(false),
    );
    expect(notifier.notify('Download finished', 'x')).toBe(false);
    expect(shown).toEqual([]);
  });
});
