import { useQueries } from '@tanstack/react-query';
import { useContext, useEffect, useMemo } from 'react';
import type { MixGetResponse } from '../../../common/ipc-contract';
import type { MixEndpointKey, MixParams } from '../../../common/mix-endpoints';
import type { MixOrganizationItem } from '../../../common/mix-models';
import { pagingOf } from '../../../common/mix-models';
import { listItems, textOf } from '../../../common/tolerant-reader';
import { useExplorer } from '../../explorer/explorer-context';
import { fetchMix, mixQueryKey, useMixQuery } from '../../explorer/mix-query';
import { QueryProblem } from '../../explorer/QueryProblem';
import { ORGANIZATIONS_REQUEST } from '../../explorer/route-requests';
import { SearchProgress } from '../../explorer/search/SearchProgress';
import { useCachedAnswers } from '../../explorer/search/useCachedAnswers';
import { SearchIndexContext } from '../../explorer/search/useSearchIndex';
import { formatRelative, plural } from '../../format';
import { useClock } from '../../hooks/clock';
import type { AttentionKind } from './attention';
import { attentionItems } from './attention';
import { WorkspaceViews } from './WorkspaceViews';
import './Workspace.css';

/** Organizations whose counts Home asks for (each costs two small reads). */
const ORGS_SHOWN = 24;

const KIND_LABELS: Record<AttentionKind, string> = {
  'failed-job': 'Failed job',
  'failed-build': 'Failed build',
  lock: 'Locked',
  'pending-deployment': 'Needs approval',
};

interface CountRequest {
  orgId: string;
  list: 'projects' | 'applications' | 'locks';
  endpoint: MixEndpointKey;
  params: MixParams;
}

/**
 * Per organization, one small read per list (its `totalSize` is the count; the organization view asks
 * the same, so the cache is shared) and its locks (who locked which project, since when).
 */
function countRequests(orgIds: readonly string[]): CountRequest[] {
  return orgIds.flatMap((orgId): CountRequest[] => [
    {
      orgId,
      list: 'projects',
      endpoint: 'projects.list',
      params: { orgId, limit: 1, excludeChannels: true },
    },
    { orgId, list: 'applications', endpoint: 'applications.list', params: { orgId, limit: 1 } },
    { orgId, list: 'locks', endpoint: 'locks.list', params: { orgId } },
  ]);
}

/**
 * Home after sign-in: pinned and recently opened views, the organizations with their counts, and what needs attention (failed jobs and
 * builds of the last 7 days, locked projects, deployments waiting for approval), each one click from
 * its view. Attention comes from the background search walk's answers, so it fills in as the walk goes.
 */
export function Workspace() {
  const { profileId, state } = useExplorer();
  const search = useContext(SearchIndexContext);
  const organizations = useMixQuery(ORGANIZATIONS_REQUEST.endpoint, ORGANIZATIONS_REQUEST.params);
  const orgs = (listItems(organizations.data, 'organizations') as MixOrganizationItem[]).slice(0, ORGS_SHOWN);
  const orgIds = orgs.map((org) => textOf(org.id)).filter((id): id is string => id !== undefined);
  const requests = countRequests(orgIds);
  const counts = useQueries({
    queries: requests.map(({ endpoint, params }) => ({
      queryKey: mixQueryKey(profileId, endpoint, params),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchMix(profileId, endpoint, params, signal),
    })),
  });
  /** "3 projects", "…" while asked, "–" when Mix did not say (refused, failed). */
  const countText = (orgId: string, list: 'projects' | 'applications', singular: string) => {
    const index = requests.findIndex((request) => request.orgId === orgId && request.list === list);
    const query = counts[index];
    const data = query?.data as MixGetResponse | undefined;
    const total = data ? pagingOf(data.data).totalSize : undefined;
    if (total !== undefined) return plural(total, singular);
    return query?.isPending && query.fetchStatus !== 'idle' ? `… ${singular}s` : `– ${singular}s`;
  };

  const startSearch = search?.start;
  useEffect(() => startSearch?.(), [startSearch]);
  const answers = useCachedAnswers(profileId);
  const clock = useClock();
  // The clock is read when the answers change: "last 7 days" and "2 days ago" as of the newest answer.
  const { now, attention } = useMemo(() => {
    const at = clock();
    return { now: at, attention: attentionItems(answers, at) };
  }, [answers, clock]);

  return (
    <div className="workspace">
      <WorkspaceViews />
      <section className="workspace-section" aria-labelledby="workspace-orgs">
        <h2 id="workspace-orgs" className="workspace-title">
          Organizations
        </h2>
        {organizations.problem ? (
          // A failed read is no empty account: say what went wrong and offer Retry.
          <QueryProblem problem={organizations.problem} onRetry={organizations.refresh} />
        ) : organizations.loading ? (
          <p className="muted">Loading organizations…</p>
        ) : orgs.length === 0 ? (
          <p className="muted">This account sees no organizations.</p>
        ) : (
          <ul className="workspace-orgs">
            {orgs.map((org) => {
              const orgId = textOf(org.id) ?? '';
              return (
                <li key={orgId}>
                  <button
                    type="button"
                    className="workspace-org"
                    onClick={() => state.navigate({ kind: 'organization', orgId })}
                  >
                    <span className="workspace-org-name">{org.displayName ?? orgId}</span>
                    <span className="workspace-org-counts muted">
                      {countText(orgId, 'projects', 'project')} ·{' '}
                      {countText(orgId, 'applications', 'application')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="workspace-section" aria-labelledby="workspace-attention">
        <h2 id="workspace-attention" className="workspace-title">
          Needs attention
        </h2>
        {search && <SearchProgress search={search} purpose="failures" />}
        {attention.length === 0 ? (
          <p className="muted">
            Nothing needs attention: no failed jobs or builds in the last 7 days, no locks, no approvals
            waiting.
          </p>
        ) : (
          <ul className="workspace-attention">
            {attention.map((item) => (
              <li key={item.id}>
                <button type="button" className="workspace-item" onClick={() => state.navigate(item.route)}>
                  <span className={`workspace-kind workspace-kind-${item.kind}`}>
                    {KIND_LABELS[item.kind]}
                  </span>
                  <span className="workspace-item-title">{item.title}</span>
                  <span className="workspace-item-detail muted">
                    {item.detail}
                    {item.at !== undefined
                      ? ` · ${formatRelative(new Date(item.at).toISOString(), now) ?? ''}`
                      : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
