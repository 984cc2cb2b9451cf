/**
 * The renderer's only door to main. Preload exposes one frozen object as `window.mixExplorer`;
 * every other renderer file goes through `bridge` so the boundary stays a single, typed file.
 */
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

declare global {
  interface Window {
    mixExplorer?: MixExplorerBridge;
  }
}

const GLOBAL_NAME: BridgeGlobalName = 'mixExplorer';

/** Whether preload exposed the bridge; without it the app shows an error screen instead of failing later. */
export function isBridgeAvailable(): boolean {
  const exposed = window[GLOBAL_NAME];
  return typeof exposed === 'object' && exposed !== null && typeof exposed.invoke === 'function';
}

function exposedBridge(): MixExplorerBridge {
  const exposed = window[GLOBAL_NAME];
  if (!exposed) throw new Error('The Mix Explorer bridge is missing: the preload script did not run.');
  return exposed;
}

// Looked up on every call rather than captured at import, so the app (and tests) can install it late.
export const bridge: MixExplorerBridge = {
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<Result<InvokeResponse<C>>> {
    return exposedBridge().invoke(channel, request);
  },
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return exposedBridge().on(event, listener);
  },
};

/**
 * `bridge.invoke` that never rejects: a broken IPC channel becomes a problem the UI can show,
 * like any failure main reports.
 */
export async function call<C extends InvokeChannel>(
  channel: C,
  request: InvokeRequest<C>,
): Promise<Result<InvokeResponse<C>>> {
  try {
    return await bridge.invoke(channel, request);
  } catch {
    return {
      ok: false,
      problem: { code: 'internal', message: 'Mix Explorer could not reach its background process.' },
    };
  }
}
