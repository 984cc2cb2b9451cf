import type { Problem } from '../../common/ipc-contract';

/**
 * The app's one redactor. Everything main writes or shows (log lines, problem messages and details,
 * events, activity entries, diagnostics) goes through `redact()` first.
 *
 * Two layers:
 * - patterns that need no knowledge: `Bearer`/`Basic` credentials, `Authorization` and cookie headers,
 *   OAuth parameters (`code=`, `client_secret=`, `refresh_token=`, …) in query strings and form bodies,
 *   also when the URL is itself percent-encoded (`code%3D…`), JSON fields, JWTs, and bare Base64 of a
 *   `user:password` pair (a Basic credential echoed without its scheme);
 * - the secrets main actually holds (client secrets, codes, verifiers, tokens), remembered as they come
 *   into being and removed wherever they appear: raw, percent- and form-encoded, JSON-escaped, inside
 *   Base64 at any alignment, and as the Basic credential of their client.
 */

export const REDACTED = '[redacted]';

/** Shorter values could be ordinary words; every real secret, code and token is far longer. */
export const MIN_SECRET_LENGTH = 8;
/** Remembered secrets, newest kept: a session renews every 15 minutes, so this covers many hours. */
const DEFAULT_CAPACITY = 64;
/** Matchers of per-call `secrets` lists kept: one per token in use (a few profiles, a renewal overlapping). */
const EXTRA_MATCHERS = 8;

/** Parameters whose value is a credential wherever they appear as `name=value`. */
const PARAMETERS =
  'code|access_token|refresh_token|id_token|client_secret|code_verifier|password|state|token|assertion|client_assertion|device_code|subject_token|actor_token|api_key|apikey';
/** A value runs to the next `&` (raw or `%26`), space, quote or angle bracket. */
const VALUE = String.raw`(?:[^&\s"'<>%]|%(?!26)[0-9A-Fa-f]{2}|%(?![0-9A-Fa-f]{2}))+`;
/** Names of JSON fields holding secrets, in the spellings servers and our own types use. */
const JSON_FIELDS =
  'access_token|refresh_token|id_token|client_secret|code|code_verifier|password|accessToken|refreshToken|idToken|clientSecret|codeVerifier|authorization|Authorization|cookie|Cookie';

