import type { Page } from '@playwright/test';
import { expect, test } from './support/app-test';
import { mainPane, openInTree, viewHeading } from './support/explorer-steps';
import { checkScreen } from './support/screen-checks';

// Organization-wide views: a keyboard user finds every locked project of an organization (who, since when,
// why) and the recent failures across its projects with Mix's own words for each, opens one from there, and
// sees the locks in the projects list too.

const PERSONAL_ORG = 'demo@mix.example';

/** Ctrl+K, the words, Enter on the first result. */
async function goTo(page: Page, words: string, expected: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(words);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option').first()).toContainText(expected);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

test('a keyboard user reads an organization’s locks and opens a locked project from them', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const main = mainPane(page);
  await goTo(page, `${PERSONAL_ORG} locks`, `${PERSONAL_ORG} › Locks`);
  await expect(viewHeading(page, 'Locks')).toBeVisible();
  const grid = main.getByRole('grid', { name: 'Project locks' });
  const banking = grid.getByRole('row', { name: /^Open project Banking IVR / });
  await expect(banking).toContainText('Reworking the transfer dialog, back on Monday.');
  await expect(banking.getByRole('gridcell').nth(0)).toHaveText(/^Alice \(/);
  await expect(banking.locator('time')).toHaveCount(1);

  const found = await checkScreen(app, 'org-locks');
  expect(found, found.join('\n')).toEqual([]);

  const open = banking.getByRole('button', { name: 'Open project Banking IVR' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(viewHeading(page, 'Banking IVR')).toBeVisible();
  await expect(main.getByRole('note', { name: 'Project lock' })).toBeVisible();
});

test('recent failures across an organization’s projects say what Mix returned, and Enter opens the job', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const main = mainPane(page);
  await goTo(page, `${PERSONAL_ORG} recent failures`, `${PERSONAL_ORG} › Recent failures`);
  await expect(viewHeading(page, 'Recent failures')).toBeVisible();
  const grid = main.getByRole('grid', { name: 'Recent failures' });
  const partial = grid.getByRole('row', { name: /^Build models Job / });
  await expect(partial).toContainText('NLU en-US: Intent ORDER_PASTRY has no samples in locale fr-CA.');
  await expect(partial).toContainText('Coffee Assistant');
  const failed = grid.getByRole('row', { name: /^Update datapack Job / });
  await expect(failed).toContainText('Mix returned no report for this job, and no error message.');
  await expect(main).not.toContainText('No report.');

  const found = await checkScreen(app, 'org-failures');
  expect(found, found.join('\n')).toEqual([]);

  // Keyboard only: into the grid, down to the failed job, Enter opens it; its page says the same plainly.
  await grid.focus();
  const rows = await grid.getByRole('row').allTextContents();
  const index = rows.findIndex((text) => text.startsWith('Update datapack'));
  for (let i = 1; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(main.getByRole('heading', { level: 1, name: /^Job / })).toBeVisible();
  await expect(
    main.getByText('The job failed, and Mix returned no report for it: Mix gave no error message.'),
  ).toBeVisible();
});

test('recent failures list failed builds of a project nobody opened, with Mix’s words, and Enter opens one', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const main = mainPane(page);
  await goTo(page, 'Nuance Sandbox Corp recent failures', 'Nuance Sandbox Corp › Recent failures');
  await expect(viewHeading(page, 'Recent failures')).toBeVisible();
  await expect(main.getByRole('status').filter({ visible: true })).toHaveText(
    /^Checked all \d+ projects for failed builds and jobs\.$/,
  );
  const grid = main.getByRole('grid', { name: 'Recent failures' });
  const nlu = grid.getByRole('row', { name: /^NLU_8682_2 Build / });
  await expect(nlu).toContainText('Travel Bot');
  await expect(nlu).toContainText('Intent BOOK_FLIGHT has no samples in locale en-US.');
  // History keeps the dialog build that failed before a later one completed.
  await expect(grid.getByRole('row', { name: /^DIALOG_8682_1 Build / })).toContainText(
    'Node "Confirm booking" has no exit.',
  );
  await grid.focus();
  const rows = await grid.getByRole('row').allTextContents();
  const index = rows.findIndex((text) => text.startsWith('NLU_8682_2'));
  for (let i = 1; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(viewHeading(page, 'NLU_8682_2')).toBeVisible();
});

test('the projects list shows who holds each project’s lock', async ({ signedInDemo: app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const main = mainPane(page);
  await openInTree(page, PERSONAL_ORG, 'Projects');
  const grid = main.getByRole('grid', { name: 'Projects' });
  await expect(grid.getByRole('columnheader').nth(2)).toHaveText('Lock');
  await expect(grid.getByRole('row', { name: /^Banking IVR 1923 Locked by / })).toBeVisible();
  await expect(
    grid
      .getByRole('row', { name: /^Coffee Assistant 1922 / })
      .getByRole('gridcell')
      .nth(1),
  ).toHaveText('');
  const found = await checkScreen(app, 'projects-with-locks');
  expect(found, found.join('\n')).toEqual([]);
});
