import { expect, test } from './support/app-test';
import type { SessionState } from '../../common/ipc-contract';
import { DEFAULT_SANDBOX_CLIENT } from '../../main/emulator/index';
import type { AppHarness } from './support/app-harness';
import { freePort } from '../support/ports';
import {
  USER,
  accountButton,
  addSandboxProfile,
  chooseFromAccountMenu,
  clickSignIn,
  fillSandboxProfile,
  logIn,
  signInThroughMix,
} from './support/user-steps';

// User stories of signing in, run in Chromium: the sandbox's real login and consent pages, the app's own
// redirect matcher, token client and session manager, and the built renderer over the test transport.

/** Time from the redirect caught to the session ready (tokens, then who is signed in), for the closing note. */
function reportRedirectToReady(harness: AppHarness) {
  const caught = harness.surface.redirectsCaughtAt[0] ?? NaN;
  const ready = harness.events.find(
    ({ event, payload }) => event === 'session:changed' && (payload as SessionState).account !== undefined,
  );
  const signedIn = harness.events.find(
    ({ event, payload }) => event === 'session:changed' && (payload as SessionState).status === 'signed-in',
  );
  const ms = (at: number | undefined) => (at === undefined ? 'n/a' : `${(at - caught).toFixed(1)} ms`);
  const description = `signed in ${ms(signedIn?.at)}, account known ${ms(ready?.at)}`;
  test.info().annotations.push({ type: 'redirect caught → session ready', description });
  console.log(`redirect caught → session ready: ${description}`);
  expect(ready).toBeDefined();
}

test('a first-time user adds a Mix profile, signs in through the Mix login and sees who they are', async ({
  launchApp,
}) => {
  const app = await launchApp();
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome to Mix Explorer' })).toBeVisible();
  await app.screenshot('welcome');

  await fillSandboxProfile(app);
  await app.screenshot('settings-new-profile');
  await page.getByRole('button', { name: 'Save' }).click();

  const signInPage = await clickSignIn(app);
  await expect(signInPage.getByRole('heading', { name: /sign in/i })).toBeVisible();
  await app.screenshot('mix-login', signInPage);
  await logIn(signInPage);
  await expect(signInPage.getByText('mix-api')).toBeVisible();
  await app.screenshot('mix-consent', signInPage);
  await signInPage.getByRole('button', { name: 'Allow' }).click();

  await expect(accountButton(page, USER.email)).toBeVisible();
  await accountButton(page).click();
  await expect(page.getByRole('menu').getByText(/· 4 organizations$/)).toBeVisible();
  await page.keyboard.press('Escape');
  reportRedirectToReady(app);
  await expect(
    signInPage.isClosed() ? Promise.resolve() : signInPage.waitForEvent('close'),
  ).resolves.toBeUndefined();
  await app.screenshot('signed-in');

  // The token leaves main only when asked, and then only to the clipboard.
  await chooseFromAccountMenu(page, 'Copy access token');
  await expect(page.getByRole('alert')).toContainText('Copied');
  expect(app.clipboard).toHaveLength(1);
  const token = app.clipboard[0] ?? '';
  expect(token.length).toBeGreaterThan(20);
  expect(await page.content()).not.toContain(token);
});

