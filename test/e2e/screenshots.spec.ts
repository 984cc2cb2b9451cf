import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-test';
import { mainPane, openInTree, openTab, viewHeading } from './support/explorer-steps';
import { focusIsVisible, layoutProblems } from './support/layout-checks';

// Every view at the three window sizes issue 10 names, in the light and the dark theme: a screenshot of
// each into test-results/screens/views/ (for people to look at), and the layout measured in the page so
// the defects seen there cannot come back: nothing scrolls sideways or sticks out of the window, the
// status bar is one line, no table header is cut short. With README_SCREENSHOTS=1 (npm run screenshots)
// the README's pictures are taken again from the same run.

const SIZES = [
  { width: 800, height: 600 },
  { width: 1200, height: 800 },
  { width: 1920, height: 1080 },
];
const VIEWS_DIR = join('test-results', 'screens', 'views');
const README_DIR = join('docs', 'screenshots');
const PERSONAL_ORG = 'demo@mix.example';

/** Two frames: layout, resize observers and what they set have run. */
function settled(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Takes the view at every size and measures it; the problems found are gathered, asserted at the end. */
async function atEverySize(page: Page, theme: string, view: string, problems: string[]): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await settled(page);
    const name = `${view}-${size.width}x${size.height}-${theme}`;
    await page.screenshot({ path: join(VIEWS_DIR, `${name}.png`) });
    problems.push(...(await layoutProblems(page)).map((problem) => `${name}: ${problem}`));
  }
  await page.setViewportSize(SIZES[1] ?? { width: 1200, height: 800 });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the welcome screen and the profile form fit every window size (${colorScheme})`, async ({
    launchApp,
  }) => {
    const app = await launchApp();
    const { page } = app;
    await page.emulateMedia({ colorScheme });
    const problems: string[] = [];

    await expect(page.getByRole('button', { name: 'Add a Mix profile' })).toBeVisible();
    await atEverySize(page, colorScheme, 'welcome', problems);
    await page.getByRole('button', { name: 'Add a Mix profile' }).click();
    await expect(page.getByLabel('Client ID')).toBeVisible();
    await atEverySize(page, colorScheme, 'profile-form', problems);

    expect(problems, problems.join('\n')).toEqual([]);
  });

  test(`every explorer view fits 800×600, 1200×800 and 1920×1080 (${colorScheme})`, async ({
    signedInDemo: app,
  }) => {
    test.setTimeout(420_000);
    const { page } = app;
    await page.emulateMedia({ colorScheme });
    const main = mainPane(page);
    const problems: string[] = [];

    await atEverySize(page, colorScheme, 'home', problems);

    await openInTree(page, PERSONAL_ORG);
    await expect(main.getByRole('grid', { name: 'Members' })).toContainText('Demo User');
    await atEverySize(page, colorScheme, 'organization', problems);

    await openInTree(page, PERSONAL_ORG, 'Projects');
    await expect(main.getByRole('grid', { name: 'Projects' })).toContainText('Coffee Assistant');
    await atEverySize(page, colorScheme, 'projects', problems);

    await openInTree(page, PERSONAL_ORG, 'Projects', 'Coffee Assistant');
    await expect(main.getByRole('grid', { name: 'Latest builds' })).toContainText('NLU_1922_6');
    await atEverySize(page, colorScheme, 'project', problems);
    if (process.env['README_SCREENSHOTS'] === '1') {
      await page.screenshot({ path: join(README_DIR, `explorer-${colorScheme}.png`) });
    }
    // At 1200×800 with the sidebar open every tab of a project fits in the row: no More menu.
    await expect(main.getByRole('tab')).toHaveCount(9);
    await expect(main.getByRole('button', { name: 'More Coffee Assistant views' })).toHaveCount(0);

    // Every Tab stop shows where focus is, all the way round the window.
    const first = await page.evaluate(() => document.activeElement?.outerHTML);
    for (let stop = 0; stop < 60; stop += 1) {
      await page.keyboard.press('Tab');
      // Past the last stop focus leaves the page (the body): the round is done.
      if (await page.evaluate(() => document.activeElement === document.body)) break;
      const problem = await focusIsVisible(page);
      if (problem) problems.push(`project, Tab stop ${stop + 1}: ${problem}`);
      if ((await page.evaluate(() => document.activeElement?.outerHTML)) === first) break;
    }

    await openTab(page, 'Builds');
    await expect(main.getByRole('grid', { name: 'NLU builds' })).toContainText('NLU_1922_6');
    await atEverySize(page, colorScheme, 'builds', problems);

    await main.getByRole('button', { name: 'Open build NLU_1922_4' }).click();
    await expect(viewHeading(page, 'NLU_1922_4')).toBeVisible();
    await expect(main.getByRole('region', { name: 'Build errors' })).toBeVisible();
    await atEverySize(page, colorScheme, 'build-failed', problems);
    await page.getByRole('button', { name: 'Back' }).click();

    await openTab(page, 'Intents');
    await expect(main.getByRole('grid', { name: 'Intents' })).toContainText('ORDER_COFFEE');
    await atEverySize(page, colorScheme, 'intents', problems);

    await main.getByRole('button', { name: 'Open intent ORDER_COFFEE' }).click();
    await expect(viewHeading(page, 'ORDER_COFFEE')).toBeVisible();
    await main.getByRole('button', { name: 'Show samples of ORDER_COFFEE here' }).click();
    await expect(main.getByRole('grid', { name: 'Samples of ORDER_COFFEE' })).toContainText('latte');
    await atEverySize(page, colorScheme, 'intent-samples', problems);
    await page.getByRole('button', { name: 'Back' }).click();

    await openTab(page, 'Jobs');
    await expect(main.getByRole('grid', { name: 'Jobs' })).toBeVisible();
    await atEverySize(page, colorScheme, 'jobs', problems);

    await openTab(page, 'Raw JSON');
    await expect(main.getByRole('tabpanel')).toContainText('root');
    await atEverySize(page, colorScheme, 'raw-json', problems);

    await openInTree(page, PERSONAL_ORG, 'Applications', 'Coffee App');
    await expect(viewHeading(page, 'Coffee App')).toBeVisible();
    await expect(main.getByRole('grid', { name: 'Deployments of CoffeeApp #180' })).toBeVisible();
    await atEverySize(page, colorScheme, 'application', problems);

    await openInTree(page, PERSONAL_ORG, "What's deployed where");
    await expect(
      main.getByRole('grid', { name: 'Deployments by configuration and environment' }),
    ).toContainText('CoffeeApp');
    await atEverySize(page, colorScheme, 'deployed-where', problems);

    await openInTree(page, PERSONAL_ORG, 'Locks');
    await expect(main.getByRole('grid', { name: 'Project locks' })).toContainText('Banking IVR');
    await atEverySize(page, colorScheme, 'org-locks', problems);

    await openInTree(page, PERSONAL_ORG, 'Recent failures');
    await expect(main.getByRole('grid', { name: 'Recent failures' })).toContainText('Coffee Assistant');
    await atEverySize(page, colorScheme, 'org-failures', problems);

    await page.getByRole('contentinfo').getByRole('button', { name: 'Activity' }).click();
    await expect(page.getByRole('region', { name: 'Activity' }).getByRole('grid')).toContainText('GET');
    await atEverySize(page, colorScheme, 'activity-panel', problems);
    await page.getByRole('button', { name: 'Close the Activity panel' }).click();

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').pressSequentially('coffee');
    await expect(palette.getByRole('option').first()).toBeVisible();
    await atEverySize(page, colorScheme, 'palette', problems);
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await atEverySize(page, colorScheme, 'settings', problems);

    expect(problems, problems.join('\n')).toEqual([]);
  });
}
