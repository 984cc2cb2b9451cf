import type { Problem } from '../../common/ipc-contract';
import type { Clock } from '../ports/clock';
import { ProblemError } from '../problem';
import { throwIfAborted, type Sleep } from './cancellation';
import {
  rejectedSessionProblem,
  responseProblem,
  retriesExhaustedProblem,
  waitTooLongProblem,
} from './mix-errors';
import { MAX_TOTAL_RETRY_WAIT_MS, RETRYABLE_STATUSES, backoffMs, retryAfterMs } from './retry-policy';

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

/** A read's view of its profile's session (the Mix sessions, bound to one profile and the read's signal). */
export interface AttemptTokens {
  current(): Promise<string>;
  /** Mix.api answered 401 to `rejectedToken`: a token to retry with (one renewal per token generation). */
  renew(rejectedToken: string): Promise<string>;
  /** Mix.api refused a token fresh from renewal: the session decides whether it is over. */
  rejected(token: string, reason: Problem): void;
  /** Mix.api accepted `token`: a later 401 for it is a revocation to renew after, not a refused sign-in. */
  worked(token: string): void;
  hasWorked(token: string): boolean;
}

/** 401s one read accepts before giving up, whatever the tokens it was handed. */
export const MAX_UNAUTHORIZED_PER_READ = 3;

export interface AttemptContext {
  host: string;
  signal: AbortSignal | undefined;
  tokens: AttemptTokens;
  sleep: Sleep;
  random: () => number;
  clock: Clock;
  maxRetries: number;
  /** All the pauses between retries of this read together; defaults to MAX_TOTAL_RETRY_WAIT_MS. */
  maxRetryWaitMs?: number;
  record: AttemptRecord;
}

/**
 * Sends until there is an answer to give: on 401, a retry with the token of the session's one renewal for
 * that token's generation (a 401 for an older token retries with the current one); a token fresh from
 * renewal refused before Mix.api ever accepted it ends the session (the Mix sessions decide, so every caller
 * gets it), while one it accepted and later refused is renewed like any revoked token; bounded retries
 * with backoff on 429/502/503/504, and a typed problem for anything else. `attempt` asks for the token
 * itself, right before sending, so every attempt carries the current one.
 */
export async function runAttempts<T>(
  context: AttemptContext,
  attempt: (token: () => Promise<string>) => Promise<AttemptAnswer<T>>,
): Promise<T> {
  const { host, signal, tokens, record } = context;
  let nextToken: string | undefined;
  let fromRenewal: string | undefined;
  let unauthorized = 0;
  let retries = 0;
  let waited = 0;
  const waitBudget = context.maxRetryWaitMs ?? MAX_TOTAL_RETRY_WAIT_MS;
  for (;;) {
    throwIfAborted(signal);
    const given = nextToken;
    nextToken = undefined;
    let sent: string | undefined;
    const answer = await attempt(async () => {
      const token = given ?? (await tokens.current());
      record.tokens.add(token);
      sent = token;
      return token;
    });
    record.status = answer.status;
    if (answer.ok) {
      if (sent !== undefined) tokens.worked(sent);
      return answer.value;
    }
    if (answer.status === 401 && sent !== undefined) {
      unauthorized += 1;
      const refused = rejectedSessionProblem(host);
      if (unauthorized > MAX_UNAUTHORIZED_PER_READ) throw refused;
      record.waitedForRenewal = true;
      record.retried += 1;
      // Refused before Mix.api ever accepted it: renewing again would only loop. Accepted before: renew.
      if (sent === fromRenewal && !tokens.hasWorked(sent)) {
        tokens.rejected(sent, refused.problem);
        // The session ended (current() says so) or a newer token exists: one more try with it.
        nextToken = await tokens.current().catch((error: unknown) => {
          throw error instanceof ProblemError && error.problem.code === 'session-expired' ? refused : error;
        });
        if (nextToken === sent) throw refused;
      } else {
        nextToken = await tokens.renew(sent);
        fromRenewal = nextToken;
      }
      continue;
    }
    const last = responseProblem(answer.status, answer.contentType, answer.body, host);
    if (!RETRYABLE_STATUSES.has(answer.status)) throw last;
    if (retries >= context.maxRetries) throw retries > 0 ? retriesExhaustedProblem(last, retries + 1) : last;
    const asked = retryAfterMs(answer.retryAfter, context.clock.now());
    const wait = asked ?? backoffMs(retries, context.random);
    // A pause that would take the read past its budget is not started: the user hears now, not in a minute.
    if (waited + wait > waitBudget) throw waitTooLongProblem(last, asked, retries + 1);
    waited += wait;
    retries += 1;
    record.retried += 1;
    await context.sleep(wait, signal);
  }
}
