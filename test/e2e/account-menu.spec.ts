import { expect, test } from './support/app-test';
import { lastCopied, mainPane } from './support/explorer-steps';
import { focusIsVisible } from './support/layout-checks';
import { checkScreen } from './support/screen-checks';
import { accountButton } from './support/user-steps';

// Who is signed in and how the session stands live in the account menu (header and status bar), as in
// VS Code or GitHub Desktop; Home leads with the workspace, and the raw token is a secondary item.

test('from the keyboard the user opens the account menu, reads who is signed in and copies the access token', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });

  // Home is the workspace: no session card, no token button on the page.
  const main = mainPane(page);
  await expect(main.getByRole('region', { name: 'Organizations' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Session' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy access token' })).toHaveCount(0);
  expect(await checkScreen(app, 'home-workspace')).toEqual([]);
  await page.setViewportSize({ width: 1200, height: 800 });

  // Tab from the header's navigation reaches the account button; Enter opens the menu on its first item.
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).focus();
  await page.keyboard.press('Tab');
  const account = accountButton(page, 'demo@mix.example');
  await expect(account).toBeFocused();
  expect(await focusIsVisible(page)).toBeUndefined();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await expect(menu.getByText('Signed in as demo@mix.example')).toBeVisible();
  await expect(menu.getByText(/^Profile Local sandbox · Embedded window$/)).toBeVisible();
  await expect(menu.getByText(/^Signed in · renews in \d+:\d\d$/)).toBeVisible();
  await expect(menu.getByText(/^Token valid until \d\d:\d\d$/)).toBeVisible();
  expect(await checkScreen(app, 'account-menu')).toEqual([]);
  await expect(menu).toBeVisible();

  // The token is a secondary item, last in the menu: arrows reach it, Enter copies it (never shown).
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Sign out',
    'Use another account',
    'Forget sign-in…',
    'Switch profile…',
    'Edit profile…',
    'Copy access token',
    'Copy as curl',
  ]);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Copy access token' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'Copied — valid until' })).toBeVisible();
  const token = lastCopied(app);
  expect(token.length).toBeGreaterThan(20);
  expect(await page.content()).not.toContain(token);
  // Focus goes back to the account button, ready for the next action.
  await expect(account).toBeFocused();

  // The status bar's session line opens the same menu; Esc closes it where it was opened.
  const session = page.getByRole('contentinfo').getByRole('button', { name: /^Session: Signed in · / });
  await session.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByText('Signed in as demo@mix.example')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(session).toBeFocused();

  // Sign out is the first item: Enter, Enter. Home then offers to sign in again.
  await account.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(accountButton(page)).toHaveAccessibleName('Account: Local sandbox · Signed out');
  await expect(main.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
});
