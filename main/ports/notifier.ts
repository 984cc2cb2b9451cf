/** Desktop notifications: Electron's Notification in the app, a recorder in tests. */
export interface Notifier {
  /** Shows the notification unless the app's window has focus; returns whether it was shown. */
  notify(title: string, body: string): boolean;
}
