import { axeViolations, describeViolations } from './axe';
import { layoutProblems } from './layout-checks';
import type { Locator } from '@playwright/test';
import type { AppHarness } from './app-harness';

/** Saves the window in the light and the dark theme (`<name>-light.png`, `<name>-dark.png`), then back to light. */
export async function screenshotBothThemes(harness: AppHarness, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await harness.page.emulateMedia({ colorScheme });
    await harness.screenshot(`${name}-${colorScheme}`);
  }
  await harness.page.emulateMedia({ colorScheme: 'light' });
}

/**
 * A new screen's checks at 1200×800 and 800×600, light and dark: axe (WCAG 2.1 AA) and the layout checks,
 * with screenshots of each (`<name>-<w>x<h>-<theme>.png`). Returns what was found, for one assertion.
 */
export async function checkAndScreenshotBothSizes(
  harness: AppHarness,
  name: string,
  /** What the screen is about, scrolled into its pane's view at each size. */
  subject?: Locator,
): Promise<string[]> {
  const { page } = harness;
  const found: string[] = [];
  for (const size of [
    { width: 1200, height: 800 },
    { width: 800, height: 600 },
  ]) {
    await page.setViewportSize(size);
    await subject?.scrollIntoViewIfNeeded();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const screen = `${name}-${size.width}x${size.height}-${colorScheme}`;
      found.push(...describeViolations(screen, await axeViolations(page)));
      found.push(...(await layoutProblems(page)).map((problem) => `${screen}: ${problem}`));
    }
    await screenshotBothThemes(harness, `${name}-${size.width}x${size.height}`);
  }
  await page.setViewportSize({ width: 1200, height: 800 });
  return found;
}
