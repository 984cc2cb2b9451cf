import type { Page } from '@playwright/test';
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

/**
 * The tab timed. Its first visit must be a first visit: a read of Mix. Environment configs is one the
 * background search walk never reads (it reads intents, entities, jobs and builds), so its first visit
 * always asks Mix; the Builds tab, which the row measured until the walk began pre-reading it, is timed
 * too and printed as a note (its "first visit" is served from the walk's cache when the walk got there
 * first).
 */
const COLD = { tab: /^Environment configs/, row: /GRAMMAR_BASE_PATH/ };
const WARM = { tab: /^Builds/, row: /_1922_/ };

/**
 * A project's tab, first visit (Mix.api at 20 ms latency) versus coming back to it after the Intents tab:
 * each timed in-page from the tab's pointerdown to the first frame with a matching row on screen. Each round
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

    const cold = { first: [] as number[], again: [] as number[] };
    const warm = { first: [] as number[], again: [] as number[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round > 0) {
        await page.reload();
        if (await explorerUnavailable(page))
          throw new Error('The explorer tree did not come back after a reload.');
      }
      await expandTreeItem(page, PERSONAL_ORG);
      await expandTreeItem(page, 'Projects');
      await treeItemLabel(page, PROJECT).click();
      for (const [target, times] of [
        [COLD, cold],
        [WARM, warm],
      ] as const) {
        await atRest(page);
        times.first.push((await timeClickToRows(page, tab(page, target.tab), target.row)).ms);
        await showIntents(page);
        await atRest(page);
        times.again.push((await timeClickToRows(page, tab(page, target.tab), target.row)).ms);
      }
    }
    const summary = ratioOf(cold.again, cold.first);
    const builds = ratioOf(warm.again, warm.first);
    return {
      rows: [ratioRow(VIEW_REVISIT_NAME, summary, VIEW_REVISIT_GOAL)],
      notes: [
        `view revisit: project 1922 Environment configs tab (its first visit reads Mix), first visit ` +
          `${ms(summary.denominator.median)} ms, back after Intents ${ms(summary.numerator.median)} ms (medians of ` +
          `${ROUNDS} cold rounds, sandbox latency ${LATENCY_MS} ms, in-page timing).`,
        `view revisit, Builds tab (the background walk often reads it before the first visit): ratio ` +
          `${builds.ratio.toFixed(2)}, first visit ${ms(builds.denominator.median)} ms, back after Intents ` +
          `${ms(builds.numerator.median)} ms.`,
      ],
    };
  } finally {
    await app.close();
  }
}

/** Goes to the Intents tab and waits until it is the tab on screen. */
async function showIntents(page: Page): Promise<void> {
  await tab(page, /^Intents/).click();
  await page.waitForFunction(
    () =>
      // Kept views out of sight hold selected tabs too: only the one on screen counts.
      Array.from(document.querySelectorAll('[role="tab"][aria-selected="true"]')).some(
        (selected) => selected.checkVisibility() && selected.textContent?.startsWith('Intents'),
      ),
    undefined,
    { timeout: 10_000 },
  );
}

/**
 * Waits until the page's main thread has been idle once (requestIdleCallback): each timed click starts from
 * an app at rest, as a person's click does, not in the middle of the work the previous click started.
 */
async function atRest(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })),
  );
}
