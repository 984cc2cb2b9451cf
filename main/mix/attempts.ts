import type { Clock } from '../ports/clock';
import { throwIfAborted, type Sleep } from './cancellation';
import { rejectedSessionProblem, responseProblem, retriesExhaustedProblem } from './mix-errors';
import { RETRYABLE_STATUSES, backoffMs, retryAfterMs } from './retry-policy';

/** What one logical request went through, for the activity log. */
export interface AttemptRecord {
  retried: number;
  waitedForRenewal: boolean;
  status?: number;
  /** Tokens sent, so the log can make sure none of them shows up in a path. */
  tokens: Set<string>;
}

export function newAttemptRecord(): AttemptRecord {
  return { retried: 0, waitedForRenewal: false, tokens: new Set() };
}

export type AttemptAnswer<T> =
  | { ok: true; status: number; value: T }
  | { ok: false; status: number; retryAfter: unknown; contentType: string; body: string };

export interface AttemptContext {
  host: string;
  signal: AbortSignal | undefined;
  tokens: { current(): Promise<string>; renew(): Promise<string> };
  sleep: Sleep;
  random: () => number;
  clock: Clock;
  maxRetries: number;
  record: AttemptRecord;
}

/**
 * Sends until there is an answer to give: one renewal and retry on 401 (renewal is single-flight in the
 * session manager, so concurrent 401s share it), bounded retries with backoff on 429/502/503/504, and a
 * typed problem for anything else. `attempt` asks for the token itself, right before sending, so every
 * attempt carries the current one.
 */
export async function runAttempts<T>(
  context: AttemptContext,
  attempt: (token: () => Promise<string>) => Promise<AttemptAnswer<T>>,
): Promise<T> {
  const { host, signal, tokens, record } = context;
  let renewedToken: string | undefined;
  let renewed = false;
  let retries = 0;
  for (;;) {
    throwIfAborted(signal);
    const given = renewedToken;
    renewedToken = undefined;
    const answer = await attempt(async () => {
      const token = given ?? (await tokens.current());
      record.tokens.add(token);
      return token;
    });
    record.status = answer.status;
    if (answer.ok) return answer.value;
    if (answer.status === 401) {
      if (renewed) throw rejectedSessionProblem(host);
      renewed = true;
      record.waitedForRenewal = true;
      record.retried += 1;
      renewedToken = await tokens.renew();
      continue;
    }
    const last = responseProblem(answer.status, answer.contentType, answer.body, host);
    if (!RETRYABLE_STATUSES.has(answer.status)) throw last;
    if (retries >= context.maxRetries) throw retries > 0 ? retriesExhaustedProblem(last, retries + 1) : last;
    const wait = retryAfterMs(answer.retryAfter, context.clock.now()) ?? backoffMs(retries, context.random);
    retries += 1;
    record.retried += 1;
    await context.sleep(wait, signal);
  }
}
