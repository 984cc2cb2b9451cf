/**
 * Runs queued tasks with at most `concurrency` in flight, stopping (queued tasks dropped) when the
 * signal aborts. Tasks may queue more tasks while they run. Pure: no timers, no I/O of its own.
 */
export interface TaskPool {
  /** `first`: ahead of everything queued (listings before the per-item reads they lead to). */
  add(task: () => Promise<void>, options?: { first?: boolean }): void;
  /** Settles when the queue is empty and nothing is in flight (or after abort, once in-flight tasks end). */
  idle(): Promise<void>;
  /** Most tasks that ran at once (for tests and the bench). */
  readonly maxInFlight: number;
}

export function taskPool(concurrency: number, signal: AbortSignal): TaskPool {
  const queue: (() => Promise<void>)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let waiters: (() => void)[] = [];

  function settleIfIdle() {
    if (inFlight > 0 || (queue.length > 0 && !signal.aborted)) return;
    const ready = waiters;
    waiters = [];
    for (const wake of ready) wake();
  }

  function pump() {
    while (!signal.aborted && inFlight < concurrency && queue.length > 0) {
      const task = queue.shift() as () => Promise<void>;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      void task()
        .catch(() => undefined)
        .finally(() => {
          inFlight -= 1;
          pump();
          settleIfIdle();
        });
    }
    if (signal.aborted) queue.length = 0;
  }

  signal.addEventListener('abort', () => {
    queue.length = 0;
    settleIfIdle();
  });

  return {
    add(task, { first = false } = {}) {
      if (signal.aborted) return;
      if (first) queue.unshift(task);
      else queue.push(task);
      pump();
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        settleIfIdle();
      });
    },
    get maxInFlight() {
      return maxInFlight;
    },
  };
}
