/** Answers worth sending again after a pause: rate limiting and gateway hiccups. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** A server may ask for any pause; the user should not stare at a spinner for longer than this. */
export const MAX_RETRY_DELAY_MS = 30_000;
export const BASE_RETRY_DELAY_MS = 500;

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date, capped; undefined when absent or unreadable.
 */
export function retryAfterMs(header: unknown, now: number): number | undefined {
  const text = Array.isArray(header) ? header[0] : header;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const value = text.trim();
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    const date = Date.parse(value);
    if (Number.isNaN(date)) return undefined;
    ms = date - now;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_DELAY_MS);
}

/**
 * Exponential backoff with jitter: retry n (0-based) waits between half and all of 500 ms × 2ⁿ, so clients
 * that failed together do not come back together.
 */
export function backoffMs(retry: number, random: () => number): number {
  const ceiling = Math.min(BASE_RETRY_DELAY_MS * 2 ** retry, MAX_RETRY_DELAY_MS);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
