import { useCallback, useState } from 'react';

/**
 * State this window remembers across restarts (pane sizes, what is open), in the renderer's own storage.
 * Anything stored that does not pass `valid` is ignored, so a bad value never breaks the layout.
 */
export function useRememberedState<T>(
  key: string,
  initial: T,
  valid: (value: unknown) => value is T,
): [T, (next: T | ((current: T) => T)) => void] {
  const storageKey = `mix-explorer.layout.${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = window.localStorage.getItem(storageKey);
      if (stored === null) return initial;
      const parsed: unknown = JSON.parse(stored);
      return valid(parsed) ? parsed : initial;
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: T | ((current: T) => T)) => {
      setValue((current) => {
        const resolved = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
        try {
          window.localStorage.setItem(storageKey, JSON.stringify(resolved));
        } catch {
          // Storage full or unavailable: the layout still works, it is just not remembered.
        }
        return resolved;
      });
    },
    [storageKey],
  );
  return [value, set];
}

export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
