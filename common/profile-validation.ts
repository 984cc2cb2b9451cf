import { geographyMismatch } from './client-id-geography';
import type { ProfileDraft, ProfileKind } from './ipc-contract';

/**
 * Checks a profile draft before it is saved, in the settings form and again in main.
 * Errors block saving; warnings point at the redirect-URL mismatches that make Mix reject a sign-in, and at
 * a client ID issued for another Mix system than the profile's.
 *
 * Server URLs (authorization server, Mix.api) must be bare origins: a path is an error rather than
 * silently dropped, because `https://host/v3/api` may be a real deployment detail the user meant.
 * A lone trailing slash is accepted; `normaliseServerUrl` turns the value into the origin before storing.
 */

export type ProfileFieldMessages = Partial<Record<keyof ProfileDraft, string>>;

export interface ProfileValidation {
  errors: ProfileFieldMessages;
  warnings: ProfileFieldMessages;
}

export interface ValidateProfileOptions {
  /** The form asks for a secret (e.g. a new profile using form-body client authentication). */
  requireSecret?: boolean;
  /**
   * The stored secret may not be kept (the profile's credential binding changes): the draft must replace
   * it or remove it (common/credential-binding.ts).
   */
  secretMustBeReentered?: boolean;
  /** The other stored profiles, to point out a redirect URL shared with another authorization server. */
  otherProfiles?: readonly OtherProfile[];
}

/** What the redirect-URL check needs to know of another profile. */
export interface OtherProfile {
  id: string;
  name: string;
  authServerUrl: string;
  redirectUrl: string;
}

export const MAX_PROFILE_NAME_LENGTH = 80;

/** Said when a stored secret may not be kept (see common/credential-binding.ts). */
export const SECRET_AGAIN_MESSAGE =
  'Enter the client secret again: a stored secret is never sent to a changed server or client ID.';

const SYSTEM_PRESETS = ['us', 'eu', 'uk', 'au', 'custom'];
const SIGN_IN_MODES = ['embedded', 'system-browser'];
const PROFILE_KINDS = ['browser', 'service-account'];
const CLIENT_AUTH_METHODS = ['basic', 'body'];

/** localhost, 127.0.0.0/8 and [::1]: the hosts for which plain http stays on this machine. */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The origin of a well-formed server URL (no trailing slash); anything else is returned trimmed, unchanged. */
export function normaliseServerUrl(value: string): string {
  const url = parseUrl(value.trim());
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.origin : value.trim();
}

export function validateProfile(
  draft: ProfileDraft,
  options: ValidateProfileOptions = {},
): ProfileValidation {
  const errors: ProfileFieldMessages = {};
  const warnings: ProfileFieldMessages = {};
  const set = (
    target: ProfileFieldMessages,
    field: keyof ProfileDraft,
    message: string | undefined,
  ): void => {
    if (message !== undefined) target[field] = message;
  };

  set(errors, 'name', nameError(draft.name));
  set(errors, 'system', oneOf(draft.system, SYSTEM_PRESETS, 'Choose a Mix system.'));
  set(errors, 'authServerUrl', serverUrlError(draft.authServerUrl, 'the authorization server'));
  set(errors, 'apiUrl', serverUrlError(draft.apiUrl, 'Mix.api'));
  set(
    errors,
    'clientId',
    requiredTextError(draft.clientId, 'Enter the client ID from your Mix profile.', 'client ID'),
  );
  set(
    errors,
    'clientSecret',
    secretError(
      draft,
      options.requireSecret === true || isServiceAccount(draft),
      options.secretMustBeReentered === true,
    ),
  );
  set(errors, 'tenant', optionalTextError(draft.tenant, 'tenant'));
  set(errors, 'scope', requiredTextError(draft.scope, 'Enter a scope, usually mix-api.', 'scope'));
  set(errors, 'signInMode', oneOf(draft.signInMode, SIGN_IN_MODES, 'Choose how to sign in.'));
  if (draft.kind !== undefined) {
    set(errors, 'kind', oneOf(draft.kind, PROFILE_KINDS, 'Choose Browser sign-in or Service account.'));
  }
  set(
    errors,
    'clientAuth',
    oneOf(draft.clientAuth, CLIENT_AUTH_METHODS, 'Choose how the client authenticates.'),
  );
  if (typeof draft.usePkce !== 'boolean') errors.usePkce = 'Choose whether to use PKCE.';
  if (draft.requireIss !== undefined && typeof draft.requireIss !== 'boolean') {
    errors.requireIss = 'Choose whether the authorization server must identify itself.';
  }

  // Said before signing in: the other system's authorization service would only answer invalid_client.
  if (errors.clientId === undefined && errors.system === undefined) {
    set(warnings, 'clientId', geographyMismatch(draft.clientId, draft.system));
  }

  // A service account has no redirect: no browser is involved.
  const redirect: { error?: string; warning?: string } = isServiceAccount(draft)
    ? {}
    : checkRedirectUrl(draft.redirectUrl, draft.signInMode);
  set(errors, 'redirectUrl', redirect.error);
  const shared = redirect.error ? undefined : sharedRedirectWarning(draft, options.otherProfiles ?? []);
  set(warnings, 'redirectUrl', [redirect.warning, shared].filter(Boolean).join(' ') || undefined);
  return { errors, warnings };
}

