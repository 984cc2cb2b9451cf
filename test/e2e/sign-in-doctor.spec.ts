import { expect, test } from '@playwright/test';
import { startApp, type AppHarness } from './support/app-harness';
import { screenshotBothThemes } from './support/screenshots';
import { freePort } from './support/free-port';
import { clickSignIn, fillSandboxProfile, logIn } from './support/user-steps';

// Failures provoked on purpose, each ending in a screen that names the cause and the fix (the credential
// doctor), with "What happened" under it; screenshots in light and dark for a person to look at.

let app: AppHarness | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('a wrong client secret is diagnosed as credentials Mix does not accept, with the fix, and What happened keeps every secret out', async ({
  browser,
}) => {
  app = await startApp(browser);
  const { page } = app;
  const caught: string[] = [];
  app.surface.seenFirstBy = async (url) => void caught.push(url);
  await fillSandboxProfile(app);
  await page.getByLabel('Client secret').fill('wrong-secret-value-123');
  await page.getByRole('button', { name: 'Save' }).click();
  const signInPage = await clickSignIn(app);
  await logIn(signInPage);
  await signInPage.getByRole('button', { name: 'Allow' }).click();

  const alert = page.getByRole('alert');
  const diagnosis = alert.getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis).toContainText('These look like the profile’s default credentials');
  await expect(diagnosis).toContainText('Generate Mix.api service credentials in Mix → Profile');
  await expect(
    diagnosis.getByRole('link', { name: 'How to generate Mix.api service credentials' }),
  ).toBeVisible();
  await alert.locator('summary', { hasText: 'What happened' }).click();
  const steps = alert.getByRole('list', { name: 'Sign-in steps' });
  await expect(steps).toContainText('redirect caught');
  await expect(steps).toContainText('HTTP 401');
  await screenshotBothThemes(app, 'doctor-client-rejected');

  await alert.getByRole('button', { name: 'Copy what happened' }).click();
  await expect(alert.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = app.clipboard.at(-1) ?? '';
  expect(copied).toMatch(/token exchange {2}127\.0\.0\.1:\d+\/oauth2\/token {2}HTTP 401/);
  const redirect = new URL(caught[0] ?? 'http://missing/');
  const handedOut = [
    'wrong-secret-value-123',
    'sandbox-secret',
    redirect.searchParams.get('code') ?? 'missing-code',
    redirect.searchParams.get('state') ?? 'missing-state',
  ];
  const screen = await page.content();
  for (const secret of handedOut) {
    expect(copied).not.toContain(secret);
    expect(screen).not.toContain(secret);
  }
});

test('an authorization server that refuses connections is named, with the system browser as the fix', async ({
  browser,
}) => {
  app = await startApp(browser);
  const closedPort = await freePort();
  const { page } = app;
  await fillSandboxProfile(app);
  await page.getByLabel('Authorization server URL').fill(`http://127.0.0.1:${closedPort}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  const diagnosis = page.getByRole('alert').getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis).toContainText(`127.0.0.1:${closedPort} refused the connection`);
  await expect(diagnosis).toContainText('Sign in with the system browser instead');
  await page.getByRole('alert').locator('summary', { hasText: 'What happened' }).click();
  await expect(page.getByRole('list', { name: 'Sign-in steps' })).toContainText('load failed');
  await screenshotBothThemes(app, 'doctor-login-unreachable');
});

test('a client ID issued for another Mix system is pointed out in the profile form, before signing in', async ({
  browser,
}) => {
  app = await startApp(browser);
  const { page } = app;
  await page.getByRole('button', { name: 'Add a Mix profile' }).click();
  await page.getByLabel('Mix system').selectOption({ label: 'US' });
  await page.getByLabel('Client ID').fill('appID:ACME-PROD:geo:eu:clientName:default');
  await expect(
    page.getByText(/issued for the EU Mix system \(geo:eu\), but the profile uses US/),
  ).toBeVisible();
  await screenshotBothThemes(app, 'doctor-geography-mismatch');
});
