import type { Clock } from '../ports/clock';
import { problem, type ProblemError } from '../problem';

export function cancelledProblem(): ProblemError {
  return problem('cancelled', 'The request was cancelled.');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledProblem();
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Waits on the injected clock; an abort ends the wait at once with a 'cancelled' problem. */
export function clockSleep(clock: Clock): Sleep {
  return (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(cancelledProblem());
        return;
      }
      const onAbort = () => {
        cancelTimer();
        reject(cancelledProblem());
      };
      const cancelTimer = clock.setTimer(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
}

/** Runs `listener` when `signal` aborts; returns a function that stops listening. */
export function onAbort(signal: AbortSignal | undefined, listener: () => void): () => void {
  if (!signal) return () => undefined;
  signal.addEventListener('abort', listener, { once: true });
  return () => signal.removeEventListener('abort', listener);
}
