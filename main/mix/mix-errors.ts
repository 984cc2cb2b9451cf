import type { ProblemAction, ProblemCode } from '../../common/ipc-contract';
import { grpcCodeOf, mixErrorMessage } from '../../common/mix-models';
import { isRecord } from '../../common/tolerant-reader';
import { toPlainText } from '../auth/plain-text';
import { problem, type ProblemError } from '../problem';

export type JsonObject = Record<string, unknown>;

/** The body as a JSON object, or undefined for anything else (HTML, text, arrays, junk). */
export function parseJsonObject(body: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function looksLikeHtml(contentType: string, body: string): boolean {
  return /\bhtml\b/i.test(contentType) || /^\s*</.test(body);
}

/** Mix's own words, as plain text: grpc-gateway `{code, message, details}`, a bare `{message}`, or `{error}`. */
function mixMessage(json: JsonObject | undefined): string | undefined {
  const text = mixErrorMessage(json);
  return (text && toPlainText(text)) || undefined;
}

function codeFor(status: number): ProblemCode {
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  return 'http';
}

function fallbackMessage(status: number): string {
  if (status === 403) return `Mix refused access to this resource (HTTP ${status}).`;
  if (status === 404) return `Mix could not find this resource (HTTP ${status}).`;
  if (status === 409)
    return `Mix.api reported a conflict with the current state of this resource (HTTP ${status}).`;
  if (status === 429)
    return `Mix.api is receiving too many requests (HTTP ${status}). Try again in a moment.`;
  if (status >= 300 && status < 400) {
    return `Mix.api answered with a redirect (HTTP ${status}). Check the Mix.api URL in the profile settings.`;
  }
  if (status >= 500) return `Mix.api had a problem answering (HTTP ${status}). Try again in a moment.`;
  return `Mix.api refused the request (HTTP ${status}).`;
}

function actionsFor(status: number): ProblemAction[] | undefined {
  if (status >= 500 || status === 429) return ['retry'];
  if (status >= 300 && status < 400) return ['open-settings'];
  return undefined;
}

/** A non-2xx answer, phrased for a person; tolerant of any body. */
export function responseProblem(
  status: number,
  contentType: string,
  body: string,
  host: string,
): ProblemError {
  const json = parseJsonObject(body);
  const actions = actionsFor(status);
  const extra = { status, host, ...(actions ? { actions } : {}) };
  const message = mixMessage(json);
  if (message) {
    const code = grpcCodeOf(json);
    const grpcCode = code === undefined ? '' : ` (gRPC code ${code})`;
    return problem(codeFor(status), message, { ...extra, detail: `HTTP ${status} from ${host}${grpcCode}.` });
  }
  if (!json && body.trim() !== '') {
    const what = looksLikeHtml(contentType, body) ? 'a web page' : 'something';
    return problem(codeFor(status), fallbackMessage(status), {
      ...extra,
      detail: `${host} answered with ${what} that is not JSON; the service may be down or a proxy may be in the way.`,
    });
  }
  return problem(codeFor(status), fallbackMessage(status), extra);
}

/** A retryable answer (429, 502–504) that kept coming: the last answer's problem, saying how often we tried. */
export function retriesExhaustedProblem(last: ProblemError, attempts: number): ProblemError {
  const tried = `Mix Explorer tried ${attempts} times.`;
  const { code, message, ...extra } = last.problem;
  return problem(code, message, { ...extra, detail: extra.detail ? `${extra.detail} ${tried}` : tried });
}

/** A retryable answer whose next pause would take the read past its time budget. */
export function waitTooLongProblem(
  last: ProblemError,
  askedMs: number | undefined,
  attempts: number,
): ProblemError {
  const { code, message, ...extra } = last.problem;
  const asked =
    askedMs === undefined
      ? `Mix Explorer tried ${attempts} times.`
      : `Mix.api asked to wait ${Math.ceil(askedMs / 1000)} s before trying again.`;
  return problem(code, message, { ...extra, detail: extra.detail ? `${extra.detail} ${asked}` : asked });
}

/** 401 after a renewal: the session is no longer accepted. */
export function rejectedSessionProblem(host: string): ProblemError {
  return problem('session-expired', 'Mix.api no longer accepts your session. Please sign in again.', {
    status: 401,
    host,
    actions: ['sign-in'],
  });
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * A JSON answer over the cap: refused before parsing, whatever the server said it would send. The raw
 * answer can still be saved to a file, where the size does not matter.
 */
export function tooLargeProblem(host: string, limit: number, rawDownload: boolean): ProblemError {
  return problem(
    'too-large',
    `The answer from Mix.api is too large to show (more than ${megabytes(limit)}).`,
    {
      host,
      detail: rawDownload
        ? 'Save it as a file with "Download raw answer", or ask for fewer items at a time.'
        : 'Ask for fewer items at a time.',
      ...(rawDownload ? { actions: ['download-raw'] as ProblemAction[] } : {}),
    },
  );
}

/** The answer started and stopped before its end (connection reset, wrong Content-Length). */
export function brokenOffProblem(host: string, what = 'The answer'): ProblemError {
  return problem('network', `${what} from ${host} broke off before it was complete.`, {
    host,
    actions: ['retry'],
  });
}

export function notJsonProblem(status: number, host: string): ProblemError {
  return problem('http', `Mix.api answered with something that is not the expected JSON (HTTP ${status}).`, {
    status,
    host,
    actions: ['retry'],
  });
}

function errorCode(error: unknown): string | undefined {
  if (!isRecord(error)) return undefined;
  const code = error['code'];
  return typeof code === 'string' ? code : undefined;
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} seconds`;
}

/** The host stopped answering (no headers in time, or a download that stalled). */
export function timeoutProblem(host: string, timeoutMs: number): ProblemError {
  return problem('network', `${host} did not answer within ${duration(timeoutMs)}.`, {
    host,
    actions: ['retry'],
  });
}

/** No answer at all. Only the error code is read: axios errors carry the request headers, token included. */
export function networkProblem(error: unknown, host: string, timeoutMs: number): ProblemError {
  const code =
    errorCode(error) ??
    (error instanceof Error && isRecord(error.cause) ? errorCode(error.cause) : undefined);
  const extra = { host, actions: ['retry'] as ProblemAction[] };
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') return timeoutProblem(host, timeoutMs);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return problem(
      'network',
      `Could not find ${host}. Check the network connection and the Mix.api URL.`,
      extra,
    );
  }
  if (code === 'ECONNREFUSED') {
    return problem(
      'network',
      `${host} refused the connection. Check the network connection and the Mix.api URL.`,
      extra,
    );
  }
  return problem('network', `Could not reach ${host}. Check the network connection.`, {
    ...extra,
    ...(code ? { detail: `Network error ${toPlainText(code, 40)}.` } : {}),
  });
}
