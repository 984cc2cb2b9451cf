import type { Profile, SettingsCheck, SystemPreset } from '../../common/ipc-contract';
import { clientIdGeography, geographyMismatch } from '../../common/client-id-geography';
import { findMixSystem } from '../../common/mix-systems';
import { diagnoseTokenRefusal, redirectDifferences, urlWithoutQuery } from './credential-doctor';
import { rememberSecret } from '../log/redact';
import { toProblem } from '../problem';
import { toPlainText } from './plain-text';
import { checkTokenIsForProfile } from './token-audience';
import { parseTokenResponse } from './token-response';

/**
 * How "Test these settings" reads each answer: plain functions from what a server said to result lines.
 * Server words are shown as bounded plain text; query values of a URL a server named are never shown.
 */

export const LABELS = {
  geography: 'Client ID matches the Mix system',
  'auth-host': 'Authorization server resolves and answers',
  authorize: 'Authorize endpoint accepts the request',
  'redirect-url': 'Redirect URL accepted',
  'api-host': 'Mix.api resolves and answers',
  'client-secret': 'Client ID and secret accepted',
  'service-account': 'Client credentials (service account)',
} as const satisfies Record<SettingsCheck['id'], string>;

export const line = (
  id: SettingsCheck['id'],
  outcome: SettingsCheck['outcome'],
  detail: string,
): SettingsCheck => ({ id, label: LABELS[id], outcome, detail });

/** The errors an authorize request without a browser session is expected to get back: the request was fine. */
const INTERACTION_ERRORS = new Set([
  'login_required',
  'consent_required',
  'interaction_required',
  'account_selection_required',
]);

export function readGeography(clientId: string, system: SystemPreset): SettingsCheck {
  const mismatch = geographyMismatch(clientId, system);
  if (mismatch) return line('geography', 'fail', mismatch);
  const geography = clientIdGeography(clientId);
  if (system === 'custom') {
    return line('geography', 'skipped', 'A custom system has no geography to compare with the client ID.');
  }
  if (geography === undefined) {
    return line('geography', 'skipped', 'The client ID does not name a geography (no geo:…).');
  }
  const label = findMixSystem(system)?.label ?? system;
  if (!['us', 'eu', 'uk', 'au'].includes(geography)) {
    return line('geography', 'skipped', `The client ID names geo:${geography}, which is not a Mix system.`);
  }
  return line('geography', 'pass', `The client ID was issued for geo:${geography}, the ${label} system.`);
}

/** A server's error text, made safe to show. */
function said(value: string | null | undefined): string {
  return value ? toPlainText(value, 200) : '';
}

/** An HTML or text error page as one bounded line of plain text. */
export function pageText(body: string): string {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return toPlainText(text, 200);
}

