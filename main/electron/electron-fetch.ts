import { Readable } from 'node:stream';
import type { ClientRequestConstructorOptions, IncomingMessage } from 'electron';

/**
 * What the adapter uses of Electron's `ClientRequest` (`net.request`), checked against electron.d.ts where
 * main/index.ts passes the real `net.request`.
 */
export interface ClientRequestLike {
  on(event: 'response', listener: (response: IncomingMessage) => void): unknown;
  on(
    event: 'redirect',
    listener: (
      statusCode: number,
      method: string,
      redirectUrl: string,
      responseHeaders: Record<string, string[]>,
    ) => void,
  ): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  setHeader(name: string, value: string): void;
  end(chunk?: Buffer): unknown;
  abort(): void;
}

export type NetRequest = (options: ClientRequestConstructorOptions) => ClientRequestLike;

/** A fetch as axios's fetch adapter calls it. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Statuses whose answer has no body (Fetch standard, "null body status"), and HEAD answers. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** Chromium computes these itself from the body and the URL. */
const CHROMIUM_OWNED_HEADERS = new Set(['content-length', 'host', 'connection']);

/**
 * `fetch` on Electron's `net.request`, for Mix.api and the token endpoint. Three differences from Electron's
 * own `session.fetch`, each on purpose:
 *
 * - **A redirect is an answer, never followed.** `session.fetch` turns `redirect: 'manual'` into a rejection
 *   ("Redirect was cancelled": net.fetch never calls `followRedirect`, electron/electron#43715, "working as
 *   documented" per docs/api/client-request.md, event 'redirect'), so the "answered with a redirect" handling
 *   could never run. Here the `redirect` event records the 3xx, the request is aborted before it goes
 *   anywhere, and the caller gets the 3xx answer itself, as Node's fetch gives it with `redirect: 'manual'`.
 *   `redirect: 'error'` rejects, as the Fetch standard says. Nothing is ever followed: a token or a code must
 *   not travel to where a server points.
 * - **No cookies.** `session.fetch` sends and stores the session's cookies (`credentials: 'same-origin'`
 *   without an Origin becomes `include`, lib/browser/api/net-fetch.ts); the API needs none, so `omit`.
 * - **No HTTP cache.** Authenticated JSON must not be written to Chromium's disk cache: `cache: 'no-store'`.
 */
export function createElectronFetch(request: NetRequest): FetchLike {
  return async (input, init) => {
    const incoming = new Request(input instanceof URL ? input.href : input, init);
    const signal = incoming.signal;
    if (signal.aborted) throw abortReason(signal);
    const body = hasBody(incoming.method) ? Buffer.from(await incoming.arrayBuffer()) : undefined;
    if (signal.aborted) throw abortReason(signal);

    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      let answer: Readable | undefined;
      const stopListening = () => signal.removeEventListener('abort', onAbort);
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        outcome();
      };
      const client = request({
        method: incoming.method,
        url: incoming.url,
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
      });
      const onAbort = () => {
        const reason = abortReason(signal);
        stopListening();
        // A body being read ends with the reason (and the transfer stops); a request still waiting rejects.
        answer?.destroy(reason instanceof Error ? reason : new Error(String(reason)));
        client.abort();
        settle(() => reject(reason));
      };
      signal.addEventListener('abort', onAbort, { once: true });

      client.on('redirect', (statusCode, _method, redirectUrl, responseHeaders) => {
        // Not calling followRedirect() cancels the redirect; abort() makes that quiet (no 'error' event).
        client.abort();
        stopListening();
        if (incoming.redirect === 'error') {
          settle(() => reject(new TypeError('fetch failed', { cause: new Error('redirect') })));
          return;
        }
        const headers = toHeaders(responseHeaders);
        if (!headers.has('location')) headers.set('location', redirectUrl);
        settle(() => resolve(new Response(null, { status: statusCode, headers })));
      });
      client.on('response', (message) => {
        // docs/api/incoming-message.md: "IncomingMessage implements the Readable Stream interface", so the
        // body keeps Node's backpressure (electron.d.ts declares only its events).
        const readable = message as unknown as Readable;
        const status = message.statusCode;
        const empty = NULL_BODY_STATUSES.has(status) || incoming.method === 'HEAD';
        if (empty) {
          readable.resume();
          stopListening();
        } else {
          answer = readable;
          // Until the body has been read, an abort still stops the transfer.
          readable.once('close', stopListening);
        }
        settle(() =>
          resolve(
            new Response(empty ? null : (Readable.toWeb(readable) as ReadableStream<Uint8Array>), {
              status,
              statusText: message.statusMessage,
              headers: toHeaders(message.headers),
            }),
          ),
        );
      });
      client.on('error', (error) => {
        // As Node's fetch reports a network failure; the cause keeps Chromium's net::ERR_… name.
        stopListening();
        settle(() => reject(new TypeError('fetch failed', { cause: error })));
      });

      for (const [name, value] of incoming.headers) {
        if (!CHROMIUM_OWNED_HEADERS.has(name)) client.setHeader(name, value);
      }
      client.end(body && body.length > 0 ? body : undefined);
    });
  };
}

function hasBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function toHeaders(raw: Record<string, string | string[]>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}
