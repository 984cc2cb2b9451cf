/**
 * Organization-wide views: every lock of the organization's projects, and recent failures across its
 * projects. Both read what Home's "needs attention" reads (the organization's locks, the background search
 * walk's answers in the query cache) rather than asking Mix again; only failed jobs' details are read, once
 * each, into the same cache the job's own page uses.
 */
import { useContext, useEffect, useMemo } from 'react';
import { pagingOf } from '../../../common/mix-models';
import { listItems } from '../../../common/tolerant-reader';
import { formatNumber } from '../../format';
import type { MixLocksBody } from '../../resource-views';
import { LocksList } from '../../resource-views';
import { jobTypeText } from '../../resource-views/JobsList';
import { DateTime, Empty, StatusBadge } from '../../resource-views/ui';
import { DataTable } from '../../ui/table/DataTable';
import { DATE_WIDTH, type Column } from '../../ui/table/table-model';
import { useExplorer } from '../explorer-context';
import { ORG_LIST_LABELS } from '../labels';
import { useMixQueries, useMixQuery } from '../mix-query';
import { ResourceView, type ViewQuery } from '../ResourceView';
import { SearchProgress } from '../search/SearchProgress';
import { useCachedAnswers } from '../search/useCachedAnswers';
import { SearchIndexContext } from '../search/useSearchIndex';
import { failureWords, orgFailures, orgProjects, type FailureWords, type OrgFailure } from './org-failures';
import './OrgWideViews.css';

/** The organization's locks: the read Home makes for "needs attention", so it is asked once for both. */
export function orgLocksRequest(orgId: string) {
  return { endpoint: 'locks.list', params: { orgId } } as const;
}

/** Starts the explorer's background walk (a no-op while one is running or fresh). */
function useSearchWalk() {
  const search = useContext(SearchIndexContext);
  const start = search?.start;
  useEffect(() => start?.(), [start]);
  return search;
}

/** Names of the organization's projects the cache holds (the walk reads every project list). */
function useProjectNames(orgId: string): Record<string, string> {
  const { profileId } = useExplorer();
  const answers = useCachedAnswers(profileId);
  return useMemo(() => {
    const names: Record<string, string> = {};
    for (const [id, name] of orgProjects(answers, orgId)) if (name) names[id] = name;
    return names;
  }, [answers, orgId]);
}

export function OrgLocksView({ orgId, orgName }: { orgId: string; orgName: string | undefined }) {
  const { state } = useExplorer();
  useSearchWalk();
  const request = orgLocksRequest(orgId);
  const query = useMixQuery<MixLocksBody>(request.endpoint, request.params);
  const projectNames = useProjectNames(orgId);
  const shown = listItems(query.data, 'locks').length;
  const total = query.data === undefined ? undefined : pagingOf(query.data).totalSize;
  return (
    <ResourceView
      title={ORG_LIST_LABELS.locks}
      subtitle={orgName ?? `Organization ${orgId}`}
      route={{ kind: 'org-list', orgId, list: 'locks' }}
      query={query}
      request={request}
      contentLabel="List"
    >
      {total !== undefined && total > shown && (
        <p className="muted">
          The first {formatNumber(shown)} of {formatNumber(total)} locks.
        </p>
      )}
      <LocksList
        body={query.data}
        projectNames={projectNames}
        onOpenProject={(projectId) => state.navigate({ kind: 'project', projectId, tab: 'overview' })}
      />
    </ResourceView>
  );
}

interface FailureRow {
  failure: OrgFailure;
  words: FailureWords | undefined;
}

