import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/app-test';
import { screenshotBothThemes } from './support/screenshots';
import { freePort } from '../support/ports';
import { clickSignIn, fillSandboxProfile, logIn } from './support/user-steps';

// Failures provoked on purpose, each ending in a screen that names the cause and the fix (the credential
// doctor), with "What happened" under it; screenshots in light and dark for a person to look at.

test('a wrong client secret is diagnosed as credentials Mix does not accept, with the fix, and What happened keeps every secret out', async ({
  launchApp,
}) => {
  const app = await launchApp();
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
  launchApp,
}) => {
  const app = await launchApp();
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
  launchApp,
}) => {
  const app = await launchApp();
  const { page } = app;
  await page.getByRole('button', { name: 'Add a Mix profile' }).click();
  await page.getByLabel('Mix system').selectOption({ label: 'US' });
  await page.getByLabel('Client ID').fill('appID:ACME-PROD:geo:eu:clientName:default');
  await expect(
    page.getByText(/issued for the EU Mix system \(geo:eu\), but the profile uses US/),
  ).toBeVisible();
  await screenshotBothThemes(app, 'doctor-geography-mismatch');
});

/**
 * A scripted, hostile authorization server: it answers every authorize request by sending the browser, with
 * a code and the request's state, to `nearMiss(redirectUri)` instead of the registered redirect URL.
 */
async function misdirectingServer(nearMiss: (redirectUri: string) => string) {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://server.invalid');
    if (url.pathname !== '/oauth2/auth') {
      response.writeHead(404).end();
      return;
    }
    const target = new URL(nearMiss(url.searchParams.get('redirect_uri') ?? ''));
    target.searchParams.set('code', 'misdirected-code-5150');
    target.searchParams.set('state', url.searchParams.get('state') ?? '');
    response.writeHead(302, { Location: target.toString() }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test('an authorization server that redirects to a near miss of the redirect URL (127.0.0.1 for localhost, a trailing slash) is named, and the code is never used', async ({
  launchApp,
}) => {
  const app = await launchApp();
  const { page } = app;
  const hostile = await misdirectingServer((registered) => registered.replace('localhost', '127.0.0.1'));
  try {
    await fillSandboxProfile(app);
    await page.getByLabel('Authorization server URL').fill(hostile.url);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const alert = page.getByRole('alert');
    const diagnosis = alert.getByRole('region', { name: 'Diagnosis' });
    await expect(diagnosis).toContainText(
      'Mix sent the sign-in to http://127.0.0.1:3000/callback, which is not this profile’s redirect URL http://localhost:3000/callback: the host is 127.0.0.1 instead of localhost.',
    );
    await expect(diagnosis).toContainText(
      'Redirect URLs must match the Mix registration character for character',
    );
    await screenshotBothThemes(app, 'doctor-redirect-near-miss');
    await alert.locator('summary', { hasText: 'What happened' }).click();
    const steps = alert.getByRole('list', { name: 'Sign-in steps' });
    await expect(steps).toContainText('sent elsewhere');
    await expect(steps).not.toContainText('token exchange');
    expect(await alert.innerText()).not.toContain('misdirected-code-5150');
  } finally {
    await hostile.close();
  }

  // The same with a trailing slash, from a server that adds one.
  const slashing = await misdirectingServer((registered) => `${registered}/`);
  try {
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await navigation.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Authorization server URL').fill(slashing.url);
    await page.getByLabel('Client secret').fill('sandbox-secret');
    await page.getByRole('button', { name: 'Save' }).click();
    await navigation.getByRole('button', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert').getByRole('region', { name: 'Diagnosis' })).toContainText(
      'the path ends with a slash that the profile’s does not have',
    );
  } finally {
    await slashing.close();
  }
});
