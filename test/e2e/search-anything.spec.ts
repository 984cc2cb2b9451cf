import { expect, test } from './support/app-test';
import { mainPane, viewHeading } from './support/explorer-steps';

// Search anything: a keyboard user presses Ctrl+K right after signing in and types at once; the palette
// keeps every key, walks Mix in the background (saying how far it got) and finds an intent of a project
// nobody has opened, grouped by kind.

test('Ctrl+K and typing at once finds an intent of a project never opened, and Enter opens it', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });

  await page.keyboard.press('Control+k');
  // No wait for the palette: the keys typed right after Ctrl+K must all land in its field.
  await page.keyboard.type('order_cof');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Go to a resource or run an action' });
  await expect(input).toHaveValue('order_cof');
  await expect(palette.getByRole('status')).toHaveText(/^Searched \d+ projects\.$/);
  const intents = palette.getByRole('group', { name: 'Intents' });
  await expect(intents.getByRole('option').first()).toContainText('ORDER_COFFEE');
  await expect(intents.getByRole('option').first()).toContainText('Coffee Assistant');
  await app.screenshot('search-anything-1200x800-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('search-anything-1200x800-dark');
  await page.setViewportSize({ width: 800, height: 600 });
  await app.screenshot('search-anything-800x600-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await app.screenshot('search-anything-800x600-light');

  // The best match is chosen as the user types; Enter opens it.
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(viewHeading(page, 'ORDER_COFFEE')).toBeVisible();
});

test('the tree’s search field hands its text to the palette, ids match only by their start, Esc closes', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.getByRole('searchbox', { name: 'Search Mix' }).focus();
  await page.keyboard.type('1922');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Go to a resource or run an action' });
  await expect(input).toHaveValue('1922');
  await expect(palette.getByRole('status')).toHaveText(/^Searched \d+ projects\.$/);
  const projects = palette.getByRole('group', { name: 'Projects' });
  await expect(projects.getByRole('option')).toHaveCount(1);
  await expect(projects.getByRole('option')).toContainText('Coffee Assistant');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(mainPane(page)).toBeVisible();
});

test('Ctrl+K finds an application by its runtime app id or a full runtime client id, and Enter opens it', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });

  // Keyboard only: the runtime app id a developer has in their client's configuration.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('ACME-PROD');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('status')).toHaveText(/^Searched \d+ projects\.$/);
  const applications = palette.getByRole('group', { name: 'Applications' });
  await expect(applications.getByRole('option')).toHaveCount(1);
  await expect(applications.getByRole('option')).toContainText('Mix Sample App');
  await expect(applications.getByRole('option')).toContainText('ACME-PROD');

  // The whole runtime client id, as it appears in a token request, finds the same application.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('appID:ACME-PROD:geo:prod:clientName:ivr');
  await expect(palette.getByRole('option').first()).toContainText('Mix Sample App');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(viewHeading(page, 'Mix Sample App')).toBeVisible();
});
