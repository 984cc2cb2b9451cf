import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type BridgeGlobalName,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
  type MixExplorerBridge,
  type Result,
} from '../common/ipc-contract';

const refused: Result<never> = {
  ok: false,
  problem: { code: 'invalid-input', message: 'The request was refused: unknown request.' },
};
const unreachable: Result<never> = {
  ok: false,
  problem: {
    code: 'internal',
    message: 'Mix Explorer could not reach its main process. Please restart the app.',
  },
};

const api: MixExplorerBridge = {
  async invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>) {
    if (!Object.hasOwn(INVOKE_CHANNELS, channel)) return refused;
    try {
      return (await ipcRenderer.invoke(channel, request)) as Result<InvokeResponse<C>>;
    } catch {
      // Main always answers with a Result; a rejection means no handler or a payload that cannot be cloned.
      return unreachable;
    }
  },
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void) {
    if (!Object.hasOwn(EVENT_CHANNELS, event)) return () => undefined;
    // The renderer gets the payload only: the IpcRendererEvent would hand it `sender` (ipcRenderer itself).
    const forward = (_event: IpcRendererEvent, payload: EventPayload<E>): void => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('mixExplorer' satisfies BridgeGlobalName, Object.freeze(api));
