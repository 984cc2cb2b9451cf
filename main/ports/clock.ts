/** Time, injected so renewal and timeouts can be tested with a fake clock. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Runs `callback` after `ms`; returns a function that cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, ms) {
    const handle = setTimeout(callback, ms);
    // A pending renewal or sign-in timeout must not keep a test process or the app alive.
    handle.unref?.();
    return () => clearTimeout(handle);
  },
};
