import type { Diagnosis, HelpLink, SystemPreset } from '../../common/ipc-contract';

/**
 * The credential doctor: plain functions that turn the common sign-in failures into a cause and a fix a
 * person can act on. They read only facts the app already has (the OAuth error code, the URL the sign-in
 * window was sent to, a Chromium net error, the server's clock) and never repeat a secret or a query value.
 */

/** Where the Mix dashboard lives per system (mix-api.md §2); EU and Australia are not known yet. */
const DASHBOARDS: Partial<Record<SystemPreset, string>> = {
  us: 'https://mix.nuance.com/v3/',
  uk: 'https://mix.nuance.co.uk/',
};

const SERVICE_CREDENTIALS_DOCS =
  'https://docs.nuance.com/mix/apis/mix-api/authorization/authorization_client_credentials/';

/** The Mix dashboard of the profile's system (when known) and the page explaining Mix.api service credentials. */
export function credentialHelpLinks(system: SystemPreset): HelpLink[] {
  const dashboard = DASHBOARDS[system];
  return [
    ...(dashboard ? [{ label: 'Open the Mix dashboard', url: dashboard }] : []),
    { label: 'How to generate Mix.api service credentials', url: SERVICE_CREDENTIALS_DOCS },
  ];
}

export type TokenGrant = 'authorization_code' | 'refresh_token' | 'client_credentials';

export interface TokenRefusal {
  grant: TokenGrant;
  /** The RFC 6749 §5.2 `error` the token endpoint sent. */
  error: string;
  system: SystemPreset;
  /** Server clock minus ours (from the answer's Date header), when the answer had one. */
  clockSkewMs?: number;
}

/** Clocks further apart than this make a code look expired or not yet valid to a strict server. */
export const CLOCK_SKEW_LIMIT_MS = 60_000;

function describeSkew(skewMs: number): string {
  const seconds = Math.round(Math.abs(skewMs) / 1000);
  const amount =
    seconds >= 2 * 86_400
      ? `about ${Math.round(seconds / 86_400)} days`
      : seconds >= 2 * 3600
        ? `about ${Math.round(seconds / 3600)} hours`
        : seconds >= 120
          ? `about ${Math.round(seconds / 60)} minutes`
          : `${seconds} seconds`;
  return `${amount} ${skewMs > 0 ? 'behind' : 'ahead of'}`;
}

/** A diagnosis for a refusal of the token endpoint, or undefined when the doctor has nothing to add. */
export function diagnoseTokenRefusal(refusal: TokenRefusal): Diagnosis | undefined {
  const { grant, error, system } = refusal;
  if (error === 'invalid_client' || error === 'unauthorized_client') {
    return {
      kind: 'client-rejected',
      cause:
        `Mix did not accept this client ID and secret (${error}). These look like the profile’s default ` +
        'credentials, or client credentials are not enabled for them.',
      fix: 'Generate Mix.api service credentials in Mix → Profile, then paste that client ID and secret into this profile’s settings.',
      otherCauses: [
        'The client secret was regenerated in Mix or pasted with a typo or a space.',
        'The client ID belongs to another Mix system than the one this profile signs in to.',
        'The token endpoint expects another client authentication (Settings → Client authentication; Mix documents HTTP Basic).',
      ],
      links: credentialHelpLinks(system),
    };
  }
  if (error !== 'invalid_grant') return undefined;
  if (grant === 'refresh_token') {
    return {
      kind: 'refresh-rejected',
      cause: 'Mix no longer accepts the session’s renewal (it expired or was revoked).',
      fix: 'Sign in again.',
    };
  }
  if (grant !== 'authorization_code') return undefined;
  const skew = refusal.clockSkewMs;
  const clockOff = skew !== undefined && Math.abs(skew) > CLOCK_SKEW_LIMIT_MS;
  const redirectCause =
    'The redirect URL sent with the code differs from the one in the authorize request (was the profile’s redirect URL changed during the sign-in?).';
  const replayCause = 'The code was used twice: another app or an earlier attempt already exchanged it.';
  const clockCause = 'This computer’s clock is off, so the code looked expired to Mix.';
  if (clockOff) {
    return {
      kind: 'code-rejected',
      cause: `Mix refused the sign-in code (invalid_grant). This computer’s clock is ${describeSkew(skew)} Mix’s, so the code looked expired.`,
      fix: 'Set the computer’s clock right (turn on automatic date and time), then sign in again.',
      otherCauses: [redirectCause, replayCause],
    };
  }
  return {
    kind: 'code-rejected',
    cause: 'Mix refused the sign-in code (invalid_grant).',
    fix: 'Sign in again. If it happens again, make sure the profile’s redirect URL is exactly the one registered in Mix and that the computer’s clock is right.',
    otherCauses: [redirectCause, replayCause, clockCause],
  };
}

