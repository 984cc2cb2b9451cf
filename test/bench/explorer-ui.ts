import { existsSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/**
 * What the explorer benchmarks assume about the explorer UI, in one place so it can follow the UI:
 * a navigation tree (`role=tree`, items by accessible name), project tabs (`role=tab`), and lists whose rows
 * are `role=row` or table rows. Everything else (timing, counting) depends only on the DOM.
 */
export const EXPLORER_SOURCE_DIR = 'renderer/explorer';
export const TREE = '[role="tree"]';
/** Data rows of a list: header rows (with column headers) are not rows of data. */
export const DATA_ROW = '[role="row"]:not(:has([role="columnheader"])), tbody tr';

/** Why the explorer cannot be benchmarked in this page, or undefined when its tree is there. */
export async function explorerUnavailable(
  page: Page,
  rendererStale?: string,
  timeoutMs = 5_000,
): Promise<string | undefined> {
  if (!existsSync(EXPLORER_SOURCE_DIR)) return `${EXPLORER_SOURCE_DIR}/ does not exist yet`;
  try {
    await page.locator(TREE).first().waitFor({ state: 'visible', timeout: timeoutMs });
    return undefined;
  } catch {
    const why = rendererStale ? ` (${rendererStale})` : ' (explorer not wired into the app yet?)';
    return `no ${TREE} in the built renderer after sign-in${why}`;
  }
}

/** A tree item by its accessible name (its label alone, without badges). */
export function treeItem(page: Page, name: string | RegExp): Locator {
  return page
    .locator(TREE)
    .getByRole('treeitem', { name, exact: typeof name === 'string' })
    .first();
}

/** What to click to open a tree item's view: its own label (the item's box also holds its children). */
export function treeItemLabel(page: Page, name: string | RegExp): Locator {
  return treeItem(page, name).locator('.tree-label').first();
}

/** Expands a tree item the keyboard way (focus, ArrowRight): a click on an item opens its view instead. */
export async function expandTreeItem(page: Page, name: string | RegExp): Promise<void> {
  const item = treeItem(page, name);
  await item.waitFor({ state: 'visible', timeout: 10_000 });
  if ((await item.getAttribute('aria-expanded')) === 'true') return;
  await item.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(
    (element) => element?.getAttribute('aria-expanded') === 'true',
    await item.elementHandle(),
    {
      timeout: 10_000,
    },
  );
}

/** A project tab, e.g. "Builds". */
export function tab(page: Page, name: string | RegExp): Locator {
  return page.getByRole('tab', { name }).first();
}

export interface ClickToRows {
  /** From the pointerdown event to the first animation frame with a matching row on screen, in-page. */
  ms: number;
  /** Data rows mounted once the list has settled. */
  rowsMounted: number;
}

/**
 * Clicks `target` and times, inside the page, the pointerdown event (capture phase, so before the app's
 * handler) to the first frame that shows a data row whose text matches `rowText`. Matching on text, not on any row,
 * keeps rows of the view we leave (or reused DOM nodes) from counting.
 */
export async function timeClickToRows(page: Page, target: Locator, rowText: RegExp): Promise<ClickToRows> {
  await target.waitFor({ state: 'visible', timeout: 10_000 });
  await page.evaluate(
    ([rowSelector, source, flags]) => {
      const pattern = new RegExp(source, flags);
      const state: { clickAt?: number; rowAt?: number } = {};
      (window as unknown as { __benchClick: typeof state }).__benchClick = state;
      // Only rows on screen count: a kept-alive view keeps its rows in the DOM, laid out, while hidden
      // (content-visibility: hidden), and coming back to it only changes an attribute. checkVisibility()
      // is false for them, and for rows with no box at all.
      const matches = () =>
        Array.from(document.querySelectorAll(rowSelector)).some(
          (row) => row.checkVisibility() && pattern.test(row.textContent ?? ''),
        );
      const watch = () => {
        if (matches()) state.rowAt = performance.now();
        else requestAnimationFrame(watch);
      };
      // From pointerdown, not click: React Aria selects tabs and items on pointerdown, so a view that is
      // already there (kept alive) is on screen before the click event fires.
      document.addEventListener(
        'pointerdown',
        () => {
          state.clickAt = performance.now();
          requestAnimationFrame(watch);
        },
        { capture: true, once: true },
      );
    },
    [DATA_ROW, rowText.source, rowText.flags] as const,
  );
  await target.click();
  const handle = await page.waitForFunction(
    () => {
      const state = (window as unknown as { __benchClick: { clickAt?: number; rowAt?: number } })
        .__benchClick;
      return state.rowAt !== undefined && state.clickAt !== undefined
        ? state.rowAt - state.clickAt
        : undefined;
    },
    undefined,
    { timeout: 20_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  return { ms, rowsMounted: await settledRowCount(page) };
}

/** What the grid says it holds (`aria-rowcount`, header row included), if there is one. */
export async function gridRowCount(page: Page): Promise<number | undefined> {
  const value = await page
    .locator('[role="grid"]')
    .first()
    .getAttribute('aria-rowcount', { timeout: 2_000 })
    .catch(() => null);
  return value === null ? undefined : Number(value);
}

/** Data rows in the DOM once the count has not changed for a few frames (virtualisers measure, then fill). */
export async function settledRowCount(page: Page): Promise<number> {
  return page.evaluate(async (rowSelector) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    let last = -1;
    let stableFrames = 0;
    for (let i = 0; i < 120 && stableFrames < 10; i += 1) {
      await frame();
      const count = document.querySelectorAll(rowSelector).length;
      stableFrames = count === last ? stableFrames + 1 : 0;
      last = count;
    }
    return last;
  }, DATA_ROW);
}
