import { expect, test } from './support/app-test';
import {
  expandTreeItem,
  subtree,
  lastCopied,
  loadingWasShown,
  mainPane,
  openDeepLink,
  openInTree,
  resourceTree,
  sandboxSystemKey,
  treeItem,
  copyFromMenu,
  viewHeading,
  watchForLoadingStates,
} from './support/explorer-steps';
import { chooseFromAccountMenu } from './support/user-steps';

// Stories of getting around: links, errors, copying what is on screen, the command palette and history.

test("a link to a project that does not exist shows Mix's message with Retry, and the rest of the app still works", async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  const main = mainPane(page);

  openDeepLink(app, { kind: 'project', projectId: '999999', tab: 'overview' });
  const alert = main.getByRole('alert');
  await expect(alert).toContainText('Project with id=999999 does not exist.');
  await expect(alert).toContainText('HTTP 404');
  const retry = alert.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();
  await app.screenshot('explorer-error');

  // Retry asks Mix again (the activity shows the second request) and gets the same answer.
  await page.getByRole('contentinfo').getByRole('button', { name: 'Activity' }).click();
  const activity = page.getByRole('region', { name: 'Activity' });
  const reads = activity
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell', { name: '/v4/projects/999999', exact: true }) })
    .filter({ has: page.getByRole('gridcell', { name: '404', exact: true }) });
  await expect(reads).not.toHaveCount(0);
  const before = await reads.count();
  await retry.click();
  await expect(reads).toHaveCount(before + 1);
  await expect(alert).toContainText('Project with id=999999 does not exist.');

  // The tree, the other views and Back all still work.
  await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
  await expect(main.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(main.getByRole('alert')).toContainText('does not exist');
  await page.getByRole('button', { name: 'Forward' }).click();
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
});

test('the request in view is copied as curl (token from $MIX_TOKEN), with the token after a warning, or as a mix CLI command', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  // The user's own token, for comparing: copied from the account menu.
  await chooseFromAccountMenu(page, 'Copy access token');
  const token = lastCopied(app);
  expect(token.length).toBeGreaterThan(20);

  await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
  const url = `${new URL(app.sandbox.apiUrl).origin}/v4/projects/1922`;

  await copyFromMenu(page, 'Copy as curl');
  await expect(page.getByRole('alert').filter({ hasText: 'Copied curl command' })).toContainText(
    '$MIX_TOKEN',
  );
  const plain = lastCopied(app);
  expect(plain).toMatch(/^curl /);
  expect(plain).toContain('"Authorization: Bearer $MIX_TOKEN"');
  expect(plain.split(' ').at(-1)).toBe(url);
  expect(plain).not.toContain(token);

  // With the token: only after saying what that means, and only to main's clipboard.
  await copyFromMenu(page, 'Copy as curl with token…');
  const warning = page.getByRole('alertdialog', { name: 'Copy a command with your access token?' });
  await expect(warning).toContainText('Anyone who gets the copied command can act as you');
  await app.screenshot('explorer-copy-with-token');
  const copiesBefore = app.clipboard.length;
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toBeHidden();
  expect(app.clipboard).toHaveLength(copiesBefore);
  await copyFromMenu(page, 'Copy as curl with token…');
  await warning.getByRole('button', { name: 'Copy with token' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'with your access token' })).toBeVisible();
  const withToken = lastCopied(app);
  expect(withToken).toContain(`'Authorization: Bearer ${token}'`);
  expect(withToken.split(' ').at(-1)).toBe(url);
  expect(await page.content()).not.toContain(token);

  await copyFromMenu(page, 'Copy as mix CLI command');
  await expect(page.getByRole('alert').filter({ hasText: 'Copied mix CLI command' })).toBeVisible();
  expect(lastCopied(app)).toBe('mix projects:get -P 1922');

  await copyFromMenu(page, 'Copy link');
  const link = `mix-explorer://${sandboxSystemKey(app)}/projects/1922`;
  await expect(page.getByRole('alert').filter({ hasText: `Copied link ${link}` })).toBeVisible();
  expect(lastCopied(app)).toBe(link);
});

test('the command palette opens a project by name from the keyboard', async ({ signedInDemo: app }) => {
  const { page } = app;
  // The projects the user has seen in the tree are what the palette can go to.
  const personal = treeItem(resourceTree(page), 'demo@mix.example');
  await expandTreeItem(personal);
  await expandTreeItem(treeItem(subtree(personal), 'Projects'));
  await expect(treeItem(subtree(personal), 'Banking IVR')).toBeVisible();
  await openInTree(page, 'Platform', 'Version');
  await expect(viewHeading(page, 'Mix version')).toBeVisible();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Go to a resource or run an action' });
  await expect(input).toBeFocused();
  await input.pressSequentially('banking');
  await expect(palette.getByRole('option').first()).toContainText('Banking IVR');
  await expect(palette.getByRole('option').first()).toContainText('Project 1923');
  await app.screenshot('explorer-palette');
  await page.keyboard.press('Enter');

  await expect(palette).toBeHidden();
  await expect(viewHeading(page, 'Banking IVR')).toBeVisible();
  await expect(mainPane(page).getByRole('note', { name: 'Project lock' })).toBeVisible();
});

test.describe('while every Mix.api answer takes 800 ms', () => {
  // Anything fetched again would show its loading state.
  test.use({ demoSandbox: { faults: { latencyMs: 800 } } });

  test('Back returns to a project at once from the cache, and Forward goes on again', async ({
    signedInDemo: app,
  }) => {
    const { page } = app;
    const main = mainPane(page);
    await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
    await expect(main.getByRole('grid', { name: 'Channels' })).toBeVisible();
    await openInTree(page, 'demo@mix.example', 'Applications');
    await expect(main.getByRole('grid', { name: 'Applications' })).toContainText('Coffee App');

    await watchForLoadingStates(page);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible({ timeout: 500 });
    await expect(main.getByRole('grid', { name: 'Channels' })).toContainText('IVR', { timeout: 500 });
    expect(await loadingWasShown(page)).toBe(false);

    await page.keyboard.press('Alt+ArrowRight');
    await expect(viewHeading(page, 'Applications')).toBeVisible({ timeout: 500 });
    await expect(main.getByRole('grid', { name: 'Applications' })).toContainText('Coffee App', {
      timeout: 500,
    });
    expect(await loadingWasShown(page)).toBe(false);
    await expect(page.getByRole('button', { name: 'Forward' })).toBeDisabled();
  });
});
