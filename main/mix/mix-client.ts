import type { AxiosInstance, AxiosResponse } from 'axios';
import type { Problem, Profile } from '../../common/ipc-contract';
import {
  MIX_ENDPOINTS,
  validateMixParams,
  type MixEndpointKey,
  type MixParams,
} from '../../common/mix-endpoints';
import { countOf } from '../../common/tolerant-reader';
import { redact } from '../log/redact';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { HttpClientFactory } from '../ports/http';
import { problem, ProblemError, toProblem } from '../problem';
import type { ProfileSource } from '../session/session-deps';
import { unknownProfile } from '../session/session-problems';
import { createActivityLog, redactRequestPath, type ActivityLog } from './activity-log';
import { newAttemptRecord, runAttempts, type AttemptAnswer, type AttemptRecord } from './attempts';
import { cancelledProblem, clockSleep, type Sleep } from './cancellation';
import { createDeadline, type Deadline } from './deadline';
import { contentStartProblem, contentTypeProblem, expectedContent, HEAD_BYTES } from './download-checks';
import {
  IncompleteBody,
  isFileSystemError,
  readSmallBody,
  saveStream,
  type SavedFile,
} from './download-file';
import { suggestedFileName } from './file-names';
import { fetchAllPages, type MixListResult } from './get-all';
import {
  brokenOffProblem,
  networkProblem,
  notJsonProblem,
  timeoutProblem,
  tooLargeProblem,
} from './mix-errors';
import { DEFAULT_MIX_LIMITS } from './mix-limits';
import { BodyTooLarge, discardBody, readCapped } from './response-body';
import { headerText, isSuccess, sendGet } from './mix-send';
import { mixEndpointUrl } from './mix-url';
import { createRequestSlots, type RequestSlots } from './request-slots';
import { createSharedRequests } from './shared-requests';

export type { MixListResult } from './get-all';

export const DEFAULT_MAX_IN_FLIGHT = 6;
export const DEFAULT_TIMEOUT_MS = DEFAULT_MIX_LIMITS.requestTimeoutMs;
export const DEFAULT_MAX_RETRIES = 3;

/** What the Mix client needs of the sessions (main/session/session-manager.ts). */
export interface MixSessions {
  /** The current token; read before every attempt so long work never sends a stale one. */
  accessToken(profileId: string, signal?: AbortSignal): Promise<string>;
  /**
   * Mix.api answered 401 to `rejectedToken`: the token to retry with. One renewal per token generation,
   * shared by every caller; a 401 for an older token gets the current one.
   */
  renew(profileId: string, rejectedToken: string, signal?: AbortSignal): Promise<string>;
  /** Mix.api refused a token fresh from renewal: the session ends if that token is still the current one. */
  rejected(profileId: string, token: string, reason: Problem): void;
}

export interface MixClientDeps {
  http: HttpClientFactory;
  profiles: Pick<ProfileSource, 'get'>;
  sessions: MixSessions;
  userAgent: string;
  clock: Clock;
  /** Pauses between retries; defaults to the clock's timers. */
  sleep?: Sleep;
  /** Jitter source in [0, 1); defaults to Math.random. */
  random?: () => number;
  /** Requests in flight per profile; the rest queue. */
  maxInFlight?: number;
  /** Time allowed for an answer (for downloads: until the headers, then between chunks). */
  timeoutMs?: number;
  /** Retries after 429/502/503/504. */
  maxRetries?: number;
  /** All the pauses between the retries of one read together (60 s by default). */
  maxRetryWaitMs?: number;
  /** JSON answers larger than this (as received, decompressed) are refused before parsing. */
  maxJsonBytes?: number;
  /** Where requests are logged; a new one (1000 entries) when not given. */
  activity?: ActivityLog;
  /** Where failed requests are written for diagnostics (`[mix]` lines). */
  log?: Logger;
}

