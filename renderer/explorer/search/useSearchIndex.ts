/**
 * The search index's walk, owned by the explorer so it goes on in the background while the palette is
 * closed. It runs in the renderer over the explorer's TanStack Query cache: every read is one `mix:get`,
 * so main's Mix session still renews tokens, bounds the request rate and answer sizes, and the walk
 * itself bounds what it adds (≤ 6 reads in flight, a read budget, capped project pages). Answers stay in
 * the cache for their time-to-live (`MIX_STALE_TIME_MS`: a new walk within it asks Mix nothing again) and
 * leave it with the cache's garbage collection, so the index holds no memory of its own.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { MixEndpointKey, MixParams } from '../../../common/mix-endpoints';
import { MIX_STALE_TIME_MS, fetchMix, mixQueryKey } from '../mix-query';
import type { CrawlProgress } from './crawl';
import { crawlMix } from './crawl';

export interface SearchIndex {
  progress: CrawlProgress | null;
  /** Starts a walk unless one is running or the last one is younger than the cache's time-to-live. */
  start: () => void;
  cancel: () => void;
}

/** The explorer's walk, for Home's "needs attention" (null outside the explorer). */
export const SearchIndexContext = createContext<SearchIndex | null>(null);

/** Marks the walk's own queries, so that it can tell them from the reads of what is on screen. */
const WALK_META = { searchWalk: true } as const;

function foregroundFetching(client: QueryClient): boolean {
  return client.isFetching({ predicate: (query) => query.meta?.['searchWalk'] !== true }) > 0;
}

/** Settles once no read but the walk's own is in flight (or the walk is cancelled). */
export function foregroundIdle(client: QueryClient, signal: AbortSignal): Promise<void> {
  if (signal.aborted || !foregroundFetching(client)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      signal.removeEventListener('abort', done);
      resolve();
    };
    const unsubscribe = client.getQueryCache().subscribe(() => {
      if (!foregroundFetching(client)) done();
    });
    signal.addEventListener('abort', done);
  });
}

export function useSearchIndex(profileId: string, enabled: boolean): SearchIndex {
  const client = useQueryClient();
  const [progress, setProgress] = useState<CrawlProgress | null>(null);
  const walk = useRef<{ controller: AbortController; startedAt: number; running: boolean } | null>(null);

  const cancel = useCallback(() => walk.current?.controller.abort(), []);

  const start = useCallback(() => {
    const current = walk.current;
    if (!enabled || !profileId) return;
    if (current && (current.running || Date.now() - current.startedAt < MIX_STALE_TIME_MS)) {
      if (!current.controller.signal.aborted) return;
    }
    const controller = new AbortController();
    const state = { controller, startedAt: Date.now(), running: true };
    walk.current = state;
    const read = async (endpoint: MixEndpointKey, params: MixParams) => {
      // What the user opened goes first: main reads a few requests at a time, and a walk read ahead of
      // theirs in the queue is time they wait for rows.
      await foregroundIdle(client, controller.signal);
      const response = await client.fetchQuery({
        queryKey: mixQueryKey(profileId, endpoint, params),
        queryFn: ({ signal }) =>
          fetchMix(profileId, endpoint, params, AbortSignal.any([signal, controller.signal])),
        staleTime: MIX_STALE_TIME_MS,
        meta: WALK_META,
      });
      return response.data;
    };
    void crawlMix({
      read,
      signal: controller.signal,
      onProgress: (next) => {
        if (walk.current === state) setProgress(next);
      },
    }).then(() => {
      state.running = false;
    });
  }, [client, enabled, profileId]);

  // Another profile, or signed out: the walk stops and its progress goes.
  useEffect(() => {
    return () => {
      walk.current?.controller.abort();
      walk.current = null;
      setProgress(null);
    };
  }, [profileId, enabled]);

  return { progress, start, cancel };
}

/**
 * A number that changes when the profile's cached answers change, at most every `everyMs`, so the
 * palette re-reads the cache while the walk fills it without re-ranking on every single answer.
 */
export function useCacheVersion(everyMs = 250): number {
  const client = useQueryClient();
  const version = useRef(0);
  const subscribe = useCallback(
    (notify: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unsubscribe = client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success' || timer) return;
        timer = setTimeout(() => {
          timer = undefined;
          version.current += 1;
          notify();
        }, everyMs);
      });
      return () => {
        clearTimeout(timer);
        unsubscribe();
      };
    },
    [client, everyMs],
  );
  return useSyncExternalStore(subscribe, () => version.current);
}
