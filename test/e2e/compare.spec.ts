import { expect, test } from '@playwright/test';
import type { AppHarness } from './support/app-harness';
import { mainPane, openInTree, openTab, startSignedInDemo } from './support/explorer-steps';
import { checkScreen } from './support/screen-checks';

// Compare: a keyboard user sets an application's config beside its override and reads what differs (builds,
// the status in each environment); then two builds of a project side by side (errors, data pack, version).

let app: AppHarness | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('two configurations of an application side by side, the differences marked, chosen from the keyboard', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  app = await startSignedInDemo(browser);
  const { page } = app;
  const main = mainPane(page);
  await openInTree(page, 'Nuance Sandbox Corp', 'Applications', 'Mix Sample App');
  await openTab(page, 'Deployments');
  const panel = main.getByRole('region', { name: 'Compare two configurations' });
  const second = panel.getByLabel('Second configuration');
  await expect(second).toHaveValue('191');
  // Keyboard only: the second picker, one option down (the override of the first).
  await second.focus();
  await page.keyboard.press('ArrowDown');
  await expect(second).toHaveValue('192');
  const table = panel.getByRole('grid', { name: 'Configuration comparison' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Field',
    'DemoProject #190',
    'DemoProject #192',
    'Same?',
  ]);
  await expect(table.getByRole('row', { name: /^QA US Deployed Pending request Differs$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Overrides None #190 Differs$/ })).toBeVisible();
  await expect(
    table.getByRole('row', { name: /^Deployment flow Multi-Stage Pipeline Multi-Stage Pipeline Same$/ }),
  ).toBeVisible();
  await expect(table.locator('mark.compare-diff').first()).toBeVisible();
  await panel.scrollIntoViewIfNeeded();

  const found = await checkScreen(app, page, 'compare-configs');
  expect(found, found.join('\n')).toEqual([]);
});

test('two builds of a project side by side: a failed build’s errors against a completed one', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  app = await startSignedInDemo(browser);
  const { page } = app;
  const main = mainPane(page);
  await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
  await openTab(page, 'Builds');
  const panel = main.getByRole('region', { name: 'Compare two builds' });
  await panel.getByLabel('First build').selectOption('NLU_1922_4');
  await panel.getByLabel('Second build').selectOption('NLU_1922_6');
  const table = panel.getByRole('grid', { name: 'Build comparison' });
  await expect(
    table.getByRole('row', {
      name: /^Errors Intent ORDER_PASTRY has no samples in locale fr-CA\. None Differs$/,
    }),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /^Status Failed Completed Differs$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Language topic gen gen Same$/ })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();

  const found = await checkScreen(app, page, 'compare-builds');
  expect(found, found.join('\n')).toEqual([]);
});
