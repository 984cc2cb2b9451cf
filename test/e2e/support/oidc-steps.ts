import { expect, type Page } from '@playwright/test';
import type { AppHarness } from './app-harness';
import { OIDC_CLIENT, OIDC_REDIRECT_URL, type RunningOidcProvider } from './oidc-provider-server';

// The steps of a person whose Mix system is served by the certified OpenID Provider (oidc-provider).

export const OIDC_ACCOUNT = 'alice@oidc.example';

export interface OidcProfileEntry {
  name: string;
  /** The authorization server (default: the provider); Mix.api is always the provider's stand-in. */
  authServerUrl?: string;
  clientId?: string;
  secret?: string;
  clientAuth?: 'HTTP Basic' | 'Form body';
  /** Default on, as the form has it. */
  usePkce?: boolean;
}

/** From the welcome screen: a Custom profile for the provider, through the settings form, saved. */
export async function addOidcProfile(
  app: AppHarness,
  provider: RunningOidcProvider,
  entry: OidcProfileEntry,
): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Add a Mix profile' }).click();
  await page.getByLabel('Name', { exact: true }).fill(entry.name);
  await page.getByLabel('Mix system').selectOption({ label: 'Custom' });
  await page.getByLabel('Authorization server URL').fill(entry.authServerUrl ?? provider.url);
  await page.getByLabel('Mix.api URL').fill(provider.url);
  await page.getByLabel('Client ID').fill(entry.clientId ?? OIDC_CLIENT.basic);
  await page.getByLabel('Client secret').fill(entry.secret ?? OIDC_CLIENT.secret);
  if (entry.clientAuth !== undefined || entry.usePkce === false) await page.getByText('Advanced').click();
  if (entry.clientAuth) {
    await page.getByLabel('Client authentication').selectOption({ label: entry.clientAuth });
  }
  if (entry.usePkce === false) await page.getByLabel('Use PKCE').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
}

/** The provider's login page (any login; oidc-provider's development interactions). */
export async function logInAtProvider(signInPage: Page): Promise<void> {
  await signInPage.locator('input[name="login"]').fill(OIDC_ACCOUNT);
  await signInPage.locator('input[name="password"]').fill('any password');
  await signInPage.getByRole('button', { name: 'Sign-in' }).click();
}

/** The provider's consent page. */
export async function consentAtProvider(signInPage: Page): Promise<void> {
  await signInPage.getByRole('button', { name: 'Continue' }).click();
}

/**
 * Something on the way (a malicious extension, a proxy log) redeems a code it saw with the client's own
 * credentials, without the PKCE verifier, before the app does.
 */
export function redeemStolenCode(provider: RunningOidcProvider, code: string): Promise<Response> {
  return fetch(`${provider.url}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: OIDC_REDIRECT_URL,
      client_id: OIDC_CLIENT.basic,
      client_secret: OIDC_CLIENT.secret,
    }),
  });
}

/** Refresh grants the provider answered, in order. */
export function refreshGrants(provider: RunningOidcProvider) {
  return provider.grants.filter((grant) => grant.grantType === 'refresh_token');
}

export function codeGrants(provider: RunningOidcProvider) {
  return provider.grants.filter((grant) => grant.grantType === 'authorization_code');
}
