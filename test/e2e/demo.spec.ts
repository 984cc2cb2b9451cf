import { expect, test } from './support/app-test';
import { isDocumentationLink } from '../../main/security/documentation-links';
import { checkScreen } from './support/screen-checks';
import { chooseFromAccountMenu } from './support/user-steps';
import { tabTo } from './support/explorer-steps';
import { listening } from '../support/ports';

// A first run without credentials: the welcome screen says where a client ID comes from (a link to the Mix
// dashboard's Profile page, through the documentation allow-list) and offers the Demo. A keyboard user
// starts it, explores made-up data with "Demo" in view the whole time, signs out, and the emulator stops.

test('without credentials a person starts the Demo from the keyboard, explores made-up data labelled Demo, and signs out', async ({
  launchApp,
}) => {
  // Eight axe and layout checks with screenshots: slow on a shared machine, not stuck.
  test.slow();
  const app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });
  await expect(page.getByRole('heading', { name: 'Welcome to Mix Explorer' })).toBeVisible();
  const dashboard = page.getByRole('link', { name: 'Open the Mix dashboard’s Profile page' });
  const href = (await dashboard.getAttribute('href')) ?? '';
  expect(isDocumentationLink(href)).toBe(true);
  await expect(page.getByText(/Generate Client Secret/)).toBeVisible();
  expect(await checkScreen(app, 'welcome')).toEqual([]);

  await page.locator('body').focus();
  await tabTo(page, 'Try the Demo');
  await page.keyboard.press('Enter');
  const badge = page.locator('.app-header .demo-badge');
  await expect(badge).toHaveText('Demo');
  await expect(page.locator('.status-bar')).toContainText('Demo · made-up data on this computer');
  const demo = (await page.getByLabel('Profile').locator('option:checked').textContent()) ?? '';
  expect(demo).toBe('Demo (made-up data)');
  // Signed in without any login page, straight into the explorer with the emulator's organizations.
  expect(app.surface.pages).toHaveLength(0);
  await expect(page.getByRole('tree').getByText('Nuance Sandbox Corp')).toBeVisible();
  const session = app.events.filter((event) => event.event === 'profiles:changed').at(-1)?.payload as
    { profiles: { demo?: boolean; apiUrl: string }[] } | undefined;
  const emulatorUrl = session?.profiles.find((profile) => profile.demo)?.apiUrl ?? '';
  expect(new URL(emulatorUrl).hostname).toBe('127.0.0.1');
  expect(await listening(emulatorUrl)).toBe(true);
  expect(await checkScreen(app, 'demo-home')).toEqual([]);

  // The label stays while exploring: open an organization.
  await page.getByRole('tree').getByText('Nuance Sandbox Corp').click();
  await expect(badge).toBeVisible();

  // Sign out ends the Demo: back to the welcome screen, and nothing listens any more.
  await chooseFromAccountMenu(page, 'Sign out');
  await expect(page.getByRole('heading', { name: 'Welcome to Mix Explorer' })).toBeVisible();
  await expect(badge).toHaveCount(0);
  await expect.poll(() => listening(emulatorUrl)).toBe(false);
});