export interface MixGetResult {
  data: unknown;
  status: number;
  durationMs: number;
  bytes: number;
}

export interface MixDownloadOptions {
  targetPath: string;
  /** The user chose to replace an existing file; otherwise a taken name becomes `name (n).ext`. */
  replace?: boolean;
  signal?: AbortSignal;
  onProgress?: (bytes: number, total?: number) => void;
}

export interface MixDownloadResult {
  path: string;
  bytes: number;
  /** The server's suggested name (Content-Disposition), sanitised, when it gave one. */
  suggestedName?: string;
}

export interface MixClient {
  readonly activity: ActivityLog;
  /** GET one endpoint; rejects with a ProblemError. Identical GETs in flight share one request. */
  get(
    profileId: string,
    key: MixEndpointKey,
    params?: unknown,
    options?: { signal?: AbortSignal },
  ): Promise<MixGetResult>;
  /** Every item of a list endpoint, page by page, up to `cap` items. */
  getAll(
    profileId: string,
    key: MixEndpointKey,
    params?: unknown,
    options?: { cap?: number; pageSize?: number; signal?: AbortSignal },
  ): Promise<MixListResult>;
  /**
   * A file endpoint's answer held in memory, for reading inline (exports): at most `maxBytes`, else a
   * `too-large` problem; never written to disk.
   */
  fetchFile(
    profileId: string,
    key: MixEndpointKey,
    params: unknown,
    options: { maxBytes: number; signal?: AbortSignal },
  ): Promise<{ body: Buffer; bytes: number }>;
  /** Streams an endpoint's answer into `targetPath`: complete, or absent. */
  download(
    profileId: string,
    key: MixEndpointKey,
    params: unknown,
    options: MixDownloadOptions,
  ): Promise<MixDownloadResult>;
}

interface Prepared {
  profile: Profile;
  url: URL;
  params: MixParams;
}

