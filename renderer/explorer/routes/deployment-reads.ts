/**
 * The reads behind "what's deployed where": the organization's deployment flows and every application with
 * its configs (`view=AV_FULL` embeds them, so the matrix needs no read per application). Pages after the
 * first are asked together once the first says how many there are, through the one query cache.
 */
import type { MixDeploymentFlow } from '../../../common/mix-models';
import { pagingOf } from '../../../common/mix-models';
import { listItems } from '../../../common/tolerant-reader';
import type { ViewQuery } from '../ResourceView';
import { asProblem, useMixQueries, useMixQuery } from '../mix-query';
import type { MixRequest } from '../route-requests';

/** Applications per read: Mix's lists take 100 (larger limits are not documented, mix-api.md §6). */
export const MATRIX_PAGE_SIZE = 100;
/** At most this many pages (10,000 applications): an organization larger than that is shown in part. */
export const MATRIX_MAX_PAGES = 100;

export function flowsRequest(orgId: string): MixRequest {
  // The same key the configuration views use, so the flows are read once for all of them.
  return { endpoint: 'deploymentFlows.list', params: { orgId, limit: 100, offset: 0 } };
}

export function matrixPageRequest(orgId: string, page: number): MixRequest {
  return {
    endpoint: 'applications.list',
    params: { orgId, view: 'AV_FULL', limit: MATRIX_PAGE_SIZE, offset: page * MATRIX_PAGE_SIZE },
  };
}

export function useDeploymentFlows(orgId: string) {
  const request = flowsRequest(orgId);
  const query = useMixQuery(request.endpoint, request.params);
  return { query, flows: listItems(query.data, 'flows') as MixDeploymentFlow[] };
}

export interface OrgApplications {
  /** Every application read so far; undefined until every page has arrived. */
  applications: unknown[] | undefined;
  totalSize: number | undefined;
  /** The pages were capped at MATRIX_MAX_PAGES. */
  partial: boolean;
  query: ViewQuery;
}

/** Every application of an organization with its configs, page 1 first, the rest together. */
export function useOrgApplications(orgId: string, enabled = true): OrgApplications {
  const first = matrixPageRequest(orgId, 0);
  const firstQuery = useMixQuery(first.endpoint, first.params, { enabled });
  const totalSize = firstQuery.data === undefined ? undefined : pagingOf(firstQuery.data).totalSize;
  const pages = Math.min(MATRIX_MAX_PAGES, Math.ceil((totalSize ?? 0) / MATRIX_PAGE_SIZE));
  const rest = useMixQueries(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({
      ...matrixPageRequest(orgId, i + 1),
      enabled,
    })),
  );
  const restReady = rest.every((page) => page.data !== undefined);
  const applications =
    firstQuery.data !== undefined && restReady
      ? [firstQuery.data, ...rest.map((page) => page.data?.data)].flatMap((body) =>
          listItems(body, 'applications'),
        )
      : undefined;
  const failed = rest.find((page) => page.error && !page.isFetching);
  return {
    applications,
    totalSize,
    partial: (totalSize ?? 0) > MATRIX_MAX_PAGES * MATRIX_PAGE_SIZE,
    query: {
      loading: firstQuery.loading || (firstQuery.data !== undefined && !restReady && !failed),
      fetching: firstQuery.fetching || rest.some((page) => page.isFetching),
      problem: firstQuery.problem ?? (failed ? asProblem(failed.error) : null),
      response: firstQuery.response,
      refresh: () => {
        firstQuery.refresh();
        for (const page of rest) void page.refetch({ cancelRefetch: true });
      },
    },
  };
}

/** The two lists together: shown once both are in, so the matrix paints once, with its columns. */
export function bothQueries(a: ViewQuery, b: ViewQuery): ViewQuery {
  return {
    loading: a.loading || b.loading,
    fetching: a.fetching || b.fetching,
    problem: a.problem ?? b.problem,
    response: a.response,
    refresh: () => {
      a.refresh();
      b.refresh();
    },
  };
}
