/** What main knows about who sent an IPC message, taken from Electron's event (or from a test transport). */
export interface IpcSender {
  /** `event.sender.id`. */
  webContentsId: number;
  /** True when the sending frame is the top frame of its webContents. */
  isMainFrame: boolean;
  /** URL of the sending frame (`event.senderFrame.url`). */
  frameUrl: string;
}

/** Decides whether a sender may use the API at all: the app's own main frame only. */
export type SenderPolicy = (sender: IpcSender) => boolean;
