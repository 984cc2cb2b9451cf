import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/app-test';
import type { AppHarness } from './support/app-harness';
import { OIDC_CLIENT } from './support/oidc-provider-server';
import {
  OIDC_ACCOUNT,
  addOidcProfile,
  codeGrants,
  consentAtProvider,
  logInAtProvider,
  redeemStolenCode,
  refreshGrants,
} from './support/oidc-steps';
import { testCipher } from './support/test-ports';
import { screenshotBothThemes } from './support/screenshots';
import { accountButton, clickSignIn } from './support/user-steps';

// User stories of signing in against a certified OpenID Provider (oidc-provider) instead of our own
// sandbox: the app's real main-side code (authorize URL, redirect catching, iss check, token client, session
// manager, secret vault) against an implementation we did not write, on Mix's /oauth2/auth and /oauth2/token.

/** Opens "What happened" under the failure and returns the alert, its steps and the copied text. */
async function whatHappened(harness: AppHarness) {
  const alert = harness.page.getByRole('alert');
  await alert.locator('summary', { hasText: 'What happened' }).click();
  const steps = alert.getByRole('list', { name: 'Sign-in steps' });
  await alert.getByRole('button', { name: 'Copy what happened' }).click();
  await expect(alert.getByRole('button', { name: 'Copied' })).toBeVisible();
  return { alert, steps, copied: harness.clipboard.at(-1) ?? '' };
}

const signedIn = (harness: AppHarness) => accountButton(harness.page, OIDC_ACCOUNT);

