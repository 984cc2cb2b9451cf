import type { Clock } from '../ports/clock';
import { onAbort } from './cancellation';

export interface Deadline {
  /** Aborts when the parent signal aborts or when the time runs out. */
  readonly signal: AbortSignal;
  readonly timedOut: boolean;
  /** Starts the time again (a download that keeps receiving bytes is not stalled). */
  reset(): void;
  clear(): void;
}

/**
 * A time limit on the injected clock. axios's own `timeout` is not used: it runs on real timers (so tests
 * could not drive it) and, on the fetch adapter, would also cut off a long download that is still flowing.
 */
export function createDeadline(clock: Clock, ms: number, parent: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  let cancelTimer: () => void = () => undefined;
  const arm = () => {
    cancelTimer();
    cancelTimer = clock.setTimer(() => {
      timedOut = true;
      controller.abort();
    }, ms);
  };
  const stopListening = onAbort(parent, () => controller.abort());
  if (parent?.aborted) controller.abort();
  arm();
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    reset() {
      if (!controller.signal.aborted) arm();
    },
    clear() {
      cancelTimer();
      stopListening();
    },
  };
}
