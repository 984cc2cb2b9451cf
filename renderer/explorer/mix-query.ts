/**
 * Mix.api reads for the explorer: TanStack Query over `mix:get`. The cache makes going back to a visited
 * view instant (stale-while-revalidate); a read nobody needs any more is cancelled in main too.
 */
import { QueryClient, keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useRef } from 'react';
import type {
  ExportContents,
  InvokeRequest,
  InvokeResponse,
  MixGetResponse,
  Problem,
} from '../../common/ipc-contract';
import type { MixEndpointKey, MixParams } from '../../common/mix-endpoints';
import { call } from '../bridge';
import { newId } from './ids';
import { useViewShown } from './view-shown';

/** Answers younger than this are shown without asking again; older ones are shown, then refreshed. */
export const MIX_STALE_TIME_MS = 5 * 60_000;
/** How long an answer no view shows stays cached. */
const MIX_CACHE_TIME_MS = 30 * 60_000;

export type MixQueryKey = readonly [profileId: string, endpoint: MixEndpointKey, params: MixParams];

export function mixQueryKey(
  profileId: string,
  endpoint: MixEndpointKey,
  params: MixParams = {},
): MixQueryKey {
  return [profileId, endpoint, params];
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).code === 'string' &&
    typeof (value as Problem).message === 'string'
  );
}

/** Anything a query failed with, as a problem a person can read. */
export function asProblem(error: unknown): Problem {
  if (isProblem(error)) return error;
  return { code: 'internal', message: 'Mix Explorer could not read that answer.' };
}

const CANCELLED: Problem = { code: 'cancelled', message: 'The request was cancelled.' };

/**
 * One `mix:get`. When TanStack aborts (the last view using it went away, or Refresh replaced it),
 * main is told to drop the request too. Failures reject with the Problem itself.
 */
export function fetchMix(
  profileId: string,
  endpoint: MixEndpointKey,
  params: MixParams,
  signal?: AbortSignal,
): Promise<MixGetResponse> {
  return cancellable('mix:get', { profileId, endpoint, params }, signal);
}

/**
 * An intent's samples or an entity's literals read inline (`mix:read-export`): main fetches the export and
 * unpacks it in memory within bounds. Cancelled like `fetchMix`.
 */
export function readMixExport(
  profileId: string,
  endpoint: MixEndpointKey,
  params: MixParams,
  signal?: AbortSignal,
): Promise<ExportContents> {
  return cancellable('mix:read-export', { profileId, endpoint, params }, signal);
}

/** A read main can drop: `requestId` names it, and an abort tells main through `mix:cancel`. */
function cancellable<C extends 'mix:get' | 'mix:read-export'>(
  channel: C,
  request: Omit<InvokeRequest<C>, 'requestId'>,
  signal: AbortSignal | undefined,
): Promise<InvokeResponse<C>> {
  return new Promise((resolve, reject) => {
    const requestId = newId('get');
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      void call('mix:cancel', { requestId });
      reject(CANCELLED);
    };
    if (signal?.aborted) {
      reject(CANCELLED);
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    void call(channel, { ...request, requestId } as InvokeRequest<C>).then((result) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (result.ok) resolve(result.value);
      else reject(result.problem);
    });
  });
}

export function createMixQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: MIX_STALE_TIME_MS,
        gcTime: MIX_CACHE_TIME_MS,
        // main already retries (renewal, 429, 5xx); a second layer would multiply the waits.
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // IPC to main does not depend on the browser's idea of being online.
        networkMode: 'always',
        // Large bodies: comparing old and new answers costs more than it saves.
        structuralSharing: false,
      },
    },
  });
}

export interface MixQueryOptions {
  enabled?: boolean;
  /** Polls while set (e.g. a RUNNING job). */
  refetchIntervalMs?: number;
  /** Keeps the previous answer on screen while the next page or sort loads. */
  keepPrevious?: boolean;
}

export interface MixQueryResult<T> {
  /** The body, typed by the caller; read it with the tolerant helpers of common/mix-models. */
  data: T | undefined;
  response: MixGetResponse | undefined;
  problem: Problem | null;
  /** No answer yet, and one is on its way. */
  loading: boolean;
  /** Any request in flight, including a background refresh. */
  fetching: boolean;
  /** Epoch ms of the answer shown. */
  updatedAt: number;
  /** Asks Mix again, replacing (and cancelling) a request in flight. */
  refresh: () => void;
}

/**
 * The profile whose session the explorer's queries read with. `enabled: false` (signed out, expired)
 * asks nothing new but still shows what the cache holds.
 */
export interface MixScope {
  profileId: string;
  enabled: boolean;
}

export const MixScopeContext = createContext<MixScope | null>(null);

export function useMixScope(): MixScope | null {
  return useContext(MixScopeContext);
}

const NO_PARAMS: MixParams = {};

export function useMixQuery<T = unknown>(
  endpoint: MixEndpointKey,
  params: MixParams = NO_PARAMS,
  options: MixQueryOptions = {},
): MixQueryResult<T> {
  const scope = useMixScope();
  const profileId = scope?.profileId ?? '';
  // A kept view out of sight stops listening: no polling, no refetch, until it is shown again.
  const shown = useViewShown();
  const query = useQuery({
    subscribed: shown,
    queryKey: mixQueryKey(profileId, endpoint, params),
    queryFn: ({ signal }) => fetchMix(profileId, endpoint, params, signal),
    enabled: scope !== null && scope.enabled && (options.enabled ?? true),
    refetchInterval: options.refetchIntervalMs ?? false,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  const { refetch } = query;
  const refresh = useCallback(() => void refetch({ cancelRefetch: true }), [refetch]);
  return {
    data: query.data?.data as T | undefined,
    response: query.data,
    // A failed background refresh keeps the last answer on screen and says what went wrong beside it.
    problem: query.error && !query.isFetching ? asProblem(query.error) : null,
    loading: query.data === undefined && query.isFetching,
    fetching: query.isFetching,
    updatedAt: query.dataUpdatedAt,
    refresh,
  };
}

/** One read of several made at once by `useMixQueries`. */
export interface MixRead {
  endpoint: MixEndpointKey;
  params: MixParams;
  enabled?: boolean;
}

/**
 * Several reads at once (the pages of a list, a detail per row), with `useMixQuery`'s scope and its pause
 * while the view is out of sight. Returns TanStack's results in the order of `reads`; `data?.data` is a body.
 */
export function useMixQueries(reads: readonly MixRead[]) {
  const scope = useMixScope();
  const profileId = scope?.profileId ?? '';
  const shown = useViewShown();
  return useQueries({
    queries: reads.map(({ endpoint, params, enabled }) => ({
      queryKey: mixQueryKey(profileId, endpoint, params),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchMix(profileId, endpoint, params, signal),
      enabled: scope !== null && scope.enabled && (enabled ?? true),
    })),
    subscribed: shown,
  });
}

/**
 * Empties the cache when the account whose answers it holds goes away (sign-out, another account,
 * another profile): one account's answers must never show for another. Nothing is cleared when an
 * account appears after none, so the first reads of a new sign-in are not cancelled.
 */
export function useClearCacheOnAccountChange(profileId: string | null, account: string | undefined): void {
  const client = useQueryClient();
  const previous = useRef({ profileId, account });
  useEffect(() => {
    const before = previous.current;
    previous.current = { profileId, account };
    if (before.account === undefined) return;
    if (before.profileId === profileId && before.account === account) return;
    void client.cancelQueries();
    client.clear();
  }, [profileId, account, client]);
}