export function hasErrors(validation: ProfileValidation): boolean {
  return Object.keys(validation.errors).length > 0;
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function hasOuterSpace(value: string): boolean {
  return value.trim() !== value;
}

function oneOf(value: unknown, allowed: readonly string[], message: string): string | undefined {
  return isText(value) && allowed.includes(value) ? undefined : message;
}

function nameError(name: unknown): string | undefined {
  if (!isText(name) || name.trim() === '') return 'Enter a name for this profile.';
  if (name.trim().length > MAX_PROFILE_NAME_LENGTH) {
    return `Use a shorter name (at most ${MAX_PROFILE_NAME_LENGTH} characters).`;
  }
  return undefined;
}

function requiredTextError(value: unknown, missing: string, label: string): string | undefined {
  if (!isText(value) || value.trim() === '') return missing;
  return optionalTextError(value, label);
}

function optionalTextError(value: unknown, label: string): string | undefined {
  if (!isText(value)) return `Enter the ${label} as text.`;
  if (hasOuterSpace(value)) return `Remove the spaces at the start or end of the ${label}.`;
  return undefined;
}

/** A service account signs in with its client ID and secret alone: the secret is required. */
export function isServiceAccount(profile: { kind?: ProfileKind }): boolean {
  return profile.kind === 'service-account';
}

function secretError(draft: ProfileDraft, required: boolean, reenter: boolean): string | undefined {
  const secret = draft.clientSecret;
  if (isText(secret) && secret !== '' && hasOuterSpace(secret)) {
    return 'Remove the spaces at the start or end of the client secret.';
  }
  if (reenter && (secret === undefined || secret === '')) return SECRET_AGAIN_MESSAGE;
  const missing = secret === null || secret === '' || (secret === undefined && draft.id === undefined);
  return required && missing ? 'Enter the client secret from your Mix profile.' : undefined;
}

/** Scheme, well-formedness and the https rule shared by every URL of a profile. */
function urlBasicsError(value: unknown, what: string): { url?: URL; error?: string } {
  if (!isText(value) || value.trim() === '') return { error: `Enter the address of ${what}.` };
  if (hasOuterSpace(value)) return { error: 'Remove the spaces at the start or end of the address.' };
  const url = parseUrl(value);
  const incomplete = 'This is not a complete address. It should look like https://host.example.com.';
  if (!url) return { error: incomplete };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: 'Use an address that starts with https:// (or http:// for this computer).' };
  }
  if (url.host === '') return { error: incomplete };
  if (url.username !== '' || url.password !== '') {
    return { error: 'Remove the user name or password from the address.' };
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    return {
      error: 'Use https. Plain http is allowed only for this computer (localhost, 127.0.0.1 or [::1]).',
    };
  }
  return { url };
}

function serverUrlError(value: unknown, what: string): string | undefined {
  const { url, error } = urlBasicsError(value, what);
  if (!url) return error;
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return `Enter only the scheme and host of ${what}, such as ${url.origin}, without a path.`;
  }
  return undefined;
}

/** The port as typed: the URL class drops a default port, but Mix compares the text. */
function hasExplicitPort(raw: string): boolean {
  const authority = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0] ?? '';
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  return /:\d+$/.test(hostPort);
}

/**
 * RFC 9700 §4.4.2.2: with a redirect URL of its own per authorization server, one server's sign-in response
 * can never be taken for another's (a defence against mix-up even where a server sends no `iss`).
 */
function sharedRedirectWarning(draft: ProfileDraft, others: readonly OtherProfile[]): string | undefined {
  const origin = normaliseServerUrl(draft.authServerUrl);
  const other = others.find(
    (profile) =>
      profile.id !== draft.id &&
      profile.redirectUrl === draft.redirectUrl &&
      normaliseServerUrl(profile.authServerUrl) !== origin,
  );
  if (!other) return undefined;
  return `The profile “${other.name}” uses this redirect URL with another authorization server. A redirect URL of its own for each Mix system (registered there, such as http://localhost:3000/callback-eu) keeps one server’s sign-in response from ever reaching another.`;
}

function checkRedirectUrl(value: unknown, signInMode: unknown): { error?: string; warning?: string } {
  const { url, error } = urlBasicsError(value, 'the redirect URL');
  if (!url || !isText(value)) return { error };
  // OAuth 2.0 (RFC 6749 §3.1.2) forbids a fragment in a redirect URI: the server would refuse it.
  if (url.hash !== '' || value.includes('#'))
    return { error: 'Remove the # part: a redirect URL cannot have one.' };

  const loopback = isLoopbackHostname(url.hostname);
  if (signInMode === 'system-browser' && !loopback) {
    return {
      error:
        'With the system browser, the redirect URL must point to this computer, such as http://localhost:3000/callback.',
    };
  }

  const warnings: string[] = [];
  const pathPart = value.split(/[?#]/)[0] ?? value;
  if (pathPart.endsWith('/')) {
    warnings.push(
      'Mix compares redirect URLs character by character: this one ends with a slash, so the URL registered in your Mix profile must too.',
    );
  }
  if (loopback && url.hostname !== 'localhost') {
    warnings.push(
      `This uses ${url.hostname}, not localhost: make sure this is the exact URL registered in your Mix profile.`,
    );
  }
  if (loopback && url.protocol === 'http:' && !hasExplicitPort(value)) {
    warnings.push(
      'This address has no port, so it means port 80. Registered redirect URLs usually include one, such as :3000.',
    );
  }
  if (loopback && url.protocol === 'https:') {
    warnings.push(
      'Mix Explorer listens on this computer with plain http: an https address here only works in the embedded window.',
    );
  }
  if (url.search !== '') {
    warnings.push(
      'This redirect URL has a query (the part after ?). Mix must have it registered exactly, query included.',
    );
  }
  return warnings.length > 0 ? { warning: warnings.join(' ') } : {};
}