test('declining access on the consent page says so and leaves the user signed out', async ({ launchApp }) => {
  const app = await launchApp();
  await addSandboxProfile(app);
  const signInPage = await clickSignIn(app);
  await logIn(signInPage);
  await signInPage.getByRole('button', { name: 'Deny' }).click();

  await expect(app.page.getByRole('alert')).toContainText('You declined access');
  await expect(app.page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  await app.screenshot('declined');
});

test('a wrong password stays on the Mix login with an error, and the right one signs in', async ({
  launchApp,
}) => {
  const app = await launchApp();
  await addSandboxProfile(app);
  const signInPage = await clickSignIn(app);

  await logIn(signInPage, 'not-the-password');
  await expect(signInPage.getByText('Incorrect email or password.')).toBeVisible();
  await expect(signInPage.getByLabel('Email')).toHaveValue(USER.email);
  await app.screenshot('mix-login-wrong-password', signInPage);

  await signInPage.getByLabel('Password').fill(USER.password);
  await signInPage.getByRole('button', { name: 'Sign in' }).click();
  await signInPage.getByRole('button', { name: 'Allow' }).click();
  await expect(accountButton(app.page, USER.email)).toBeVisible();
});

test('closing the Mix window cancels quietly', async ({ launchApp }) => {
  const app = await launchApp();
  await addSandboxProfile(app);
  const signInPage = await clickSignIn(app);
  await expect(app.page.getByText(/Waiting for you to sign in/)).toBeVisible();
  // The person looks at the Mix login, then closes the window instead.
  await expect(signInPage.getByLabel('Email')).toBeVisible();
  await signInPage.close();

  await expect(app.page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(app.page.getByRole('alert')).toHaveCount(0);
});

test("the system-browser mode signs in through the default browser and the app's loopback server", async ({
  launchApp,
}) => {
  const redirectUrl = `http://127.0.0.1:${await freePort()}/callback`;
  const app = await launchApp({
    sandbox: { clients: [{ ...DEFAULT_SANDBOX_CLIENT, redirectUris: [redirectUrl] }] },
  });
  await fillSandboxProfile(app, { redirectUrl, mode: 'System browser' });
  await app.page.getByRole('button', { name: 'Save' }).click();

  const browserTab = app.systemBrowser.nextPage();
  await app.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const tab = await browserTab;
  await logIn(tab);
  await tab.getByRole('button', { name: 'Allow' }).click();

  await expect(tab.getByText('You can close this tab and return to Mix Explorer')).toBeVisible();
  // The code does not stay in the address bar or the history entry of the tab.
  expect(tab.url()).not.toContain('code=');
  await app.screenshot('system-browser-done', tab);
  await expect(accountButton(app.page, USER.email)).toBeVisible();
  expect(app.surface.pages).toHaveLength(0);
});

test('an expiring session renews silently through the remembered Mix login', async ({ launchApp }) => {
  test.setTimeout(60_000);
  // The shortest tokens main accepts (30 s) renew half-way through their life: 15 s after signing in.
  const app = await launchApp({ sandbox: { tokenLifetimeSeconds: 30 } });
  await addSandboxProfile(app);
  await signInThroughMix(app);
  await chooseFromAccountMenu(app.page, 'Copy access token');

  // The renewal opens a hidden window on the same partition, which comes straight back with a new code.
  const renewal = await app.surface.nextPage();
  await expect.poll(() => renewal.isClosed()).toBe(true);
  await chooseFromAccountMenu(app.page, 'Copy access token');
  await expect.poll(() => app?.clipboard.length).toBe(2);
  expect(app.clipboard[1]).not.toBe(app.clipboard[0]);
  await expect(accountButton(app.page, USER.email)).toBeVisible();
});

test('a session whose renewal fails asks to sign in again and keeps the view', async ({ launchApp }) => {
  test.setTimeout(60_000);
  const app = await launchApp({ sandbox: { tokenLifetimeSeconds: 30 } });
  await addSandboxProfile(app);
  await signInThroughMix(app);

  // The Mix login is gone (signed out elsewhere, or timed out): silent renewal lands on the login page.
  app.sandbox.endSsoSessions();
  const banner = app.page.getByText('Your session expired. Sign in again to continue.');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(app.page.getByText(`Signed in as ${USER.email}`)).toBeVisible();
  await app.screenshot('session-expired');

  const loginAgain = await clickSignIn(app);
  await logIn(loginAgain);
  await expect(banner).toBeHidden();
});

test('under npm run demo the app starts with a ready Local sandbox profile', async ({ launchApp }) => {
  const app = await launchApp({ demo: true });
  await expect(app.page.getByLabel('Profile')).toHaveValue(/.+/);
  await expect(app.page.getByLabel('Profile').locator('option:checked')).toHaveText('Local sandbox');
  await signInThroughMix(app);
});

test('settings explain what is wrong before anything is saved', async ({ launchApp }) => {
  const app = await launchApp();
  const { page } = app;
  await page.getByRole('button', { name: 'Add a Mix profile' }).click();
  await page.getByLabel('Mix system').selectOption({ label: 'Custom' });
  await page.getByLabel('Authorization server URL').fill('http://auth.example.com');
  await page.getByLabel('Mix.api URL').fill('not a url');
  await page.getByLabel('Client ID').fill('mix-explorer-demo');
  await page.getByLabel('Redirect URL').fill('http://127.0.0.1/callback/');
  await page.getByLabel('Client ID').focus();

  await expect(page.getByText(/https/i).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await app.screenshot('settings-validation');
});
