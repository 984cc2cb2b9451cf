import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MixGetResponse } from '../../../common/ipc-contract';
import type { CachedAnswer } from '../palette-model';
import { useCacheVersion } from './useSearchIndex';

/** The profile's answers in the query cache, re-read (at most every 250 ms) as new ones arrive. */
export function useCachedAnswers(profileId: string): CachedAnswer[] {
  const client = useQueryClient();
  const version = useCacheVersion();
  return useMemo(
    () =>
      client
        .getQueryCache()
        .getAll()
        .flatMap((query) => {
          const [owner, endpoint, params] = query.queryKey as [unknown, unknown, unknown];
          const response = query.state.data as MixGetResponse | undefined;
          if (owner !== profileId || typeof endpoint !== 'string' || !response) return [];
          const safeParams =
            typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
          return [{ endpoint, params: safeParams, body: response.data }];
        }),
    // `version` changes when answers arrive (the background walk, the server-side filter).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, profileId, version],
  );
}