const PATTERNS: readonly [RegExp, string][] = [
  // JWTs first: they can appear anywhere, with or without a scheme in front.
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
  [/\b(Bearer|Basic)(\s+|%20|\+)[A-Za-z0-9._~+/=%-]+/gi, `$1$2${REDACTED}`],
  // A header line whose scheme is not one of the above; `Bearer [redacted]` is already safe and stays readable.
  [
    /\b(authorization|proxy-authorization)(\s*[:=]\s*)(?!\s|(?:\w+\s+)?\[redacted\])[^\n,;"]+/gi,
    `$1$2${REDACTED}`,
  ],
  // A name starts a word, or follows a percent escape (`%3Fcode%3D…` in a URL that is itself encoded).
  [
    new RegExp(
      String.raw`(?:\b|(?<=%[0-9A-Fa-f]{2})|(?<=%25[0-9A-Fa-f]{2}))(${PARAMETERS})(=|%3D|%253D)${VALUE}`,
      'gi',
    ),
    `$1$2${REDACTED}`,
  ],
  [new RegExp(String.raw`("(?:${JSON_FIELDS})"\s*:\s*)"(?:[^"\\]|\\.)*"`, 'g'), `$1"${REDACTED}"`],
  // The same inside a JSON string that was itself JSON-encoded (an error body quoted in a message).
  [
    new RegExp(String.raw`(\\"(?:${JSON_FIELDS})\\"\s*:\s*)\\"(?:[^"\\]|\\[^"])*\\"`, 'g'),
    `$1\\"${REDACTED}\\"`,
  ],
  [
    /\b(client_secret|refresh_token|access_token|code_verifier|password)(\s*:\s*)(?!\s|"|\[redacted\])\S+/gi,
    `$1$2${REDACTED}`,
  ],
  [/\b(cookie|set-cookie)(\s*[:=]\s*)[^\n]+/gi, `$1$2${REDACTED}`],
];

/** Base64 runs long enough to hide a `client_id:secret` pair. */
const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/g;
const PRINTABLE_PAIR = /^[\x20-\x7e]*[^\s:][\x20-\x7e]*:[\x20-\x7e]*[^\s:][\x20-\x7e]*$/;

/** A Basic credential without its scheme: Base64 whose text is a printable `user:password`. */
function redactBase64Pairs(text: string): string {
  return text.replace(BASE64_RUN, (run) => {
    if (run.replace(/=+$/, '').length % 4 === 1) return run;
    const decoded = Buffer.from(run, 'base64').toString('latin1');
    return PRINTABLE_PAIR.test(decoded) ? REDACTED : run;
  });
}

/** application/x-www-form-urlencoded form of a value, as token requests send it. */
function formEncoded(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

/**
 * The part of `base64(prefix + value)` that depends only on `value`, for each of the three alignments
 * a value can have inside a longer Base64 text (standard and URL-safe alphabets).
 */
function base64Slices(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const slices: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const start = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    const slice = encoded.slice(start, end);
    if (slice.length >= MIN_SECRET_LENGTH) {
      slices.push(slice, slice.replaceAll('+', '-').replaceAll('/', '_'));
    }
  }
  return slices;
}

/** Every form in which a secret we sent or received could come back in text. */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const forms = new Set<string>([
    secret,
    encodeURIComponent(secret),
    formEncoded(secret),
    encodeURIComponent(encodeURIComponent(secret)),
    JSON.stringify(secret).slice(1, -1),
    ...base64Slices(secret),
  ]);
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

/** The HTTP Basic credentials a client with this ID and secret sends (RFC 6749 §2.3.1, and the raw form). */
export function basicCredentialForms(clientId: string, secret: string): string[] {
  const pairs = [`${formEncoded(clientId)}:${formEncoded(secret)}`, `${clientId}:${secret}`];
  return [...new Set(pairs)].flatMap((pair) => [pair, Buffer.from(pair, 'utf8').toString('base64')]);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation, longest form first, so a longer form is replaced before a shorter one inside it. */
function matcherFor(forms: Iterable<string>): RegExp | undefined {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return sorted.length === 0 ? undefined : new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
}

export interface RedactOptions {
  /** Secrets to remove from this text only (besides the remembered ones). */
  secrets?: Iterable<string | undefined>;
}

export interface Redactor {
  redact(text: string, options?: RedactOptions): string;
  /** A secret main now holds or has sent (client secret, code, verifier, token); undefined is ignored. */
  remember(secret: string | undefined): void;
  /** A client's ID and secret: the secret, and the Basic credential they make together. */
  rememberClient(clientId: string, secret: string | undefined): void;
}

export function createRedactor(options: { capacity?: number } = {}): Redactor {
  const capacity = Math.max(1, options.capacity ?? DEFAULT_CAPACITY);
  /** Secret → its forms, oldest first (a Map keeps insertion order). */
  const known = new Map<string, string[]>();
  let matcher: RegExp | undefined;
  let stale = false;

  const add = (key: string, forms: string[]): void => {
    if (forms.length === 0) return;
    known.delete(key);
    known.set(key, forms);
    while (known.size > capacity) known.delete(known.keys().next().value as string);
    stale = true;
  };

  /**
   * The matchers of the last few `secrets` lists: every Mix.api read redacts its path with the token it
   * sent, and building the forms of a token and compiling their expression cost more than the read's own
   * work. At most EXTRA_MATCHERS lists, the oldest dropped first, and only in memory.
   */
  const extras = new Map<string, RegExp | undefined>();
  const extraMatcher = (secrets: string[]): RegExp | undefined => {
    const key = JSON.stringify(secrets);
    if (extras.has(key)) return extras.get(key);
    const made = matcherFor(secrets.flatMap(secretForms));
    extras.set(key, made);
    while (extras.size > EXTRA_MATCHERS) extras.delete(extras.keys().next().value as string);
    return made;
  };

  const current = (): RegExp | undefined => {
    if (stale) {
      matcher = matcherFor([...known.values()].flat());
      stale = false;
    }
    return matcher;
  };

  return {
    redact(text, { secrets } = {}) {
      let result = text;
      const remembered = current();
      if (remembered) result = result.replace(remembered, REDACTED);
      if (secrets) {
        const extra = extraMatcher([...secrets].filter((secret) => secret !== undefined));
        if (extra) result = result.replace(extra, REDACTED);
      }
      result = PATTERNS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), result);
      return redactBase64Pairs(result);
    },
    remember(secret) {
      if (secret !== undefined) add(secret, secretForms(secret));
    },
    rememberClient(clientId, secret) {
      if (secret === undefined || secret === '') return;
      add(secret, secretForms(secret));
      add(`basic:${clientId}:${secret}`, basicCredentialForms(clientId, secret).flatMap(secretForms));
    },
  };
}

/** The redactor main uses everywhere. */
export const redactor: Redactor = createRedactor();

export function redact(text: string, options?: RedactOptions): string {
  return redactor.redact(text, options);
}

export function rememberSecret(secret: string | undefined): void {
  redactor.remember(secret);
}

export function rememberClientSecret(clientId: string, secret: string | undefined): void {
  redactor.rememberClient(clientId, secret);
}

/** A problem with every text field redacted (message, detail, field messages, diagnosis, sign-in timeline). */
export function redactProblem(problem: Problem, options?: RedactOptions): Problem {
  const text = (value: string) => redact(value, options);
  return {
    ...problem,
    message: text(problem.message),
    ...(problem.detail !== undefined && { detail: text(problem.detail) }),
    ...(problem.fields !== undefined && {
      fields: Object.fromEntries(Object.entries(problem.fields).map(([key, value]) => [key, text(value)])),
    }),
    ...(problem.diagnosis !== undefined && { diagnosis: redactDeep(problem.diagnosis) }),
    ...(problem.timeline !== undefined && { timeline: redactDeep(problem.timeline) }),
  };
}

/** Deepest nesting redacted; deeper values are dropped rather than passed on unchecked. */
const MAX_DEPTH = 16;

/**
 * Every string inside a value (an event payload) redacted; objects and arrays are copied, so the caller's
 * value is left as it was. Keys are kept: they are ours, not the server's.
 */
export function redactDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return redact(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return undefined as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item, depth + 1)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = redactDeep(item, depth + 1);
  return copy as T;
}