/** Server clock minus ours, from an HTTP Date header; undefined when there is none or it is unreadable. */
export function clockSkewFromDate(dateHeader: unknown, now: number): number | undefined {
  if (typeof dateHeader !== 'string' || dateHeader.trim() === '') return undefined;
  const server = Date.parse(dateHeader);
  return Number.isFinite(server) ? server - now : undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function portOf(url: URL): string {
  if (url.port !== '') return url.port;
  return url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '';
}

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** `scheme://host:port/path` of a URL: what may be shown of it (the query carries the code and state). */
export function urlWithoutQuery(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * How a URL the sign-in window was sent to differs from the profile's redirect URL, when it is clearly
 * meant to be it: it carries an authorization response (`code` or `error`) and differs only in scheme, a
 * loopback host spelled differently (`localhost`, `127.0.0.1`, `[::1]`), port, or path (a trailing slash, or
 * the path alone). Undefined for an exact match and for any other URL.
 */
export function redirectDifferences(actual: string, registered: string): string[] | undefined {
  const a = parse(actual);
  const b = parse(registered);
  if (a === undefined || b === undefined) return undefined;
  if (!a.searchParams.has('code') && !a.searchParams.has('error')) return undefined;
  const differences: string[] = [];
  const scheme = (url: URL) => url.protocol.replace(/:$/, '');
  if (a.protocol !== b.protocol) differences.push(`the scheme is ${scheme(a)} instead of ${scheme(b)}`);
  if (a.hostname !== b.hostname) {
    if (!LOOPBACK_HOSTS.has(a.hostname) || !LOOPBACK_HOSTS.has(b.hostname)) return undefined;
    differences.push(`the host is ${a.hostname} instead of ${b.hostname}`);
  }
  if (portOf(a) !== portOf(b)) differences.push(`the port is ${portOf(a)} instead of ${portOf(b)}`);
  if (a.pathname !== b.pathname) {
    if (withoutTrailingSlash(a.pathname) === withoutTrailingSlash(b.pathname)) {
      differences.push(
        a.pathname.endsWith('/')
          ? 'the path ends with a slash that the profile’s does not have'
          : 'the path lacks the trailing slash the profile’s has',
      );
    } else if (differences.length === 0) {
      differences.push(`the path is ${a.pathname} instead of ${b.pathname}`);
    } else {
      return undefined;
    }
  }
  return differences.length === 0 ? undefined : differences;
}

/** A diagnosis for a sign-in sent to a near miss of the profile's redirect URL; undefined otherwise. */
export function diagnoseRedirectNearMiss(actual: string, registered: string): Diagnosis | undefined {
  const differences = redirectDifferences(actual, registered);
  const sentTo = parse(actual);
  if (differences === undefined || sentTo === undefined) return undefined;
  const shown = urlWithoutQuery(sentTo);
  const list = differences.join(', ');
  return {
    kind: 'redirect-near-miss',
    cause: `Mix sent the sign-in to ${shown}, which is not this profile’s redirect URL ${registered}: ${list}.`,
    fix: `Redirect URLs must match the Mix registration character for character. Set the profile’s redirect URL to ${shown}, or register ${registered} in the Mix dashboard.`,
  };
}

/** Why a sign-in page could not be shown, from Chromium's net error (name or number). */
export type LoadFailureKind =
  'tls' | 'proxy' | 'blocked' | 'dns' | 'offline' | 'refused' | 'timeout' | 'other';

/** Chromium net error numbers (net/base/net_error_list.h) for when the description carries no name. */
const NET_ERROR_KINDS: ReadonlyArray<[number, LoadFailureKind]> = [
  [-7, 'timeout'],
  [-118, 'timeout'],
  [-105, 'dns'],
  [-137, 'dns'],
  [-106, 'offline'],
  [-102, 'refused'],
  [-111, 'proxy'],
  [-115, 'proxy'],
  [-127, 'proxy'],
  [-130, 'proxy'],
  [-131, 'proxy'],
  [-136, 'proxy'],
  [-20, 'blocked'],
  [-22, 'blocked'],
  [-27, 'blocked'],
  [-30, 'blocked'],
  [-107, 'tls'],
  [-113, 'tls'],
];

export function classifyLoadFailure(errorCode: number, description: string): LoadFailureKind {
  const name = /ERR_[A-Z0-9_]+/.exec(description)?.[0] ?? '';
  if (/PROXY|TUNNEL/.test(name)) return 'proxy';
  if (/CERT|SSL|TLS/.test(name)) return 'tls';
  if (/BLOCKED/.test(name)) return 'blocked';
  if (/NAME_NOT_RESOLVED|NAME_RESOLUTION/.test(name)) return 'dns';
  if (/INTERNET_DISCONNECTED/.test(name)) return 'offline';
  if (/CONNECTION_REFUSED/.test(name)) return 'refused';
  if (/TIMED_OUT/.test(name)) return 'timeout';
  if (errorCode <= -200 && errorCode > -300) return 'tls';
  return NET_ERROR_KINDS.find(([code]) => code === errorCode)?.[1] ?? 'other';
}

const LOAD_FAILURE_CAUSES: Record<LoadFailureKind, (host: string) => string> = {
  tls: (host) =>
    `The secure connection to ${host} failed: its certificate was not trusted. A company proxy that inspects TLS often causes this.`,
  proxy: (host) => `The proxy between this computer and ${host} refused or failed the connection.`,
  blocked: (host) =>
    `The page from ${host} refused to be shown inside the app (blocked frame or embedded-browser policy).`,
  dns: (host) => `This computer could not find ${host} (the name did not resolve).`,
  offline: () => 'This computer is offline.',
  refused: (host) => `${host} refused the connection.`,
  timeout: (host) => `${host} did not answer in time.`,
  other: (host) => `The sign-in page from ${host} did not load.`,
};

const SYSTEM_BROWSER_FIX =
  'Sign in with the system browser instead: it uses your computer’s certificates, proxy settings and password manager.';

/** The sign-in window failed to load a page of the authorization service. */
export function diagnoseLoadFailure(host: string, errorCode: number, description: string): Diagnosis {
  const kind = classifyLoadFailure(errorCode, description);
  const fix =
    kind === 'dns' || kind === 'offline'
      ? `Check the connection and the profile’s authorization server URL (${host}). ${SYSTEM_BROWSER_FIX}`
      : SYSTEM_BROWSER_FIX;
  return { kind: 'login-unreachable', cause: LOAD_FAILURE_CAUSES[kind](host), fix };
}

/**
 * The sign-in window never got to the redirect: name where it stood. `lastHost` is the host of the last
 * page that finished loading (undefined when none did, e.g. a proxy that never answers).
 */
export function diagnoseStalledSignIn(authorizeHost: string, lastHost: string | undefined): Diagnosis {
  const cause =
    lastHost === undefined
      ? `The sign-in page from ${authorizeHost} never finished loading.`
      : lastHost === authorizeHost
        ? `The sign-in window stayed on ${lastHost} and never came back with a sign-in.`
        : `The sign-in window stopped at ${lastHost} (reached from ${authorizeHost}) and never came back with a sign-in.`;
  return {
    kind: 'login-unreachable',
    cause,
    fix: `${SYSTEM_BROWSER_FIX} If the login page did show, sign in a little faster or try again.`,
    otherCauses: [
      'An identity provider that blocks embedded browsers (single sign-on, passkeys, conditional access).',
      'A proxy or TLS-inspection page in front of the Mix login.',
    ],
  };
}