function MixWords({ words }: { words: FailureWords | undefined }) {
  if (!words) return <span className="muted">Reading Mix's report…</span>;
  if (words.messages.length === 0) return <span className="muted">{words.note}</span>;
  return (
    <ul className="org-failure-messages">
      {words.messages.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}

const FAILURE_COLUMNS: Column<FailureRow>[] = [
  {
    id: 'what',
    header: 'What failed',
    value: ({ failure }) => (failure.kind === 'job' ? jobTypeText(failure.what) : failure.what),
    render: ({ failure }) => (
      <span className="org-failure-what">
        <span className="view-name">{failure.kind === 'job' ? jobTypeText(failure.what) : failure.what}</span>
        <span className="muted">{failure.kind === 'job' ? `Job ${failure.jobId ?? ''}` : 'Build'}</span>
      </span>
    ),
    width: 'minmax(170px, 1.2fr)',
    rowHeader: true,
  },
  {
    id: 'status',
    header: 'Status',
    value: ({ failure }) => failure.status,
    render: ({ failure }) => <StatusBadge status={failure.status} />,
    width: '150px',
  },
  {
    id: 'project',
    header: 'Project',
    value: ({ failure }) => failure.projectName ?? failure.projectId,
    width: 'minmax(120px, 1fr)',
  },
  {
    id: 'when',
    header: 'When',
    value: ({ failure }) => failure.at,
    render: ({ failure }) => (
      <DateTime value={failure.at === undefined ? undefined : new Date(failure.at).toISOString()} />
    ),
    width: DATE_WIDTH,
  },
  {
    id: 'said',
    header: 'What Mix said',
    value: ({ words }) => (words ? [...words.messages, words.note ?? ''].join(' ') : undefined),
    render: ({ words }) => <MixWords words={words} />,
    width: 'minmax(220px, 2.5fr)',
  },
];

/** Recent failures across the organization's projects: failed jobs (with Mix's report) and failed builds. */
export function OrgFailuresView({ orgId, orgName }: { orgId: string; orgName: string | undefined }) {
  const { profileId, state } = useExplorer();
  const search = useSearchWalk();
  const answers = useCachedAnswers(profileId);
  const failures = useMemo(() => orgFailures(answers, orgId), [answers, orgId]);
  // A failed job's list entry has no report: read each one's details (cached for its own page too).
  const jobs = failures.filter((failure) => failure.kind === 'job');
  const details = useMixQueries(
    jobs.map((failure) => ({
      endpoint: 'jobs.get',
      params: { projectId: failure.projectId, jobId: failure.jobId ?? '' },
    })),
  );
  const failedDetails = new Set(
    jobs.filter((_, i) => details[i]?.error && !details[i]?.isFetching).map((failure) => failure.id),
  );
  const rows: FailureRow[] = failures.map((failure) => ({
    failure,
    words: failedDetails.has(failure.id)
      ? { messages: [], note: 'Mix Explorer could not read this job from Mix.' }
      : failureWords(failure, answers),
  }));
  const running = search?.progress?.state === 'running';
  const query: ViewQuery = {
    loading: false,
    fetching: running || details.some((detail) => detail.isFetching),
    problem: null,
    response: undefined,
    refresh: () => search?.start(),
  };
  return (
    <ResourceView
      title={ORG_LIST_LABELS.failures}
      subtitle={orgName ?? `Organization ${orgId}`}
      route={{ kind: 'org-list', orgId, list: 'failures' }}
      query={query}
      contentLabel="List"
    >
      {search && <SearchProgress search={search} purpose="failures" />}
      {rows.length === 0 ? (
        <Empty>
          {running
            ? 'No failed job or build found yet.'
            : 'No failed job or build in the projects Mix Explorer has read.'}
        </Empty>
      ) : (
        <DataTable
          label="Recent failures"
          columns={FAILURE_COLUMNS}
          rows={rows}
          rowKey={(row) => row.failure.id}
          onOpen={({ failure }) =>
            state.navigate(
              failure.kind === 'job'
                ? { kind: 'job', projectId: failure.projectId, jobId: failure.jobId ?? '' }
                : { kind: 'build', buildLabel: failure.buildLabel ?? '' },
            )
          }
        />
      )}
    </ResourceView>
  );
}
