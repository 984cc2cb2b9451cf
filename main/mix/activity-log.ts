import type { ActivityEntry } from '../../common/activity';
import { redact } from '../log/redact';
import type { Clock } from '../ports/clock';

export type { ActivityEntry } from '../../common/activity';

export type NewActivityEntry = Omit<ActivityEntry, 'id' | 'time'> & { time?: number };

export interface ActivityLog {
  /** Stores an entry (time defaults to when the request started: now minus its duration). */
  add(entry: NewActivityEntry): ActivityEntry;
  /** Oldest first. */
  list(): ActivityEntry[];
  /** Called with each new entry; returns a function that stops the calls. */
  onEntry(listener: (entry: ActivityEntry) => void): () => void;
  clear(): void;
}

export const ACTIVITY_CAPACITY = 1_000;

/** The newest `capacity` requests, in a ring buffer: a long session never grows memory. */
export function createActivityLog(options: { capacity?: number; clock: Clock }): ActivityLog {
  const capacity = Math.max(1, options.capacity ?? ACTIVITY_CAPACITY);
  const ring: (ActivityEntry | undefined)[] = new Array<ActivityEntry | undefined>(capacity);
  const listeners = new Set<(entry: ActivityEntry) => void>();
  let next = 0;
  let size = 0;
  let nextId = 1;

  return {
    add(entry) {
      const stored: ActivityEntry = {
        ...entry,
        id: nextId++,
        time: entry.time ?? options.clock.now() - entry.durationMs,
      };
      ring[next] = stored;
      next = (next + 1) % capacity;
      size = Math.min(size + 1, capacity);
      for (const listener of listeners) {
        try {
          listener(stored);
        } catch {
          // A broken panel must not break the request that is being logged.
        }
      }
      return stored;
    },
    list() {
      const start = (next - size + capacity) % capacity;
      return Array.from({ length: size }, (_, index) => ring[(start + index) % capacity]).filter(
        (entry): entry is ActivityEntry => entry !== undefined,
      );
    },
    onEntry(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      ring.fill(undefined);
      size = 0;
    },
  };
}

/**
 * A request path fit for the activity panel: the one redactor, also removing every token that was sent with
 * the request wherever it appears (raw or percent-encoded), e.g. pasted into a filter.
 */
export function redactRequestPath(pathAndQuery: string, secrets: Iterable<string>): string {
  return redact(pathAndQuery, { secrets });
}
