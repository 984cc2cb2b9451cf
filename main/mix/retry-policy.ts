/** Answers worth sending again after a pause: rate limiting and gateway hiccups. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Our own backoff never pauses longer than this between two tries. */
export const MAX_RETRY_DELAY_MS = 30_000;
export const BASE_RETRY_DELAY_MS = 500;
/** All the pauses of one read together (Retry-After or backoff): a person should not wait longer. */
export const MAX_TOTAL_RETRY_WAIT_MS = 60_000;
/** Longer than any read would wait: keeps the arithmetic finite whatever a server says. */
const MAX_READ_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** RFC 9110 §5.6.7: every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with a day name. */
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/;

/**
 * `Retry-After` in milliseconds: delta-seconds, or an HTTP date in the future. Undefined when absent or
 * anything else (negative numbers, junk, a date in the past), so the caller's own backoff applies.
 */
export function retryAfterMs(header: unknown, now: number): number | undefined {
  const text = Array.isArray(header) ? header[0] : header;
  if (typeof text !== 'string') return undefined;
  const value = text.trim();
  let ms: number;
  if (/^\d{1,10}$/.test(value)) ms = Number(value) * 1000;
  else if (HTTP_DATE.test(value)) {
    const date = Date.parse(value);
    if (Number.isNaN(date) || date <= now) return undefined;
    ms = date - now;
  } else return undefined;
  return Math.min(ms, MAX_READ_RETRY_AFTER_MS);
}

/**
 * Exponential backoff with jitter: retry n (0-based) waits between half and all of 500 ms × 2ⁿ, so clients
 * that failed together do not come back together.
 */
export function backoffMs(retry: number, random: () => number): number {
  const ceiling = Math.min(BASE_RETRY_DELAY_MS * 2 ** retry, MAX_RETRY_DELAY_MS);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
