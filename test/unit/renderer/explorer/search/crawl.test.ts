import { describe, expect, it } from 'vitest';
import type { MixParams } from '../../../../../common/mix-endpoints';
import type { CrawlLimits, CrawlProgress } from '../../../../../renderer/explorer/search/crawl';
import { CRAWL_LIMITS, PROJECT_READS, crawlMix } from '../../../../../renderer/explorer/search/crawl';

/** A Mix of `orgs` organizations with `projects` projects each, answering after a turn of the event loop. */
function fakeMix(orgs: number, projects: number) {
  const asked: { endpoint: string; params: MixParams }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const pending: (() => void)[] = [];
  const read = (endpoint: string, params: MixParams): Promise<unknown> => {
    asked.push({ endpoint, params });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise((resolve) => {
      pending.push(() => {
        inFlight -= 1;
        resolve(answer(endpoint, params));
      });
      setImmediate(() => pending.shift()?.());
    });
  };
  function answer(endpoint: string, params: MixParams): unknown {
    switch (endpoint) {
      case 'organizations.list':
        return { organizations: Array.from({ length: orgs }, (_, index) => ({ id: `${index + 1}` })) };
      case 'projects.list': {
        const offset = Number(params['offset'] ?? 0);
        const limit = Number(params['limit'] ?? 100);
        const count = Math.max(0, Math.min(limit, projects - offset));
        return {
          projects: Array.from({ length: count }, (_, index) => ({
            id: `${params['orgId']}-${offset + index}`,
          })),
          totalSize: projects,
        };
      }
      case 'applications.list':
        return { applications: [{ id: `app-${params['orgId']}` }] };
      default:
        return {};
    }
  }
  return { read, asked, maxInFlight: () => maxInFlight };
}

describe('the search walk', () => {
  it('reads every project of every organization with at most 6 reads in flight, and says how far it is', async () => {
    const mix = fakeMix(2, 20);
    const seen: CrawlProgress[] = [];
    const result = await crawlMix({
      read: mix.read,
      signal: new AbortController().signal,
      onProgress: (progress) => seen.push(progress),
    });
    expect(result).toMatchObject({ state: 'done', projectsDone: 40, projectsTotal: 40, failed: 0 });
    expect(mix.maxInFlight()).toBeLessThanOrEqual(6);
    expect(mix.maxInFlight()).toBe(6);
    const intents = mix.asked.filter((read) => read.endpoint === 'intents.list');
    expect(intents).toHaveLength(40);
    expect(mix.asked.filter((read) => read.endpoint === 'appConfigs.list')).toEqual([
      { endpoint: 'appConfigs.list', params: { applicationId: 'app-1' } },
      { endpoint: 'appConfigs.list', params: { applicationId: 'app-2' } },
    ]);
    // Runtime app ids live in the credentials: the same read as the application's Credentials tab.
    expect(mix.asked.filter((read) => read.endpoint === 'appCredentials.list')).toEqual([
      { endpoint: 'appCredentials.list', params: { applicationId: 'app-1', view: 'ACV_FULL' } },
      { endpoint: 'appCredentials.list', params: { applicationId: 'app-2', view: 'ACV_FULL' } },
    ]);
    // Progress counts up to "40 of 40" and never past the total.
    expect(seen.some((progress) => progress.state === 'running' && progress.projectsDone === 12)).toBe(true);
    expect(seen.every((progress) => progress.projectsDone <= progress.projectsTotal)).toBe(true);
  });

  it('stops at its read budget and at the page cap of a 20,000-project organization', async () => {
    const mix = fakeMix(1, 20_000);
    const limits: CrawlLimits = { ...CRAWL_LIMITS, budget: 50, projectPagesPerOrg: 3 };
    const result = await crawlMix({ read: mix.read, signal: new AbortController().signal, limits });
    expect(result.state).toBe('budget-spent');
    expect(mix.asked).toHaveLength(50);
    expect(mix.asked.filter((read) => read.endpoint === 'projects.list')).toHaveLength(3);
    expect(result.projectsTotal).toBe(300);
    // 7 listing reads, then 43 of the projects' reads: 6 projects read in full. Progress never counts
    // a project whose reads the budget skipped as checked.
    expect(result.projectsDone).toBe(Math.floor((50 - 7) / PROJECT_READS.length));
  });

  it("reads each project's builds of every engine, newest first, exactly as the Builds tab asks for them", async () => {
    const mix = fakeMix(1, 2);
    await crawlMix({ read: mix.read, signal: new AbortController().signal });
    const builds = mix.asked.filter((read) => read.endpoint === 'builds.list');
    expect(builds.map((read) => read.params)).toEqual(
      ['1-0', '1-1'].flatMap((projectId) =>
        ['ASR', 'NLU', 'DIALOG'].map((type) => ({
          projectId,
          type,
          limit: 100,
          offset: 0,
          sortBy: '-createTime',
        })),
      ),
    );
  });

  it('asks nothing more once cancelled, and says it stopped', async () => {
    const mix = fakeMix(1, 40);
    const controller = new AbortController();
    const result = await crawlMix({
      read: mix.read,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.projectsDone === 5) controller.abort();
      },
    });
    expect(result.state).toBe('cancelled');
    const askedAtCancel = mix.asked.length;
    // Only the reads already in flight when it stopped went out after the fifth project finished.
    expect(askedAtCancel).toBeLessThan(4 + 5 * PROJECT_READS.length + 6);
    await new Promise((resolve) => setImmediate(resolve));
    expect(mix.asked).toHaveLength(askedAtCancel);
  });

  it('goes on past reads that fail, counting them', async () => {
    const mix = fakeMix(1, 3);
    const read = (endpoint: string, params: MixParams) =>
      endpoint === 'entities.list' ? Promise.reject(new Error('boom')) : mix.read(endpoint, params);
    const result = await crawlMix({ read, signal: new AbortController().signal });
    expect(result).toMatchObject({ state: 'done', projectsDone: 3, failed: 3 });
  });
});