function parse(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

export interface AuthorizeAnswer {
  status: number;
  /** The Location header, for a redirect. */
  location?: string;
  /** The answer's body (bounded by the request), for a page. */
  body: string;
  /** The authorize URL the request went to, to resolve a relative Location. */
  url: string;
  redirectUrl: string;
}

/** What the authorize endpoint's answer says about the request and about the redirect URL. */
export function readAuthorizeAnswer(answer: AuthorizeAnswer): [SettingsCheck, SettingsCheck] {
  const { status, redirectUrl } = answer;
  const redirectNotSaid = line(
    'redirect-url',
    'skipped',
    'The server did not say before sign-in; a sign-in attempt checks it (see "What happened" if it fails).',
  );
  if (status >= 500) {
    return [
      line(
        'authorize',
        'fail',
        `The authorization server failed (HTTP ${status}). This is the server's trouble, not your settings: try again later.`,
      ),
      redirectNotSaid,
    ];
  }
  if (status >= 300 && status < 400) {
    const target = answer.location ? parse(answer.location, answer.url) : undefined;
    if (!target) {
      return [
        line('authorize', 'fail', `The server answered a redirect (HTTP ${status}) without saying where to.`),
        redirectNotSaid,
      ];
    }
    const registered = parse(redirectUrl);
    const error = target.searchParams.get('error');
    const description = said(target.searchParams.get('error_description'));
    const words = description ? `${error}: ${description}` : (error ?? '');
    const toRedirect = registered !== undefined && urlWithoutQuery(target) === urlWithoutQuery(registered);
    if (toRedirect) {
      const accepted = line('redirect-url', 'pass', `The server sends its answers to ${redirectUrl}.`);
      if (error === null || INTERACTION_ERRORS.has(error)) {
        return [
          line(
            'authorize',
            'pass',
            error === null
              ? 'The server accepted the request.'
              : `The server accepted the request; it only asks for a sign-in (${error}), as expected without one.`,
          ),
          accepted,
        ];
      }
      return [line('authorize', 'fail', `The server refused the request (${words}).`), accepted];
    }
    const nearMiss = registered && redirectDifferences(target.toString(), redirectUrl);
    if (nearMiss) {
      return [
        line(
          'authorize',
          error === null || INTERACTION_ERRORS.has(error) ? 'pass' : 'fail',
          `The server answered (${words || 'no error'}).`,
        ),
        line(
          'redirect-url',
          'fail',
          `The server answers at ${urlWithoutQuery(target)}, not at this profile's ${redirectUrl}: ${nearMiss.join(', ')}. Use the URL registered in Mix, character for character.`,
        ),
      ];
    }
    if (error !== null) {
      const aboutRedirect = /redirect/i.test(`${error} ${description}`);
      return [
        line('authorize', 'fail', `The server refused the request (${words}).`),
        aboutRedirect
          ? line(
              'redirect-url',
              'fail',
              `The server refused the redirect URL ${redirectUrl} (${words}). Register it in Mix, or use the one registered.`,
            )
          : redirectNotSaid,
      ];
    }
    return [
      line(
        'authorize',
        'pass',
        `The server accepted the request and sends the browser to sign in at ${target.host}.`,
      ),
      redirectNotSaid,
    ];
  }
  if (status >= 400) {
    const text = pageText(answer.body);
    const words = text ? `: "${text}"` : '';
    const aboutRedirect = /redirect/i.test(text);
    const aboutClient = !aboutRedirect && /client/i.test(text);
    return [
      line(
        'authorize',
        'fail',
        aboutClient
          ? `The server does not accept this client ID (HTTP ${status}${words}). Check the client ID and the Mix system.`
          : `The server refused the request (HTTP ${status}${words}).`,
      ),
      aboutRedirect
        ? line(
            'redirect-url',
            'fail',
            `The server refused the redirect URL ${redirectUrl} (HTTP ${status}${words}). Register it in Mix, or use the one registered.`,
          )
        : redirectNotSaid,
    ];
  }
  return [
    line('authorize', 'pass', `The server answered with its sign-in page (HTTP ${status}).`),
    redirectNotSaid,
  ];
}

export interface TokenAnswer {
  status: number;
  body: string;
  system: SystemPreset;
}

function oauthError(body: string): { error?: string; description?: string } {
  try {
    const json: unknown = JSON.parse(body);
    if (typeof json !== 'object' || json === null) return {};
    const { error, error_description: description } = json as Record<string, unknown>;
    return {
      ...(typeof error === 'string' ? { error } : {}),
      ...(typeof description === 'string' ? { description } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * The token endpoint was sent a made-up code with the client's credentials. A server authenticates the
 * client before it looks at the code (RFC 6749 §3.2.1), so `invalid_grant` means the credentials passed.
 */
export function readTokenAnswer({ status, body, system }: TokenAnswer): SettingsCheck {
  const { error, description } = oauthError(body);
  if (status >= 200 && status < 300) {
    return line(
      'client-secret',
      'fail',
      'The token endpoint issued tokens for a made-up code: this is not a trustworthy authorization server. Check the authorization server URL.',
    );
  }
  if (error === 'invalid_grant') {
    return line(
      'client-secret',
      'pass',
      'The token endpoint accepted the client ID and secret (and refused the test’s made-up sign-in code, as it should).',
    );
  }
  if (error !== undefined) {
    const diagnosis = diagnoseTokenRefusal({ grant: 'authorization_code', error, system });
    if (diagnosis) return line('client-secret', 'fail', `${diagnosis.cause} ${diagnosis.fix}`);
    const words = description ? `${error}: ${said(description)}` : error;
    return line(
      'client-secret',
      'fail',
      `The token endpoint refused the request (HTTP ${status}, ${said(words)}).`,
    );
  }
  if (status >= 500) {
    return line(
      'client-secret',
      'fail',
      `The token endpoint failed (HTTP ${status}). This is the server's trouble, not your settings: try again later.`,
    );
  }
  return line(
    'client-secret',
    'fail',
    `The token endpoint answered HTTP ${status} without an OAuth error. Check the authorization server URL.`,
  );
}

export interface ServiceAccountAnswer {
  status: number;
  contentType: string;
  body: string;
  profile: Profile;
  now: number;
}

/**
 * The client-credentials grant asked for real: a token for the profile's scope passes (the token itself is
 * dropped, never shown); a refusal is read by the credential doctor; a token for something else fails.
 */
export function readServiceAccountAnswer({
  status,
  contentType,
  body,
  profile,
  now,
}: ServiceAccountAnswer): SettingsCheck {
  if (status >= 500) {
    return line(
      'service-account',
      'fail',
      `The token endpoint failed (HTTP ${status}). This is the server's trouble, not your settings: try again later.`,
    );
  }
  try {
    const tokens = parseTokenResponse(status, contentType, body, now, (error) =>
      diagnoseTokenRefusal({ grant: 'client_credentials', error, system: profile.system }),
    );
    rememberSecret(tokens.accessToken);
    checkTokenIsForProfile(profile, tokens);
    const minutes = Math.max(1, Math.round((tokens.expiresAt - now) / 60_000));
    return line(
      'service-account',
      'pass',
      `The token endpoint issued a service-account token for "${said(tokens.scope ?? profile.scope)}", valid for ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  } catch (error) {
    const found = toProblem(error);
    const diagnosis = found.diagnosis;
    return line(
      'service-account',
      'fail',
      diagnosis ? `${diagnosis.cause} ${diagnosis.fix}` : said(found.message),
    );
  }
}
