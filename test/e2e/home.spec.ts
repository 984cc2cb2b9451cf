import { expect, test } from '@playwright/test';
import type { AppHarness } from './support/app-harness';
import { mainPane, startSignedInDemo, viewHeading } from './support/explorer-steps';

// Home after sign-in: the organizations with their counts and what needs attention, each one click (or
// one Enter) from its view; the session's facts stay below, with Copy access token a secondary action.

let app: AppHarness | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('after sign-in Home shows the organizations with counts and a locked project, and Enter opens it', async ({
  browser,
}) => {
  app = await startSignedInDemo(browser);
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });
  const main = mainPane(page);
  const orgs = main.getByRole('region', { name: 'Organizations' });
  await expect(orgs.getByRole('button', { name: /demo@mix\.example/ })).toContainText(
    /\d[\d,]* projects? · \d[\d,]* applications?/,
  );
  const attention = main.getByRole('region', { name: 'Needs attention' });
  await expect(attention.getByRole('status')).toHaveText(/^Searched \d+ projects\.$/);
  const lock = attention.getByRole('button', { name: /is locked/ }).first();
  await expect(lock).toContainText(/by \S+/);
  await expect(main.getByRole('button', { name: 'Copy access token' })).not.toHaveClass(/button-primary/);
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
