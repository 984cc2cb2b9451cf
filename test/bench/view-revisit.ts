import { notMeasured, ms, type BenchContext, type BenchReport, type Goal, ratioRow } from './bench-result';
import { expandTreeItem, explorerUnavailable, tab, timeClickToRows, treeItemLabel } from './explorer-ui';
import { startSignedInApp } from './signed-in-app';
import { ratioOf } from './stats';

export const VIEW_REVISIT_NAME = 'back to a visited view / first visit';
export const VIEW_REVISIT_GOAL: Goal = { limit: 0.1 };

const LATENCY_MS = 20;
const ROUNDS = 5;
/** Project 1922 "Coffee Assistant" in the demo user's personal org (named after the user): builds, intents. */
const PERSONAL_ORG = 'demo@mix.example';
const PROJECT = 'Coffee Assistant';
const BUILD_ROW = /_1922_/;

/**
 * A project's Builds tab, first visit (Mix.api at 20 ms latency) versus coming back to it after the Intents
 * tab: each timed in-page from the tab's click event to the first frame with a build row. Each round
 * reloads the renderer first, so the first visit is a cold one.
 */
export async function benchViewRevisit(context: BenchContext): Promise<BenchReport> {
  const browser = await context.browser();
  const { app } = await startSignedInApp(browser, { faults: { latencyMs: LATENCY_MS } });
  try {
    const { page } = app;
    const unavailable = await explorerUnavailable(page, context.rendererStale);
    if (unavailable)
      return { rows: [notMeasured(VIEW_REVISIT_NAME, VIEW_REVISIT_GOAL, unavailable)], notes: [] };

    const first: number[] = [];
    const again: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round > 0) {
        await page.reload();
        if (await explorerUnavailable(page))
          throw new Error('The explorer tree did not come back after a reload.');
      }
      await expandTreeItem(page, PERSONAL_ORG);
      await expandTreeItem(page, 'Projects');
      await treeItemLabel(page, PROJECT).click();
      first.push((await timeClickToRows(page, tab(page, /^Builds/), BUILD_ROW)).ms);
      const elsewhere = tab(page, /^Intents/);
      await elsewhere.click();
      await page.waitForFunction(
        () =>
          // Kept views out of sight hold selected tabs too: only the one on screen counts.
          Array.from(document.querySelectorAll('[role="tab"][aria-selected="true"]')).some(
            (tab) => tab.checkVisibility() && tab.textContent?.startsWith('Intents'),
          ),
        undefined,
        { timeout: 10_000 },
      );
      again.push((await timeClickToRows(page, tab(page, /^Builds/), BUILD_ROW)).ms);
    }
    const summary = ratioOf(again, first);
    return {
      rows: [ratioRow(VIEW_REVISIT_NAME, summary, VIEW_REVISIT_GOAL)],
      notes: [
        `view revisit: project 1922 Builds tab, first visit ${ms(summary.denominator.median)} ms, back after Intents ` +
          `${ms(summary.numerator.median)} ms (medians of ${ROUNDS} cold rounds, sandbox latency ${LATENCY_MS} ms, in-page timing).`,
      ],
    };
  } finally {
    await app.close();
  }
}
