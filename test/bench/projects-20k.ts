import { judged, ms, notMeasured, type BenchContext, type BenchReport, type Goal } from './bench-result';
import {
  expandTreeItem,
  explorerUnavailable,
  gridRowCount,
  timeClickToRows,
  treeItemLabel,
} from './explorer-ui';
import { startSignedInApp } from './signed-in-app';
import { summarize } from './stats';

export const FIRST_ROWS_NAME = '20k projects: click → first rows';
export const FIRST_ROWS_GOAL: Goal = { limit: 150, unit: 'ms' };
export const ROWS_MOUNTED_NAME = '20k projects: rows mounted in DOM';
export const ROWS_MOUNTED_GOAL: Goal = { limit: 200, unit: 'rows' };

const SCALE = 20_000;
const ROUNDS = 5;

/**
 * Scale Org's Projects list (20,000 projects) from a cold cache: each round reloads the renderer (main's
 * session stays), expands "Scale Org" in the tree and times the click on its "Projects" item to the first
 * frame with a project row on screen, in-page (from pointerdown); then counts the rows the virtualised list keeps mounted.
 */
export async function benchProjects20k(context: BenchContext): Promise<BenchReport> {
  const browser = await context.browser();
  const { app } = await startSignedInApp(browser, { scale: SCALE });
  try {
    const { page } = app;
    const unavailable = await explorerUnavailable(page, context.rendererStale);
    if (unavailable) {
      return {
        rows: [
          notMeasured(FIRST_ROWS_NAME, FIRST_ROWS_GOAL, unavailable),
          notMeasured(ROWS_MOUNTED_NAME, ROWS_MOUNTED_GOAL, unavailable),
        ],
        notes: [],
      };
    }
    const firstRows: number[] = [];
    const mounted: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round > 0) {
        await page.reload();
        if (await explorerUnavailable(page))
          throw new Error('The explorer tree did not come back after a reload.');
      }
      await expandTreeItem(page, 'Scale Org');
      const timing = await timeClickToRows(page, treeItemLabel(page, 'Projects'), /Scale Project \d{5}/);
      firstRows.push(timing.ms);
      mounted.push(timing.rowsMounted);
    }
    const announced = await gridRowCount(page);
    const time = summarize(firstRows);
    const rows = Math.max(...mounted);
    return {
      rows: [
        {
          name: FIRST_ROWS_NAME,
          measured: `${ms(time.median)} ms`,
          spread: `${ms(time.min)}–${ms(time.max)} ms, n=${time.n}`,
          goal: FIRST_ROWS_GOAL,
          outcome: judged(time.median, FIRST_ROWS_GOAL),
        },
        {
          name: ROWS_MOUNTED_NAME,
          measured: `${rows} rows`,
          spread: `${Math.min(...mounted)}–${rows}`,
          goal: ROWS_MOUNTED_GOAL,
          outcome: judged(rows, ROWS_MOUNTED_GOAL),
        },
      ],
      notes: [
        `20k projects: sandbox scale ${SCALE} (Scale Org, id 500); cold cache each round (renderer reloaded); ` +
          `timed in-page from pointerdown to the first animation frame with a "Scale Project" row on screen; ` +
          `rows counted after the count held for 10 frames; the grid announces aria-rowcount=${announced ?? 'none'} ` +
          `(header included).`,
      ],
    };
  } finally {
    await app.close();
  }
}