test('Basic client authentication with a Mix-style client ID and a secret full of reserved characters, PKCE and iss; the rotated refresh token survives a restart', async ({
  launchApp,
  startOidcProvider,
  afterApps,
}) => {
  // 30-second tokens (the shortest lifetime the app takes as given): it renews at half-life, 15 s after each.
  test.setTimeout(90_000);
  const provider = await startOidcProvider({ accessTokenSeconds: 30 });
  const userData = await mkdtemp(join(tmpdir(), 'mix-explorer-oidc-'));
  afterApps(() => rm(userData, { recursive: true, force: true }));
  const cipher = testCipher();
  let app = await launchApp({ userDataDir: userData, ports: { cipher } });
  await addOidcProfile(app, provider, { name: 'Certified provider' });

  const signInPage = await clickSignIn(app);
  await logInAtProvider(signInPage);
  await consentAtProvider(signInPage);
  await expect(signedIn(app)).toBeVisible();

  // The provider checked PKCE, decoded the form-encoded Basic credentials, and put iss in its response
  // (it says so in its metadata, so the app compared it exactly with the issuer it names).
  expect(codeGrants(provider)).toEqual([
    expect.objectContaining({ ok: true, clientId: OIDC_CLIENT.basic, clientAuth: 'client_secret_basic' }),
  ]);

  // The first renewal rotates the refresh token; the app keeps the new one on disk.
  const settingsFile = join(userData, 'settings.json');
  const afterSignIn = await readFile(settingsFile, 'utf8');
  await expect.poll(() => refreshGrants(provider).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  await expect.poll(() => readFile(settingsFile, 'utf8')).not.toBe(afterSignIn);

  // Quit and start again: the session comes back and renews with the rotated token, not a used one
  // (the provider would take a used one for a stolen one and revoke the whole grant).
  await app.close();
  app = await launchApp({ userDataDir: userData, ports: { cipher } });
  await expect(signedIn(app)).toBeVisible();
  const beforeRestart = refreshGrants(provider).length;
  await expect.poll(() => refreshGrants(provider).length, { timeout: 30_000 }).toBeGreaterThan(beforeRestart);
  const refreshes = refreshGrants(provider);
  expect(refreshes.every((grant) => grant.ok)).toBe(true);
  expect(new Set(refreshes.map((grant) => grant.refreshToken)).size).toBe(refreshes.length);
  await expect(signedIn(app)).toBeVisible();
});

test('form-body client authentication: a wrong secret is named as such, the right one signs in', async ({
  launchApp,
  startOidcProvider,
}) => {
  const provider = await startOidcProvider();
  const app = await launchApp();
  await addOidcProfile(app, provider, {
    name: 'Form body',
    clientId: OIDC_CLIENT.body,
    secret: 'not-the-secret',
    clientAuth: 'Form body',
  });
  const signInPage = await clickSignIn(app);
  await logInAtProvider(signInPage);
  await consentAtProvider(signInPage);
  await expect(app.page.getByRole('alert')).toContainText('rejected the client ID or secret');
  expect(codeGrants(provider)).toEqual([expect.objectContaining({ ok: false, error: 'invalid_client' })]);

  const navigation = app.page.getByRole('navigation', { name: 'Main' });
  await navigation.getByRole('button', { name: 'Settings' }).click();
  await app.page.getByRole('button', { name: 'Edit' }).click();
  await app.page.getByLabel('Client secret').fill(OIDC_CLIENT.secret);
  await app.page.getByRole('button', { name: 'Save' }).click();
  await navigation.getByRole('button', { name: 'Home' }).click();
  // The provider remembers the login and the consent: the window comes straight back.
  await app.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(signedIn(app)).toBeVisible();
  expect(codeGrants(provider).at(-1)).toMatchObject({ ok: true, clientAuth: 'client_secret_post' });
});

test('cancelling on the provider’s consent page says the user declined', async ({
  launchApp,
  startOidcProvider,
}) => {
  const provider = await startOidcProvider();
  const app = await launchApp();
  await addOidcProfile(app, provider, { name: 'Declined' });
  const signInPage = await clickSignIn(app);
  await logInAtProvider(signInPage);
  await signInPage.getByRole('link', { name: '[ Cancel ]' }).click();
  await expect(app.page.getByRole('alert')).toContainText('You declined access');
  expect(codeGrants(provider)).toEqual([]);
});

test('a stolen code is useless without the PKCE verifier, and the app exchanges its code once', async ({
  launchApp,
  startOidcProvider,
}) => {
  const provider = await startOidcProvider();
  const app = await launchApp();
  await addOidcProfile(app, provider, { name: 'Stolen code' });
  // Something on the way sees the redirect first (a malicious extension, a proxy log) and redeems the
  // code with the client's own credentials before the app does: without the verifier the provider refuses.
  const stolen: number[] = [];
  app.surface.seenFirstBy = async (url) => {
    const code = new URL(url).searchParams.get('code') ?? '';
    // The surface can report one redirect through two hooks: the attacker tries a code once.
    if (stolen.length > 0) return;
    const response = await redeemStolenCode(provider, code);
    stolen.push(response.status);
  };
  const signInPage = await clickSignIn(app);
  await logInAtProvider(signInPage);
  await consentAtProvider(signInPage);

  await expect(signedIn(app)).toBeVisible();
  expect(stolen).toEqual([400]);
  // The attacker's attempt failed; the app's one exchange (with the verifier) succeeded. A second use of
  // the code would have been refused, and the tokens issued for it revoked.
  const outcomes = codeGrants(provider).map((grant) => grant.ok);
  expect(outcomes.filter((ok) => ok)).toEqual([true]);
  expect(outcomes.at(-1)).toBe(true);
});

test('a revoked refresh token renews silently through the remembered login', async ({
  launchApp,
  startOidcProvider,
}) => {
  // 30-second tokens: the first renewal comes at half-life, 15 s after signing in.
  test.setTimeout(90_000);
  const provider = await startOidcProvider({ accessTokenSeconds: 30 });
  const app = await launchApp();
  await addOidcProfile(app, provider, { name: 'Revoked' });
  const signInPage = await clickSignIn(app);
  await logInAtProvider(signInPage);
  await consentAtProvider(signInPage);
  await expect(signedIn(app)).toBeVisible();

  // An administrator revokes the app's refresh token; the login at the provider stays.
  await provider.revokeRefreshTokens();
  const silentWindow = await app.surface.nextPage();
  await expect.poll(() => silentWindow.isClosed(), { timeout: 30_000 }).toBe(true);

  expect(refreshGrants(provider)).toEqual([expect.objectContaining({ ok: false, error: 'invalid_grant' })]);
  await expect.poll(() => codeGrants(provider).length).toBe(2);
  expect(codeGrants(provider).every((grant) => grant.ok)).toBe(true);
  await expect(signedIn(app)).toBeVisible();
  await expect(app.page.getByText('Your session expired')).toHaveCount(0);
});

test('a malicious authorization server that bounces the sign-in to the real one is caught by iss', async ({
  launchApp,
  startOidcProvider,
  afterApps,
}) => {
  const provider = await startOidcProvider();
  // The attacker's server, added as a profile: it sends the browser on to the real provider with the app's
  // own state, PKCE challenge and redirect URL, hoping to receive the real code and verifier.
  const tokenRequests: string[] = [];
  const attacker: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://attacker');
    if (url.pathname === '/oauth2/auth') {
      url.searchParams.set('client_id', OIDC_CLIENT.basic);
      response.writeHead(302, { Location: `${provider.url}/oauth2/auth${url.search}` });
      response.end();
      return;
    }
    if (url.pathname === '/oauth2/token') tokenRequests.push(request.method ?? '');
    response.writeHead(404, { 'Content-Type': 'application/json' });
    response.end('{}');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  afterApps(() => new Promise<void>((resolve) => attacker.close(() => resolve())));
  const attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;

  const app = await launchApp();
  await addOidcProfile(app, provider, { name: 'Too good to be true', authServerUrl: attackerUrl });
  const signInPage = await clickSignIn(app);
  await logInAtProvider(signInPage);
  await consentAtProvider(signInPage);

  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('came from another authorization server');
  await expect(alert).toContainText(new URL(provider.url).host);
  // Nothing went to the attacker's token endpoint, and the real code was never used.
  expect(tokenRequests).toEqual([]);
  expect(codeGrants(provider)).toEqual([]);
  await app.screenshot('mix-up-refused');
});

test('the provider refuses a wrong client secret (invalid_client): the doctor names the credentials and the fix, and What happened holds no secret', async ({
  launchApp,
  startOidcProvider,
}) => {
  const provider = await startOidcProvider();
  const app = await launchApp();
  const redirects: string[] = [];
  app.surface.seenFirstBy = async (url) => void redirects.push(url);
  const wrong = 'wrong-secret-for-the-provider-31';
  await addOidcProfile(app, provider, { name: 'Wrong secret', secret: wrong });
  const signInPage = await clickSignIn(app);
  await logInAtProvider(signInPage);
  await consentAtProvider(signInPage);

  const diagnosis = app.page.getByRole('alert').getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis).toContainText('Mix did not accept this client ID and secret (invalid_client)');
  await expect(diagnosis).toContainText('Generate Mix.api service credentials in Mix → Profile');
  expect(codeGrants(provider)).toEqual([expect.objectContaining({ ok: false, error: 'invalid_client' })]);
  await diagnosis.scrollIntoViewIfNeeded();
  await screenshotBothThemes(app, 'doctor-oidc-client-rejected');
  const { alert, steps, copied } = await whatHappened(app);
  await expect(steps).toContainText('HTTP 401');

  const redirect = new URL(redirects[0] ?? 'http://missing/');
  const handedOut = [
    wrong,
    OIDC_CLIENT.secret,
    redirect.searchParams.get('code') ?? 'missing-code',
    redirect.searchParams.get('state') ?? 'missing-state',
  ];
  const screen = await alert.innerText();
  for (const secret of handedOut) {
    expect(copied).not.toContain(secret);
    expect(screen).not.toContain(secret);
  }
});

