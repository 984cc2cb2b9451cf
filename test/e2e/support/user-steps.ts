import { expect, type Locator, type Page } from '@playwright/test';
import type { AppHarness } from './app-harness';

// The steps a person takes, shared by the user stories so each story reads as what it is about.

export const USER = { email: 'demo@mix.example', password: 'sandbox' };

/**
 * The header's account button: who is signed in (or the profile's name) and the session's state. With an
 * account, only while that account is signed in.
 */
export function accountButton(page: Page, account?: string): Locator {
  return page
    .getByRole('banner')
    .getByRole('button', { name: account === undefined ? /^Account: / : `Account: ${account} · Signed in` });
}

/** Opens the account menu from the header and chooses an item, as a mouse user does. */
export async function chooseFromAccountMenu(page: Page, item: string): Promise<void> {
  await accountButton(page).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
}

/** From the welcome screen: a profile for the sandbox, filled in but not saved. */
export async function fillSandboxProfile(
  app: AppHarness,
  overrides: { redirectUrl?: string; mode?: 'System browser' } = {},
): Promise<void> {
  const { page, sandbox } = app;
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

export async function addSandboxProfile(app: AppHarness): Promise<void> {
  await fillSandboxProfile(app);
  await app.page.getByRole('button', { name: 'Save' }).click();
}

/** Clicks Sign in and returns the Mix sign-in window the app opened. */
export async function clickSignIn(app: AppHarness): Promise<Page> {
  const signInWindow = app.surface.nextPage();
  await app.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  return signInWindow;
}

/** Fills the Mix login page. */
export async function logIn(signInPage: Page, password = USER.password): Promise<void> {
  await signInPage.getByLabel('Email').fill(USER.email);
  await signInPage.getByLabel('Password').fill(password);
  await signInPage.getByRole('button', { name: 'Sign in' }).click();
}

/** The whole interactive sign-in: Sign in, log in, Allow, until the app says who is signed in. */
export async function signInThroughMix(app: AppHarness): Promise<void> {
  const signInPage = await clickSignIn(app);
  await logIn(signInPage);
  await signInPage.getByRole('button', { name: 'Allow' }).click();
  await expect(accountButton(app.page, USER.email)).toBeVisible();
}
