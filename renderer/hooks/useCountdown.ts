import { useCallback, useSyncExternalStore } from 'react';
import type { Now } from './clock';

interface CountdownOptions {
  now: Now;
  /** How often the value refreshes. */
  tickMs?: number;
}

/**
 * The current time, refreshed every tick. Rounded down to the tick so React sees a stable snapshot
 * between ticks (useSyncExternalStore requires that).
 */
export function useTickingNow({ now, tickMs = 1000 }: CountdownOptions): number {
  const subscribe = useCallback(
    (onTick: () => void) => {
      const timer = setInterval(onTick, tickMs);
      return () => clearInterval(timer);
    },
    [tickMs],
  );
  const snapshot = useCallback(() => Math.floor(now() / tickMs) * tickMs, [now, tickMs]);
  return useSyncExternalStore(subscribe, snapshot);
}

/** Milliseconds left until `target` (never negative), or undefined when there is no target. */
export function useCountdown(target: number | undefined, options: CountdownOptions): number | undefined {
  const current = useTickingNow(options);
  return target === undefined ? undefined : Math.max(0, target - current);
}
