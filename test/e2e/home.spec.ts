import { expect, test } from './support/app-test';
import { axeViolations, describeViolations } from './support/axe';
import { mainPane, tabTo, viewHeading } from './support/explorer-steps';
import { layoutProblems } from './support/layout-checks';
import { checkScreen } from './support/screen-checks';
import { screenshotBothThemes } from './support/screenshots';

// Home after sign-in: the organizations with their counts and what needs attention, each one click (or
// one Enter) from its view; the session's facts and actions are in the account menu, not on Home.

test('after sign-in Home shows the organizations with counts and a locked project, and Enter opens it', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });
  const main = mainPane(page);
  const orgs = main.getByRole('region', { name: 'Organizations' });
  await expect(orgs.getByRole('button', { name: /demo@mix\.example/ })).toContainText(
    /\d[\d,]* projects? · \d[\d,]* applications?/,
  );
  const attention = main.getByRole('region', { name: 'Needs attention' });
  await expect(attention.getByRole('status')).toHaveText(
    /^Checked all \d+ projects for failed builds and jobs\.$/,
  );
  const lock = attention.getByRole('button', { name: /is locked/ }).first();
  await expect(lock).toContainText(/by \S+/);
  await expect(main.getByRole('region', { name: 'Session' })).toHaveCount(0);
  await app.screenshot('home-1200x800-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('home-1200x800-dark');
  await page.setViewportSize({ width: 800, height: 600 });
  await app.screenshot('home-800x600-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await app.screenshot('home-800x600-light');

  // Keyboard only: the lock is a Tab stop; Enter opens the locked project with its lock note.
  const project = ((await lock.textContent()) ?? '').replace(/ is locked.*/, '').replace(/^Locked/, '');
  await lock.focus();
  await expect(lock).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(viewHeading(page, project)).toBeVisible();
  await expect(main.getByRole('note', { name: 'Project lock' })).toBeVisible();
});

test('from the keyboard the user pins a project, finds it on Home with the views opened last, and it is still there after the window reloads', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });
  const main = mainPane(page);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const goTo = async (text: string, option: RegExp) => {
    await page.keyboard.press('Control+k');
    await page.keyboard.type(text);
    await expect(palette.getByRole('option').first()).toContainText(option);
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  };

  const org = main
    .getByRole('region', { name: 'Organizations' })
    .getByRole('button', { name: /Nuance Sandbox Corp/ });
  await org.focus();
  await page.keyboard.press('Enter');
  await expect(viewHeading(page, 'Nuance Sandbox Corp')).toBeVisible();
  await goTo('Coffee Assis', /Coffee Assistant/);
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
  const pin = main.getByRole('button', { name: 'Pin' }).filter({ visible: true });
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  await pin.focus();
  await page.keyboard.press('Enter');
  await expect(pin).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Home' }).press('Enter');
  const pinned = main.getByRole('region', { name: 'Pinned' });
  const recent = main.getByRole('region', { name: 'Recently opened' });
  await expect(pinned.getByRole('button', { name: /^Coffee Assistant/ })).toContainText('Project');
  await expect(recent.getByRole('button')).toHaveText([/^Coffee Assistant/, /^Nuance Sandbox Corp/]);
  expect(await layoutProblems(page)).toEqual([]);
  expect(describeViolations('home with pinned views', await axeViolations(page))).toEqual([]);
  await screenshotBothThemes(app, 'home-views-1200x800');
  await page.setViewportSize({ width: 800, height: 600 });
  expect(await layoutProblems(page)).toEqual([]);
  await screenshotBothThemes(app, 'home-views-800x600');

  // Main keeps them: a reloaded window lists the same views, and Enter on the pin opens the project.
  await page.reload();
  const again = mainPane(page)
    .getByRole('region', { name: 'Pinned' })
    .getByRole('button', { name: /^Coffee Assistant/ });
  await again.focus();
  await page.keyboard.press('Enter');
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
});

test('after sign-in Home lists this week’s failed build of a project nobody opened, and Enter opens the build', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });
  const main = mainPane(page);
  const attention = main.getByRole('region', { name: 'Needs attention' });
  // The walk checks every project, Travel Bot included, without anyone opening it.
  await expect(attention.getByRole('status')).toHaveText(
    /^Checked all \d+ projects for failed builds and jobs\.$/,
  );
  const failed = attention.getByRole('button', { name: /Build NLU_8682_2 failed/ });
  await expect(failed).toContainText('Failed build');
  await expect(failed).toContainText(/Travel Bot · (yesterday|1 day ago|\d+ hours ago)/);
  // DIALOG_8682_1 failed too, but a later dialog build completed: nothing needs doing there.
  await expect(attention.getByRole('button', { name: /DIALOG_8682_1/ })).toHaveCount(0);

  await failed.scrollIntoViewIfNeeded();
  const found = await checkScreen(app, 'home-attention');
  expect(found, found.join('\n')).toEqual([]);
  // The narrow window shows Needs attention below the fold: the picture shows the failed build itself.
  await page.setViewportSize({ width: 800, height: 600 });
  await failed.scrollIntoViewIfNeeded();
  await screenshotBothThemes(app, 'home-attention-800x600');
  await page.setViewportSize({ width: 1200, height: 800 });

  // Keyboard only: Tab reaches the failed build; Enter opens its page with Mix's own words.
  await tabTo(page, ((await failed.textContent()) ?? '').trim());
  await expect(failed).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(viewHeading(page, 'NLU_8682_2')).toBeVisible();
  await expect(main.getByText('Intent BOOK_FLIGHT has no samples in locale en-US.')).toBeVisible();
});
