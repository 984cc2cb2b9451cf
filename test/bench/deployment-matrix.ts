import type { ActivityEntry } from '../../common/activity';
import { SANDBOX_FIXTURES } from '../../main/emulator/seed/fixtures';
import { judged, ms, notMeasured, type BenchContext, type BenchReport, type Goal } from './bench-result';
import { expandTreeItem, explorerUnavailable, timeClickToRows, treeItemLabel } from './explorer-ui';
import { startSignedInApp } from './signed-in-app';
import { summarize } from './stats';

export const DEPLOYMENT_MATRIX_NAME = 'deployment matrix, 50 applications: round trips after the lists';
export const DEPLOYMENT_MATRIX_GOAL: Goal = { limit: 1 };

/** Small: the 50 applications of Scale Org use its first 50 projects; more would only slow the walk. */
const SCALE = 50;
const ROUNDS = 5;
const LIST_ENDPOINTS = new Set(['applications.list', 'deploymentFlows.list']);

/**
 * Scale Org's "What's deployed where" (50 applications, 100 configs) from a cold cache: each round reloads the
 * renderer, waits for Home's background walk to finish, then clicks the matrix in the tree and waits for the
 * first frame with a matrix row. From main's activity log (every Mix.api request, with its start and
 * duration): when the two lists (applications with their configs, deployment flows) had arrived, and how many
 * Mix.api requests started after that and before the matrix was on screen — the goal is at most one.
 */
/** Resolves once main has logged no Mix.api request for `quietMs` (at most 60 s). */
async function activityQuiet(events: readonly { event: string }[], quietMs: number): Promise<void> {
  const count = () => events.filter((event) => event.event === 'activity:entry').length;
  const deadline = Date.now() + 60_000;
  let last = count();
  let since = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
  }
  throw new Error('Mix.api requests did not stop for 60 s after sign-in.');
}

export async function benchDeploymentMatrix(context: BenchContext): Promise<BenchReport> {
  const browser = await context.browser();
  const { app } = await startSignedInApp(browser, { scale: SCALE });
  try {
    const { page } = app;
    const unavailable = await explorerUnavailable(page, context.rendererStale);
    if (unavailable)
      return { rows: [notMeasured(DEPLOYMENT_MATRIX_NAME, DEPLOYMENT_MATRIX_GOAL, unavailable)], notes: [] };
    const roundTrips: number[] = [];
    const afterLists: number[] = [];
    const clickToRows: number[] = [];
    let requests = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round > 0) {
        await page.reload();
        if (await explorerUnavailable(page))
          throw new Error('The explorer tree did not come back after a reload.');
      }
      // Home's background walk reads every organization: let it finish so its reads are not counted.
      await activityQuiet(app.events, 1_000);
      await expandTreeItem(page, 'Scale Org');
      const entriesBefore = app.events.length;
      const timing = await timeClickToRows(
        page,
        treeItemLabel(page, "What's deployed where"),
        /^ScaleTag01 #/,
      );
      const paintedAt = await page.evaluate(() => Date.now());
      const entries = app.events
        .slice(entriesBefore)
        .filter((event) => event.event === 'activity:entry')
        .map((event) => event.payload as ActivityEntry);
      const lists = entries.filter(
        (entry) =>
          entry.endpoint !== undefined &&
          LIST_ENDPOINTS.has(entry.endpoint) &&
          (entry.path.includes(`orgId=${SANDBOX_FIXTURES.scaleOrgId}`) ||
            entry.path.includes(`organizations/${SANDBOX_FIXTURES.scaleOrgId}/`)),
      );
      if (lists.length < 2) throw new Error(`expected the two lists to be read, saw ${lists.length} reads`);
      const listsAt = Math.max(...lists.map((entry) => entry.time + entry.durationMs));
      roundTrips.push(entries.filter((entry) => entry.time >= listsAt && entry.time <= paintedAt).length);
      afterLists.push(Math.max(0, paintedAt - listsAt));
      clickToRows.push(timing.ms);
      requests = entries.length;
    }
    const trips = Math.max(...roundTrips);
    const after = summarize(afterLists);
    const total = summarize(clickToRows);
    return {
      rows: [
        {
          name: DEPLOYMENT_MATRIX_NAME,
          measured: `${trips} round trips; lists → rows ${ms(after.median)} ms`,
          spread: `click → rows ${ms(total.median)} ms (${ms(total.min)}–${ms(total.max)}), n=${total.n}`,
          goal: DEPLOYMENT_MATRIX_GOAL,
          outcome: judged(trips, DEPLOYMENT_MATRIX_GOAL),
        },
      ],
      notes: [
        `deployment matrix: sandbox scale ${SCALE} (Scale Org: 50 applications, 100 configs, one 3-step flow with ` +
          `4 env-geographies); cold cache each round; round trips = Mix.api requests started after both lists had ` +
          `arrived and before the first frame with a matrix row (max over rounds); lists → rows includes the test transport carrying the applications answer over CDP; ${requests} Mix.api requests in ` +
          `the last round from the click to that frame.`,
      ],
    };
  } finally {
    await app.close();
  }
}
