import type { IpcRouter, EventSink } from '../ipc/ipc-router';
import type { SenderPolicy } from '../ipc/ipc-sender';
import type { FinishedSignIn } from '../auth/sign-in-timeline';

/** What main/index.ts gets back from the composition root (main/app/create-main-services.ts). */
export interface MainServices {
  /** Builds the IPC router for a given sender policy and event sink (the main window's). */
  createRouter(options: { isTrustedSender: SenderPolicy; sendEvent: EventSink }): IpcRouter;
  /** Restores persisted sessions; call once after the window exists. */
  restoreSessions(): Promise<void>;
  /** The last sign-in attempts with their timelines, oldest first ("Copy diagnostics"). */
  recentSignIns(): FinishedSignIn[];
  dispose(): void;
}
