import type { Page } from '@playwright/test';
import { expect, test } from './support/app-test';
import { checkScreen } from './support/screen-checks';
import { OIDC_CLIENT } from './support/oidc-provider-server';
import { accountButton } from './support/user-steps';
import { tabTo } from './support/explorer-steps';

// A service account: a person who has service credentials (client ID and secret, Mix dashboard → Profile)
// adds a profile of the kind "Service account" from the keyboard, tests it, saves it and signs in — no
// login page, no window — then explores as usual. Against the sandbox and against oidc-provider.

/** From the welcome screen, keyboard only: a Custom service-account profile, filled in, not saved. */
async function typeServiceAccount(page: Page, url: string, clientId: string, secret: string) {
  await page.getByRole('button', { name: 'Add a Mix profile' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New profile' })).toBeVisible();
  await tabTo(page, 'Name');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Robot');
  await page.keyboard.press('Tab');
  // The Kind radio group: Tab lands on the chosen one (Browser sign-in), an arrow key picks the other.
  await expect(page.getByLabel('Browser sign-in')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Service account')).toBeChecked();
  await expect(page.getByLabel('Redirect URL')).toHaveCount(0);
  await tabTo(page, 'Mix system');
  await page.keyboard.press('End');
  await expect(page.getByLabel('Mix system')).toHaveValue('custom');
  for (const [label, value] of [
    ['Authorization server URL', url],
    ['Mix.api URL', url],
    ['Client ID', clientId],
    ['Client secret', secret],
  ] as const) {
    await tabTo(page, label);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  }
}

test('a service account signs in with its client ID and secret alone, keyboard only, and explores', async ({
  launchApp,
}) => {
  // Eight axe and layout checks with screenshots: slow on a shared machine, not stuck.
  test.slow();
  const app = await launchApp();
  const { page, sandbox } = app;
  await page.setViewportSize({ width: 1200, height: 800 });
  await typeServiceAccount(page, sandbox.url, 'mix-explorer-demo', 'sandbox-secret');

  await tabTo(page, 'Test these settings');
  await page.keyboard.press('Enter');
  const results = page.getByRole('region', { name: 'Test results' });
  await expect(results).toContainText('No check failed.');
  const line = (id: string) => results.locator(`[data-check="${id}"]`);
  await expect(line('service-account')).toContainText('issued a service-account token for "mix-api"');
  await expect(line('authorize')).toContainText('does not sign in through the browser');
  expect(await results.innerText()).not.toContain('sandbox-secret');
  await page.getByLabel('Service account').scrollIntoViewIfNeeded();
  expect(await checkScreen(app, 'service-account-form')).toEqual([]);

  await tabTo(page, 'Save');
  await page.keyboard.press('Enter');
  const signIn = page.getByRole('button', { name: 'Sign in', exact: true });
  await expect(signIn).toBeVisible();
  await signIn.focus();
  await page.keyboard.press('Enter');
  // The account menu says it is a service account, and offers no browser mode and no other account.
  await expect(accountButton(page)).toHaveAccessibleName(/ · Signed in$/);
  await accountButton(page).press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByText(/· Service account$/)).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  // No login page, no window: nothing was opened for this sign-in.
  expect(app.surface.pages).toHaveLength(0);
  await expect(menu.getByRole('menuitem', { name: /Sign in with/ })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: 'Use another account' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  expect(await checkScreen(app, 'service-account-signed-in')).toEqual([]);
});

test('a service account of a third-party server (oidc-provider) signs in with client credentials', async ({
  launchApp,
  startOidcProvider,
}) => {
  const provider = await startOidcProvider();
  const app = await launchApp();
  const { page } = app;
  await typeServiceAccount(page, provider.url, OIDC_CLIENT.service, OIDC_CLIENT.secret);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(accountButton(page, OIDC_CLIENT.service)).toBeVisible();
  expect(app.surface.pages).toHaveLength(0);
  expect(provider.grants).toEqual([
    expect.objectContaining({ grantType: 'client_credentials', ok: true, clientAuth: 'client_secret_basic' }),
  ]);
});
