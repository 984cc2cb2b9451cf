import type { Locator } from '@playwright/test';
import type { AppHarness } from './app-harness';
import { axeViolations, describeViolations } from './axe';
import { layoutProblems } from './layout-checks';
import { screenshotBothThemes } from './screenshots';

export const STORY_SIZES = [
  { width: 1200, height: 800 },
  { width: 800, height: 600 },
] as const;

/**
 * A new screen as it is now, at 1200×800 and 800×600 in the light and the dark theme: screenshots
 * (`<name>-<w>x<h>-<theme>.png`), axe-core (WCAG 2.1 AA) and the layout checks. Returns every finding, for
 * one assertion; back to 1200×800, light.
 */
export async function checkScreen(
  harness: AppHarness,
  name: string,
  /** What the screen is about, scrolled into its pane's view at each size. */
  subject?: Locator,
): Promise<string[]> {
  const { page } = harness;
  const found: string[] = [];
  for (const size of STORY_SIZES) {
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
  await page.setViewportSize(STORY_SIZES[0]);
  return found;
}