export function createMixClient(deps: MixClientDeps): MixClient {
  const maxInFlight = deps.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = deps.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxJsonBytes = deps.maxJsonBytes ?? DEFAULT_MIX_LIMITS.maxJsonBytes;
  const sleep = deps.sleep ?? clockSleep(deps.clock);
  const random = deps.random ?? Math.random;
  const activity = deps.activity ?? createActivityLog({ clock: deps.clock });
  const slotsByProfile = new Map<string, RequestSlots>();
  const shared = createSharedRequests<MixGetResult>();
  /** Per profile, the last token Mix.api accepted. */
  const acceptedTokens = new Map<string, string>();

  /**
   * One HTTP client per profile while its hosts and client ID stay the same: making one for every request
   * (axios instance, the binding check's interceptor) cost more than reading a 100 KB answer. The binding
   * check itself still runs before every send (main/profiles/bound-http.ts).
   */
  const clients = new Map<string, { binding: string; client: AxiosInstance }>();
  function clientFor(profile: Profile): AxiosInstance {
    const binding = JSON.stringify([profile.authServerUrl, profile.apiUrl, profile.clientId]);
    const held = clients.get(profile.id);
    if (held?.binding === binding) return held.client;
    const client = deps.http(profile);
    clients.set(profile.id, { binding, client });
    return client;
  }

  function slotsFor(profileId: string): RequestSlots {
    let slots = slotsByProfile.get(profileId);
    if (!slots) {
      slots = createRequestSlots(maxInFlight);
      slotsByProfile.set(profileId, slots);
    }
    return slots;
  }

  function prepare(profileId: string, key: MixEndpointKey, given: unknown): Prepared {
    const params = validateMixParams(key, given);
    if (typeof params === 'string') throw problem('invalid-input', params);
    const profile = deps.profiles.get(profileId);
    if (!profile) throw unknownProfile();
    return { profile, params, url: mixEndpointUrl(profile.apiUrl, key, params) };
  }

  /** Any failure of a send, as the problem the user sees. */
  function failure(error: unknown, caller: AbortSignal | undefined, deadline: Deadline, host: string) {
    if (error instanceof ProblemError) return error;
    if (caller?.aborted) return cancelledProblem();
    if (deadline.timedOut) return timeoutProblem(host, timeoutMs);
    return networkProblem(error, host, timeoutMs);
  }

  function attemptContext(
    profileId: string,
    host: string,
    signal: AbortSignal | undefined,
    record: AttemptRecord,
  ) {
    return {
      host,
      signal,
      record,
      sleep,
      random,
      clock: deps.clock,
      maxRetries,
      ...(deps.maxRetryWaitMs !== undefined ? { maxRetryWaitMs: deps.maxRetryWaitMs } : {}),
      tokens: {
        current: () => deps.sessions.accessToken(profileId, signal),
        renew: (rejectedToken: string) => deps.sessions.renew(profileId, rejectedToken, signal),
        rejected: (token: string, reason: Problem) => deps.sessions.rejected(profileId, token, reason),
        worked: (token: string) => void acceptedTokens.set(profileId, token),
        hasWorked: (token: string) => acceptedTokens.get(profileId) === token,
      },
    };
  }

  /** One activity entry per logical request, whatever happened. */
  async function logged<T extends { bytes: number }>(
    profileId: string,
    key: MixEndpointKey,
    url: URL,
    run: (record: AttemptRecord) => Promise<T>,
  ): Promise<T> {
    const started = deps.clock.now();
    const record = newAttemptRecord();
    const entry = () => ({
      time: started,
      profileId,
      method: 'GET' as const,
      endpoint: key,
      path: redactRequestPath(`${url.pathname}${url.search}`, record.tokens),
      ...(record.status === undefined ? {} : { status: record.status }),
      durationMs: deps.clock.now() - started,
      retried: record.retried,
      waitedForRenewal: record.waitedForRenewal,
    });
    try {
      const result = await run(record);
      activity.add({ ...entry(), bytes: result.bytes });
      return result;
    } catch (error) {
      const problem = toProblem(error);
      const message = redactRequestPath(redact(problem.message), record.tokens);
      activity.add({ ...entry(), error: message });
      // The log keeps the recent failures of every layer for "Copy diagnostics"; a cancel is no failure.
      if (problem.code !== 'cancelled') {
        const status = record.status === undefined ? '' : ` (HTTP ${record.status})`;
        deps.log?.warn(`[mix] GET ${key} on ${url.host}${status}: ${problem.code}: ${message}`);
      }
      throw error;
    }
  }

  async function fetchJson(
    prepared: Prepared,
    signal: AbortSignal,
    record: AttemptRecord,
  ): Promise<{ data: unknown; bytes: number }> {
    const { host } = prepared.url;
    // The raw answer of a read can be saved as a file instead (mix:download takes JSON reads too).
    const tooLarge = () => tooLargeProblem(host, maxJsonBytes, true);
    return sendAttempts(prepared, signal, record, async (response, deadline) => {
      if (!isSuccess(response.status)) {
        return errorAnswer(response, await readSmallBody(response.data).catch(() => ''));
      }
      const declared = countOf(headerText(response.headers, 'content-length'));
      if (declared !== undefined && declared > maxJsonBytes) {
        discardBody(response.data);
        throw tooLarge();
      }
      let body: Buffer;
      try {
        // The deadline runs on: a JSON answer has the whole of it, however slowly it trickles in.
        body = await readCapped(response.data, maxJsonBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge) throw tooLarge();
        throw bodyFailure(error, signal, deadline, host);
      }
      let data: unknown;
      try {
        data = JSON.parse(body.toString('utf8'));
      } catch {
        throw notJsonProblem(response.status, host);
      }
      return { ok: true, status: response.status, value: { data, bytes: body.length } };
    });
  }

  /**
   * Sends the request until it settles (renewal, retries): each attempt holds one of the profile's slots,
   * runs under a deadline and reads the current token; `read` turns the answer into the attempt's result.
   */
  function sendAttempts<T>(
    prepared: Prepared,
    signal: AbortSignal | undefined,
    record: AttemptRecord,
    read: (
      response: AxiosResponse<unknown>,
      deadline: Deadline,
    ) => AttemptAnswer<T> | Promise<AttemptAnswer<T>>,
    file = false,
  ): Promise<T> {
    const { profile, url } = prepared;
    const client = clientFor(profile);
    const slots = slotsFor(profile.id);
    return runAttempts(attemptContext(profile.id, url.host, signal, record), async (token) => {
      const release = await slots.acquire(signal);
      try {
        // Waiting for a renewal is bounded by the session's own attempt time, not by the Mix.api deadline.
        const bearer = await token();
        const deadline = createDeadline(deps.clock, timeoutMs, signal);
        try {
          let response: AxiosResponse<unknown>;
          try {
            response = await sendGet({
              client,
              url,
              token: bearer,
              userAgent: deps.userAgent,
              signal: deadline.signal,
              file,
            });
          } catch (error) {
            throw failure(error, signal, deadline, url.host);
          }
          // Known before the body is read: the activity log shows it even when the body fails.
          record.status = response.status;
          return await read(response, deadline);
        } finally {
          deadline.clear();
        }
      } finally {
        release();
      }
    });
  }

  async function get(
    profileId: string,
    key: MixEndpointKey,
    given: unknown = {},
    options: { signal?: AbortSignal } = {},
  ): Promise<MixGetResult> {
    const prepared = prepare(profileId, key, given);
    const started = deps.clock.now();
    return shared.run(`${profileId} ${prepared.url.href}`, options.signal, (signal) =>
      logged(profileId, key, prepared.url, async (record) => {
        const { data, bytes } = await fetchJson(prepared, signal, record);
        return { data, bytes, status: record.status ?? 200, durationMs: deps.clock.now() - started };
      }),
    );
  }

  async function download(
    profileId: string,
    key: MixEndpointKey,
    given: unknown,
    options: MixDownloadOptions,
  ): Promise<MixDownloadResult> {
    const prepared = prepare(profileId, key, given);
    const { url } = prepared;
    const { signal } = options;
    return logged(profileId, key, url, (record) =>
      sendAttempts(
        prepared,
        signal,
        record,
        async (response, deadline) => {
          if (!isSuccess(response.status)) {
            const body = await readSmallBody(response.data).catch(() => '');
            return errorAnswer(response, body);
          }
          const content = expectedContent(key);
          const { title } = MIX_ENDPOINTS[key];
          const wrongType = contentTypeProblem(
            content,
            headerText(response.headers, 'content-type'),
            url.host,
            title,
          );
          if (wrongType) {
            discardBody(response.data);
            throw wrongType;
          }
          // From here the deadline limits stalls (less than 16 KB in its time), not the whole download.
          deadline.reset();
          let saved: SavedFile;
          try {
            saved = await saveStream(response.data, {
              targetPath: options.targetPath,
              replace: options.replace ?? false,
              signal: deadline.signal,
              ...totalOf(response),
              // A body decoded on the way (Content-Encoding) differs from its Content-Length by design.
              exactTotal: headerText(response.headers, 'content-encoding') === '',
              inspectStart: (head) => {
                const wrongStart = contentStartProblem(content, head, url.host, title);
                if (wrongStart) throw wrongStart;
              },
              headBytes: HEAD_BYTES,
              onAlive: () => deadline.reset(),
              onProgress: options.onProgress,
            });
          } catch (error) {
            throw downloadFailure(error, signal, deadline, url.host);
          }
          const suggestedName = suggestedFileName(response.headers, '');
          const value: MixDownloadResult = {
            path: saved.path,
            bytes: saved.bytes,
            ...(suggestedName ? { suggestedName } : {}),
          };
          return { ok: true as const, status: response.status, value };
        },
        true,
      ),
    );
  }

  async function fetchFile(
    profileId: string,
    key: MixEndpointKey,
    given: unknown,
    options: { maxBytes: number; signal?: AbortSignal },
  ): Promise<{ body: Buffer; bytes: number }> {
    const prepared = prepare(profileId, key, given);
    const { url } = prepared;
    const { host } = url;
    const { title } = MIX_ENDPOINTS[key];
    const tooLarge = () =>
      problem('too-large', `The ${title.toLowerCase()} are larger than Mix Explorer reads inline.`, {
        host,
        detail: 'Download the file instead.',
      });
    return logged(profileId, key, url, (record) =>
      sendAttempts(
        prepared,
        options.signal,
        record,
        async (response, deadline) => {
          if (!isSuccess(response.status)) {
            return errorAnswer(response, await readSmallBody(response.data).catch(() => ''));
          }
          const wrongType = contentTypeProblem(
            expectedContent(key),
            headerText(response.headers, 'content-type'),
            host,
            title,
          );
          if (wrongType) {
            discardBody(response.data);
            throw wrongType;
          }
          const declared = countOf(headerText(response.headers, 'content-length'));
          if (declared !== undefined && declared > options.maxBytes) {
            discardBody(response.data);
            throw tooLarge();
          }
          let body: Buffer;
          try {
            body = await readCapped(response.data, options.maxBytes);
          } catch (error) {
            if (error instanceof BodyTooLarge) throw tooLarge();
            throw bodyFailure(error, options.signal, deadline, host);
          }
          return { ok: true as const, status: response.status, value: { body, bytes: body.length } };
        },
        true,
      ),
    );
  }

  /** A body that failed while it was read: cancelled, timed out, or broken off. */
  function bodyFailure(error: unknown, caller: AbortSignal | undefined, deadline: Deadline, host: string) {
    if (error instanceof ProblemError || caller?.aborted || deadline.timedOut) {
      return failure(error, caller, deadline, host);
    }
    return brokenOffProblem(host);
  }

  function downloadFailure(
    error: unknown,
    caller: AbortSignal | undefined,
    deadline: Deadline,
    host: string,
  ) {
    if (error instanceof ProblemError || caller?.aborted || deadline.timedOut) {
      return failure(error, caller, deadline, host);
    }
    if (error instanceof IncompleteBody) {
      return problem('network', `The download from ${host} was not complete, so nothing was saved.`, {
        host,
        detail: `The server announced ${error.expected} bytes and sent ${error.received}.`,
        actions: ['retry'],
      });
    }
    if (isFileSystemError(error)) {
      return problem('storage', 'Mix Explorer could not save the file.', {
        detail: `The file system said ${error.code ?? 'no'} (${error.syscall}). Check the folder and free space.`,
      });
    }
    return problem('network', `The download from ${host} broke off before it was complete.`, {
      host,
      actions: ['retry'],
    });
  }

  return {
    activity,
    get,
    download,
    fetchFile,
    getAll(profileId, key, params = {}, options = {}) {
      const endpoint = MIX_ENDPOINTS[key];
      return fetchAllPages(
        { key, paged: endpoint.paged, listField: endpoint.listField },
        params,
        (pageParams) =>
          get(profileId, key, pageParams, { ...(options.signal ? { signal: options.signal } : {}) }),
        options,
      );
    },
  };
}

function totalOf(response: AxiosResponse<unknown>): { total?: number } {
  const total = countOf(headerText(response.headers, 'content-length'));
  return total === undefined ? {} : { total };
}

function errorAnswer(response: AxiosResponse<unknown>, body: string): AttemptAnswer<never> {
  return {
    ok: false,
    status: response.status,
    retryAfter: response.headers['retry-after'],
    contentType: headerText(response.headers, 'content-type'),
    body,
  };
}
