/**
 * Mix's server-side project filter, for organizations with more projects than the background walk
 * reads (a 20,000-project organization): once the typing pauses, each such organization is asked for
 * projects whose name contains the text (Mix matches it case-sensitively). Answers land in the query
 * cache, where the palette finds them like any other.
 */
import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { pagingOf } from '../../../common/mix-models';
import { listItems, records, textOf } from '../../../common/tolerant-reader';
import { fetchMix, mixQueryKey } from '../mix-query';
import type { CachedAnswer } from '../palette-model';

const PAUSE_MS = 250;
const SERVER_RESULTS = 20;

/** Organizations whose cached project pages hold fewer projects than Mix says they have. */
export function orgsWithUnreadProjects(answers: readonly CachedAnswer[]): string[] {
  const total = new Map<string, number>();
  const seen = new Map<string, Set<string>>();
  for (const { endpoint, params, body } of answers) {
    const orgId = textOf(params['orgId']);
    if (endpoint !== 'projects.list' || !orgId || params['filter'] !== undefined) continue;
    const size = pagingOf(body).totalSize;
    if (size !== undefined) total.set(orgId, Math.max(total.get(orgId) ?? 0, size));
    const ids = seen.get(orgId) ?? new Set<string>();
    for (const project of records<{ id?: unknown }>(listItems(body, 'projects'))) {
      const id = textOf(project.id);
      if (id) ids.add(id);
    }
    seen.set(orgId, ids);
  }
  return [...total].filter(([orgId, size]) => (seen.get(orgId)?.size ?? 0) < size).map(([orgId]) => orgId);
}

export function useServerProjectSearch(profileId: string, text: string, answers: readonly CachedAnswer[]) {
  const [settled, setSettled] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const orgs = useMemo(() => orgsWithUnreadProjects(answers), [answers]);
  useQueries({
    queries: (settled.length >= 2 ? orgs : []).map((orgId) => {
      const params = { orgId, filter: settled, excludeChannels: true, limit: SERVER_RESULTS, offset: 0 };
      return {
        queryKey: mixQueryKey(profileId, 'projects.list', params),
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          fetchMix(profileId, 'projects.list', params, signal),
      };
    }),
  });
}
