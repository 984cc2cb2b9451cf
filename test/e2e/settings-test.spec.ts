import { expect, test } from './support/app-test';
import { screenshotBothThemes } from './support/screenshots';
import { fillSandboxProfile } from './support/user-steps';
import { tabTo } from './support/explorer-steps';

// "Test these settings": a person fills the profile form, tests it from the keyboard before saving, reads
// one line per check, fixes what failed and tests again. Nothing is saved and nobody signs in.

test('a person tests the unsaved settings from the keyboard: a wrong secret fails with the fix, the right one passes, nothing is saved', async ({
  launchApp,
}) => {
  const app = await launchApp();
  const { page } = app;
  await fillSandboxProfile(app);
  const wrong = 'wrong-secret-typed-4711';
  await page.getByLabel('Client secret').fill(wrong);

  await page.getByLabel('Redirect URL').focus();
  await tabTo(page, 'Test these settings');
  await page.keyboard.press('Enter');

  const results = page.getByRole('region', { name: 'Test results' });
  await expect(results).toContainText('1 check failed.');
  const line = (id: string) => results.locator(`[data-check="${id}"]`);
  await expect(line('auth-host')).toContainText('Passed');
  await expect(line('authorize')).toContainText('login_required');
  await expect(line('redirect-url')).toContainText('Passed');
  await expect(line('api-host')).toContainText('Passed');
  await expect(line('client-secret')).toContainText('Failed');
  await expect(line('client-secret')).toContainText(
    'Mix did not accept this client ID and secret (invalid_client)',
  );
  await expect(line('client-secret')).toContainText('Generate Mix.api service credentials');
  await expect(line('service-account')).toContainText('Skipped');
  await screenshotBothThemes(app, 'settings-test-secret-rejected');
  expect(await results.innerText()).not.toContain(wrong);

  // Fix the secret; the old results go away with the edit, and a new test from the keyboard passes.
  await page.getByLabel('Client secret').fill('sandbox-secret');
  await expect(results).toHaveCount(0);
  await tabTo(page, 'Test these settings');
  await page.keyboard.press('Space');
  await expect(results).toContainText('No check failed.');
  await expect(line('client-secret')).toContainText('accepted the client ID and secret');
  await screenshotBothThemes(app, 'settings-test-passed');
  expect(await results.innerText()).not.toContain('sandbox-secret');

  // Testing saved nothing: the form is still open and there is no profile yet.
  await expect(page.getByRole('heading', { name: 'New profile' })).toBeVisible();
});
