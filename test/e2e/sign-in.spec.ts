import { expect, test, type Page } from '@playwright/test';
import { startApp, type AppHarness } from './support/app-harness';

// User stories of signing in, run in Chromium: the sandbox's real login and consent pages, the app's own
// redirect matcher, token client and session manager, and the built renderer over the test transport.

const USER = { email: 'demo@mix.example', password: 'sandbox' };

let app: AppHarness | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function addSandboxProfile(
  harness: AppHarness,
  overrides: { redirectUrl?: string; mode?: 'System browser' } = {},
) {
  const { page, sandbox } = harness;
  await page.getByRole('button', { name: 'Add a Mix profile' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Sandbox');
  await page.getByLabel('Mix system').selectOption({ label: 'Custom' });
  await page.getByLabel('Authorization server URL').fill(sandbox.url);
  await page.getByLabel('Mix.api URL').fill(sandbox.url);
  await page.getByLabel('Client ID').fill('mix-explorer-demo');
  await page.getByLabel('Client secret').fill('sandbox-secret');
  if (overrides.redirectUrl) await page.getByLabel('Redirect URL').fill(overrides.redirectUrl);
  if (overrides.mode) await page.getByLabel(overrides.mode).check();
}

async function logIn(signInPage: Page, password = USER.password) {
  await signInPage.getByLabel('Email').fill(USER.email);
  await signInPage.getByLabel('Password').fill(password);
  await signInPage.getByRole('button', { name: 'Sign in' }).click();
}

test('a first-time user adds a Mix profile, signs in through the Mix login and sees who they are', async ({
  browser,
}) => {
  app = await startApp(browser);
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome to Mix Explorer' })).toBeVisible();
  await app.screenshot('welcome');

  await addSandboxProfile(app);
  await app.screenshot('settings-new-profile');
  await page.getByRole('button', { name: 'Save' }).click();

  const signInWindow = app.surface.nextPage();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const signInPage = await signInWindow;
  await expect(signInPage.getByRole('heading', { name: /sign in/i })).toBeVisible();
  await app.screenshot('mix-login', signInPage);
  await logIn(signInPage);
  await expect(signInPage.getByText('mix-api')).toBeVisible();
  await app.screenshot('mix-consent', signInPage);
  await signInPage.getByRole('button', { name: 'Allow' }).click();

  await expect(page.getByText(`Signed in as ${USER.email}`)).toBeVisible();
  await expect(page.getByText('4 organizations')).toBeVisible();
  await expect(
    signInPage.isClosed() ? Promise.resolve() : signInPage.waitForEvent('close'),
  ).resolves.toBeUndefined();
  await app.screenshot('signed-in');

  // The token leaves main only when asked, and then only to the clipboard.
  await page.getByRole('button', { name: 'Copy access token' }).click();
  await expect(page.getByRole('status')).toContainText('Copied');
  expect(app.clipboard).toHaveLength(1);
  const token = app.clipboard[0] ?? '';
  expect(token.length).toBeGreaterThan(20);
  expect(await page.content()).not.toContain(token);
});

test('declining access on the consent page says so and leaves the user signed out', async ({ browser }) => {
  app = await startApp(browser);
  await addSandboxProfile(app);
  await app.page.getByRole('button', { name: 'Save' }).click();
  const signInWindow = app.surface.nextPage();
  await app.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const signInPage = await signInWindow;
  await logIn(signInPage);
  await signInPage.getByRole('button', { name: 'Deny' }).click();

  await expect(app.page.getByRole('alert')).toContainText('You declined access');
  await expect(app.page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  await app.screenshot('declined');
});

test('a wrong password stays on the Mix login with an error, and the right one signs in', async ({
  browser,
}) => {
  app = await startApp(browser);
  await addSandboxProfile(app);
  await app.page.getByRole('button', { name: 'Save' }).click();
  const signInWindow = app.surface.nextPage();
  await app.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const signInPage = await signInWindow;

  await logIn(signInPage, 'not-the-password');
  await expect(signInPage.getByText('Incorrect email or password.')).toBeVisible();
  await expect(signInPage.getByLabel('Email')).toHaveValue(USER.email);
  await app.screenshot('mix-login-wrong-password', signInPage);

  await signInPage.getByLabel('Password').fill(USER.password);
  await signInPage.getByRole('button', { name: 'Sign in' }).click();
  await signInPage.getByRole('button', { name: 'Allow' }).click();
  await expect(app.page.getByText(`Signed in as ${USER.email}`)).toBeVisible();
});

test('closing the Mix window cancels quietly', async ({ browser }) => {
  app = await startApp(browser);
  await addSandboxProfile(app);
  await app.page.getByRole('button', { name: 'Save' }).click();
  const signInWindow = app.surface.nextPage();
  await app.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const signInPage = await signInWindow;
  await expect(app.page.getByText(/Waiting for you to sign in/)).toBeVisible();
  await signInPage.close();

  await expect(app.page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(app.page.getByRole('alert')).toHaveCount(0);
});
