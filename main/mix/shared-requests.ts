import { cancelledProblem, onAbort } from './cancellation';

interface Shared<T> {
  promise: Promise<T>;
  controller: AbortController;
  callers: number;
}

export interface SharedRequests<T> {
  /**
   * Runs `start` for `key`, or joins the run already in flight for it. A caller whose signal aborts
   * detaches alone (rejecting 'cancelled'); the run itself is aborted only when every caller has left.
   */
  run(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T>;
  readonly size: number;
}

export function createSharedRequests<T>(): SharedRequests<T> {
  const inFlight = new Map<string, Shared<T>>();

  function open(key: string, start: (signal: AbortSignal) => Promise<T>): Shared<T> {
    const controller = new AbortController();
    const shared: Shared<T> = { controller, callers: 0, promise: Promise.resolve(undefined as T) };
    shared.promise = (async () => {
      try {
        return await start(controller.signal);
      } finally {
        if (inFlight.get(key) === shared) inFlight.delete(key);
      }
    })();
    inFlight.set(key, shared);
    return shared;
  }

  return {
    get size() {
      return inFlight.size;
    },
    run(key, signal, start) {
      if (signal?.aborted) return Promise.reject(cancelledProblem());
      const shared = inFlight.get(key) ?? open(key, start);
      shared.callers += 1;
      return new Promise<T>((resolve, reject) => {
        let settled = false;
        const stopListening = onAbort(signal, () => {
          if (settled) return;
          settled = true;
          shared.callers -= 1;
          if (shared.callers === 0) {
            // Nobody waits any more: later callers start afresh instead of joining an aborted run.
            if (inFlight.get(key) === shared) inFlight.delete(key);
            shared.controller.abort();
          }
          reject(cancelledProblem());
        });
        shared.promise.then(
          (value) => {
            stopListening();
            if (!settled) resolve(value);
            settled = true;
          },
          (error: unknown) => {
            stopListening();
            if (!settled) reject(error instanceof Error ? error : new Error(String(error)));
            settled = true;
          },
        );
      });
    },
  };
}
