import { cancelledProblem, onAbort } from './cancellation';

export interface RequestSlots {
  /** Resolves with a release function once a slot is free; rejects 'cancelled' if aborted while queued. */
  acquire(signal?: AbortSignal): Promise<() => void>;
  readonly inFlight: number;
  readonly queued: number;
}

/** A small semaphore: at most `max` requests in flight, the rest wait in order. */
export function createRequestSlots(max: number): RequestSlots {
  let inFlight = 0;
  const queue: (() => void)[] = [];

  function release(): void {
    const next = queue.shift();
    if (next) next();
    else inFlight -= 1;
  }

  function releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }

  return {
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(cancelledProblem());
      if (inFlight < max) {
        inFlight += 1;
        return Promise.resolve(releaser());
      }
      return new Promise((resolve, reject) => {
        // The slot passes straight from the releasing request to this one: inFlight stays the same.
        const grant = () => {
          stopListening();
          resolve(releaser());
        };
        const stopListening = onAbort(signal, () => {
          const index = queue.indexOf(grant);
          if (index >= 0) queue.splice(index, 1);
          reject(cancelledProblem());
        });
        queue.push(grant);
      });
    },
  };
}
