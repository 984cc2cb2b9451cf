import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  BridgeGlobalName,
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  MixExplorerBridge,
  Result,
} from '../common/ipc-contract';

// The Record types make the compiler list every contract channel here, and nothing else.
const INVOKE_CHANNELS: Record<InvokeChannel, true> = {
  'app:info': true,
  'profiles:list': true,
  'profiles:save': true,
  'profiles:duplicate': true,
  'profiles:remove': true,
  'profiles:select': true,
  'session:get': true,
  'session:sign-in': true,
  'session:cancel-sign-in': true,
  'session:sign-out': true,
  'session:forget': true,
  'session:copy-access-token': true,
  'mix:version': true,
  'mix:organizations': true,
  'mix:get': true,
  'mix:cancel': true,
  'mix:download': true,
  'mix:cancel-download': true,
  'mix:copy-command': true,
  'activity:list': true,
  'app:notify': true,
  'app:copy-text': true,
};

const EVENT_CHANNELS: Record<EventChannel, true> = {
  'session:changed': true,
  'profiles:changed': true,
  'app:notice': true,
  'app:secret-storage': true,
  'activity:entry': true,
  'download:progress': true,
  'app:deep-link': true,
  'app:open-settings': true,
};

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
