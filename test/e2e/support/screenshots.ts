import type { AppHarness } from './app-harness';

/** Saves the window in the light and the dark theme (`<name>-light.png`, `<name>-dark.png`), then back to light. */
export async function screenshotBothThemes(harness: AppHarness, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await harness.page.emulateMedia({ colorScheme });
    await harness.screenshot(`${name}-${colorScheme}`);
  }
  await harness.page.emulateMedia({ colorScheme: 'light' });
}
