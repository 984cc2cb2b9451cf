import { isAxiosError } from 'axios';
import type { ProblemError } from '../problem';
import { problem } from '../problem';

/** Node error codes (axios on Node) and Chromium net errors (axios on Electron's fetch) by kind. */
const TIMEOUT = /ECONNABORTED|ETIMEDOUT|ERR_TIMED_OUT|ERR_CONNECTION_TIMED_OUT/;
const NOT_FOUND = /ENOTFOUND|EAI_AGAIN|ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED/;
const REFUSED = /ECONNREFUSED|ERR_CONNECTION_REFUSED/;
const TLS = /CERT|SSL|TLS|ERR_CERT|SELF_SIGNED|UNABLE_TO_VERIFY/;

function describe(error: unknown): string {
  if (!isAxiosError(error)) return '';
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const causeCode = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : '';
  // Codes and net::ERR names only: messages can carry a full URL, and we show just the host.
  const netError = /net::ERR_[A-Z_]+/.exec(`${error.message} ${cause?.message ?? ''}`)?.[0] ?? '';
  return [error.code ?? '', causeCode, netError].filter(Boolean).join(' ');
}

/** A request that got no HTTP answer at all (offline, DNS, refused, timeout, TLS), named by host. */
export function networkProblem(error: unknown, url: string, timeoutSeconds: number): ProblemError {
  const host = new URL(url).host;
  const kind = describe(error);
  const extra = { host, actions: ['retry' as const], ...(kind ? { detail: kind } : {}) };
  if (TIMEOUT.test(kind)) {
    return problem('network', `${host} did not answer within ${timeoutSeconds} seconds.`, extra);
  }
  if (NOT_FOUND.test(kind)) {
    return problem(
      'network',
      `Mix Explorer could not find ${host}. Check the server URL and your connection.`,
      extra,
    );
  }
  if (REFUSED.test(kind)) {
    return problem('network', `${host} refused the connection. Check the server URL and port.`, extra);
  }
  if (TLS.test(kind)) {
    return problem('network', `The secure connection to ${host} failed (certificate or TLS problem).`, extra);
  }
  return problem('network', `Mix Explorer could not reach ${host}. Check your connection.`, extra);
}
