import type { Profile } from '../../common/ipc-contract';
import { isLoopbackHostname, normaliseServerUrl } from '../../common/profile-validation';
import type { Clock } from '../ports/clock';
import type { HttpClientFactory } from '../ports/http';
import type { AuthRateLimiter } from './auth-rate-limiter';

/** What a sign-in response's `iss` (RFC 9207) is checked against, for one authorization server. */
export interface IssuerExpectation {
  /** The issuer the server's own metadata names (RFC 8414 / OpenID Discovery); compared exactly. */
  issuer?: string;
  /** The metadata says every authorization response carries `iss`: one without it is refused. */
  issParameterSupported: boolean;
  /** The metadata requests this expectation came from, for the sign-in timeline. */
  lookups?: MetadataLookup[];
}

/** One metadata request of a discovery: when it went out, where, and what came of it. */
export interface MetadataLookup {
  at: number;
  url: string;
  status?: number;
  outcome: string;
}

export interface IssuerDiscovery {
  /** Never rejects and never waits long: without usable metadata the expectation is empty. */
  expect(profile: Profile): Promise<IssuerExpectation>;
}

/** The metadata documents an authorization server may serve at its origin, in the order they are tried. */
export const METADATA_PATHS = [
  '/.well-known/oauth-authorization-server',
  '/.well-known/openid-configuration',
];
/** All metadata requests of one discovery together: a sign-in never waits longer than this for them. */
export const DISCOVERY_BUDGET_MS = 3_000;
/** A metadata document is a few kilobytes; anything bigger is not one. */
const MAX_METADATA_BYTES = 64 * 1024;
/** Metadata found is kept for a day; a server that had none is asked again after ten minutes. */
const FOUND_TTL_MS = 24 * 60 * 60_000;
const MISSING_TTL_MS = 10 * 60_000;
const MAX_CACHED_SERVERS = 32;

const NOTHING: IssuerExpectation = { issParameterSupported: false };

/**
 * The issuer named by a metadata document, if the document belongs to the server it was fetched from:
 * RFC 8414 §3.3 — an `issuer` of another origin is refused, or a malicious server among the profiles
 * could claim a real server's issuer as its own and the `iss` check would let the real server's code in.
 */
export function issuerFromMetadata(body: unknown, authServerOrigin: string): IssuerExpectation | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const metadata = body as Record<string, unknown>;
  const issuer = metadata.issuer;
  if (typeof issuer !== 'string' || issuer === '') return undefined;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return undefined;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHostname(url.hostname));
  if (!secure || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return undefined;
  }
  if (url.origin !== authServerOrigin) return undefined;
  return {
    issuer,
    issParameterSupported: metadata.authorization_response_iss_parameter_supported === true,
  };
}

/**
 * Finds each authorization server's issuer from its metadata, once, without delaying or breaking a sign-in:
 * it starts when the attempt starts (while the user logs in), has a few seconds in all, and any failure
 * (no metadata, a 404, an HTML page, a timeout, a foreign issuer) quietly means "no metadata", after which
 * `iss` is compared by origin (issuer-check.ts).
 */
export function createIssuerDiscovery(
  http: HttpClientFactory,
  clock: Clock,
  {
    budgetMs = DISCOVERY_BUDGET_MS,
    limiter,
  }: {
    budgetMs?: number;
    /** Metadata is optional: with no request to spare (auth-rate-limiter.ts) it is done without. */
    limiter?: AuthRateLimiter;
  } = {},
): IssuerDiscovery {
  const cache = new Map<string, { expectation: Promise<IssuerExpectation>; until: number }>();

  async function fetchMetadata(profile: Profile, origin: string): Promise<IssuerExpectation> {
    const deadline = clock.now() + budgetMs;
    const lookups: MetadataLookup[] = [];
    for (const path of METADATA_PATHS) {
      const remaining = deadline - clock.now();
      if (remaining <= 0) break;
      const url = `${origin}${path}`;
      const at = clock.now();
      if (limiter && !limiter.tryTake(url, 'metadata discovery')) {
        lookups.push({ at, url, outcome: 'not sent: no request to spare (rate limiter)' });
        break;
      }
      try {
        const response = await http(profile).get<unknown>(url, {
          headers: { Accept: 'application/json' },
          timeout: remaining,
          maxRedirects: 0,
          maxContentLength: MAX_METADATA_BYTES,
          responseType: 'text',
          transformResponse: (data: unknown) => data,
          validateStatus: () => true,
        });
        const lookup: MetadataLookup = { at, url, status: response.status, outcome: 'no metadata' };
        lookups.push(lookup);
        if (response.status !== 200 || typeof response.data !== 'string') continue;
        lookup.outcome = 'no usable issuer';
        const found = issuerFromMetadata(JSON.parse(response.data), origin);
        if (found) {
          lookup.outcome = 'issuer named';
          return { ...found, lookups };
        }
      } catch {
        // Unreachable, too slow, too big or not JSON: try the other document, then do without.
        if (lookups.at(-1)?.at !== at) lookups.push({ at, url, outcome: 'no answer' });
      }
    }
    return { ...NOTHING, lookups };
  }

  return {
    expect(profile) {
      const origin = normaliseServerUrl(profile.authServerUrl);
      const now = clock.now();
      const cached = cache.get(origin);
      if (cached && cached.until > now) return cached.expectation;
      const expectation = fetchMetadata(profile, origin).catch(() => NOTHING);
      const entry = { expectation, until: now + FOUND_TTL_MS };
      cache.delete(origin);
      cache.set(origin, entry);
      while (cache.size > MAX_CACHED_SERVERS) cache.delete(cache.keys().next().value as string);
      void expectation.then((found) => {
        if (found.issuer === undefined && cache.get(origin) === entry)
          entry.until = clock.now() + MISSING_TTL_MS;
      });
      return expectation;
    },
  };
}
