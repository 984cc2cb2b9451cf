/**
 * The background walk behind "search anything": every organization's projects, applications and bots,
 * then each application's configs and each project's intents, entities, jobs, latest builds and builds
 * lists (newest first, one per engine: failed builds carry their status and time only there). Reads go
 * through `read` (the explorer's query cache over `mix:get`, so answers are cached for their time-to-live
 * and main's Mix session still renews, rate-bounds and size-bounds every request). Bounded: at most
 * `concurrency` reads in flight, at most `budget` reads in all, a capped number of project pages per
 * organization; cancelled by the signal. Pure apart from `read`.
 */
import type { MixEndpointKey, MixParams } from '../../../common/mix-endpoints';
import type { MixApplication, MixProject } from '../../../common/mix-models';
import { pagingOf } from '../../../common/mix-models';
import { listItems, records, textOf } from '../../../common/tolerant-reader';
import { BUILD_TYPES } from '../../resource-views/build-types';
import { newestBuildsParams } from '../build-reads';
import { taskPool } from './pool';

/** Listings go ahead of per-item reads: their names are what people search for most. */
const FIRST = { first: true } as const;

export type CrawlRead = (endpoint: MixEndpointKey, params: MixParams) => Promise<unknown>;

export interface CrawlLimits {
  /** Reads in flight at once. */
  concurrency: number;
  /** Reads in one walk, all kinds together. */
  budget: number;
  /** Projects per page, and pages per organization (the rest is found by Mix's server-side filter). */
  pageSize: number;
  projectPagesPerOrg: number;
}

export const CRAWL_LIMITS: CrawlLimits = {
  concurrency: 6,
  budget: 600,
  pageSize: 100,
  projectPagesPerOrg: 20,
};

export type CrawlState = 'running' | 'done' | 'cancelled' | 'budget-spent';

export interface CrawlProgress {
  state: CrawlState;
  projectsDone: number;
  projectsTotal: number;
  requests: number;
  failed: number;
}

/** The reads the walk makes for one project (what the palette needs from it). */
export const PROJECT_READS: readonly {
  endpoint: MixEndpointKey;
  params: (projectId: string) => MixParams;
}[] = [
  { endpoint: 'intents.list', params: (projectId) => ({ projectId }) },
  { endpoint: 'entities.list', params: (projectId) => ({ projectId }) },
  { endpoint: 'jobs.list', params: (projectId) => ({ projectId }) },
  { endpoint: 'builds.latest', params: (projectId) => ({ projectId }) },
  // The Builds tab's own first page per engine, so a visit to the tab (or a second walk) reads the cache.
  ...BUILD_TYPES.map((type) => ({
    endpoint: 'builds.list' as const,
    params: (projectId: string) => newestBuildsParams(projectId, type),
  })),
];

export interface CrawlOptions {
  read: CrawlRead;
  signal: AbortSignal;
  limits?: CrawlLimits;
  onProgress?: (progress: CrawlProgress) => void;
}

/** Walks Mix for the search index; resolves with the final progress (never rejects). */
export async function crawlMix({
  read,
  signal,
  limits = CRAWL_LIMITS,
  onProgress,
}: CrawlOptions): Promise<CrawlProgress & { maxInFlight: number }> {
  const progress: CrawlProgress = {
    state: 'running',
    projectsDone: 0,
    projectsTotal: 0,
    requests: 0,
    failed: 0,
  };
  const pool = taskPool(limits.concurrency, signal);
  const budgetSpent = new AbortController();
  const report = () => onProgress?.({ ...progress });

  /** One read within the budget: `skipped` when cancelled or no budget was left; no body when it failed. */
  async function attempt(
    endpoint: MixEndpointKey,
    params: MixParams,
  ): Promise<{ skipped: boolean; body?: unknown }> {
    if (signal.aborted || budgetSpent.signal.aborted) return { skipped: true };
    if (progress.requests >= limits.budget) {
      budgetSpent.abort();
      return { skipped: true };
    }
    progress.requests += 1;
    try {
      return { skipped: false, body: await read(endpoint, params) };
    } catch {
      progress.failed += 1;
      return { skipped: false };
    }
  }

  /** One read's body; undefined when it failed or was skipped. */
  async function ask(endpoint: MixEndpointKey, params: MixParams): Promise<unknown> {
    return (await attempt(endpoint, params)).body;
  }

  const seenProjects = new Set<string>();
  function addProjects(body: unknown) {
    for (const project of records<MixProject>(listItems(body, 'projects'))) {
      const projectId = textOf(project.id);
      if (!projectId || seenProjects.has(projectId)) continue;
      seenProjects.add(projectId);
      progress.projectsTotal += 1;
      // One pool task per read, so a project's reads count against the same in-flight bound. A project
      // counts as done only when every read of it was made (a failed read is counted apart): one the
      // budget or a cancel skipped is not done, so "12 of 40" never claims what was not checked.
      let left = PROJECT_READS.length;
      let complete = true;
      for (const { endpoint, params } of PROJECT_READS) {
        pool.add(async () => {
          if ((await attempt(endpoint, params(projectId))).skipped) complete = false;
          left -= 1;
          if (left > 0 || !complete) return;
          progress.projectsDone += 1;
          report();
        });
      }
    }
    report();
  }

  function walkProjects(orgId: string, page: number) {
    pool.add(async () => {
      const params = { orgId, excludeChannels: true, limit: limits.pageSize, offset: page * limits.pageSize };
      const body = await ask('projects.list', params);
      if (body === undefined) return;
      addProjects(body);
      const { totalSize } = pagingOf(body);
      const more = listItems(body, 'projects').length === limits.pageSize;
      const known = typeof totalSize === 'number' ? (page + 1) * limits.pageSize < totalSize : more;
      if (known && more && page + 1 < limits.projectPagesPerOrg) walkProjects(orgId, page + 1);
    }, FIRST);
  }

  function walkApplications(orgId: string) {
    pool.add(async () => {
      const body = await ask('applications.list', { orgId, limit: limits.pageSize, offset: 0 });
      for (const app of records<MixApplication>(listItems(body, 'applications'))) {
        const applicationId = textOf(app.id);
        if (!applicationId) continue;
        pool.add(async () => void (await ask('appConfigs.list', { applicationId })));
        // Runtime app ids (ACME-PROD) and client ids live in the credentials: the Credentials tab's read.
        pool.add(async () => void (await ask('appCredentials.list', { applicationId, view: 'ACV_FULL' })));
      }
    }, FIRST);
    pool.add(async () => void (await ask('bots.list', { orgId })), FIRST);
  }

  report();
  const organizations = await ask('organizations.list', { view: 'FULL' });
  for (const org of records<{ id?: unknown }>(listItems(organizations, 'organizations'))) {
    const orgId = textOf(org.id);
    if (!orgId) continue;
    walkProjects(orgId, 0);
    walkApplications(orgId);
  }
  await pool.idle();
  progress.state = signal.aborted ? 'cancelled' : budgetSpent.signal.aborted ? 'budget-spent' : 'done';
  report();
  return { ...progress, maxInFlight: pool.maxInFlight };
}