test('a code redeemed before the app (replayed code, invalid_grant) is diagnosed as a refused sign-in code, and What happened holds no secret', async ({
  launchApp,
  startOidcProvider,
}) => {
  // Without PKCE a code is good for whoever holds the client's credentials: something on the way (a proxy
  // log, an extension) redeems it first, and the app's own exchange is the replay the provider refuses.
  const provider = await startOidcProvider({ pkceRequired: false });
  const app = await launchApp();
  const taken: { code: string; state: string; accessToken: string }[] = [];
  app.surface.seenFirstBy = async (url) => {
    if (taken.length > 0) return;
    const redirect = new URL(url);
    const code = redirect.searchParams.get('code') ?? '';
    const response = await redeemStolenCode(provider, code);
    const body = (await response.json()) as { access_token?: string };
    taken.push({
      code,
      state: redirect.searchParams.get('state') ?? '',
      accessToken: body.access_token ?? '',
    });
  };
  await addOidcProfile(app, provider, { name: 'Replayed code', usePkce: false });
  const signInPage = await clickSignIn(app);
  await logInAtProvider(signInPage);
  await consentAtProvider(signInPage);

  const diagnosis = app.page.getByRole('alert').getByRole('region', { name: 'Diagnosis' });
  await expect(diagnosis).toContainText('Mix refused the sign-in code (invalid_grant)');
  await expect(diagnosis).toContainText('The code was used twice');
  expect(codeGrants(provider).map((grant) => [grant.ok, grant.error])).toEqual([
    [true, undefined],
    [false, 'invalid_grant'],
  ]);
  await diagnosis.scrollIntoViewIfNeeded();
  await screenshotBothThemes(app, 'doctor-oidc-code-replayed');
  const { alert, steps, copied } = await whatHappened(app);
  await expect(steps).toContainText('metadata');
  await expect(steps).toContainText('HTTP 400');

  const [first] = taken;
  expect(first?.accessToken).not.toBe('');
  const handedOut = [
    OIDC_CLIENT.secret,
    first?.code ?? 'missing',
    first?.state ?? 'missing',
    first?.accessToken ?? 'missing',
  ];
  const screen = await alert.innerText();
  for (const secret of handedOut) {
    expect(copied).not.toContain(secret);
    expect(screen).not.toContain(secret);
  }
});
