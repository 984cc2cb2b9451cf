import { EventEmitter } from 'node:events';
import { request as httpRequest, type ClientRequest as NodeClientRequest } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ClientRequestConstructorOptions } from 'electron';
import type { ClientRequestLike } from '../../../../main/electron/electron-fetch';

/**
 * Electron's network stack as main sees it (`net.request`, `session.fetch`), running on Node's http against
 * real test servers, with the behaviours that differ from Node's fetch written down once. Each follows
 * Electron 45's source or documentation:
 *
 * - `net.request` before `ready` throws "net module can only be used after app is ready"
 *   (lib/browser/api/net-client-request.ts, ClientRequest constructor).
 * - Redirect policy (same file, the URL loader's 'redirect' handler; docs/api/client-request.md):
 *   `follow` follows; `error` fails with "Attempted to redirect, but redirect policy was 'error'"; `manual`
 *   emits `redirect` (statusCode, method, redirectUrl, responseHeaders) and fails with "Redirect was
 *   cancelled" unless `followRedirect()` is called synchronously inside the listener or the request is
 *   aborted there.
 * - `abort()` emits `abort` on the next tick and no `error` (same file, `abort()`/`_die()`).
 * - Network failures reach 'error' as `new Error('net::ERR_…')` (same file, the loader's 'error' handler).
 * - Cookies (docs/api/client-request.md, `credentials`/`useSessionCookies`): `include` sends and stores the
 *   session's cookies; `omit` neither; unspecified only with `useSessionCookies`; `same-origin` needs an
 *   origin ("credentials: same-origin requires origin to be set").
 * - The session's HTTP cache (Chromium's; modes as the Fetch standard's request cache mode): a fresh
 *   `Cache-Control: max-age` GET answer is served again without the network unless the mode is `no-store`,
 *   `reload` or `no-cache`; `no-store` also keeps it from being written.
 * - Content-Encoding: Chromium asks for gzip and hands over the decoded body, but `headers` are the wire
 *   headers, so Content-Length stays the encoded size (anthumchris/fetch-progress-indicators#13: the decoding
 *   happens below the stream the page sees).
 * - `session.fetch` (lib/browser/api/net-fetch.ts) is net.request underneath: `credentials: 'same-origin'`
 *   without an Origin header becomes `include`, the Request's `redirect` and `cache` pass through, and nothing
 *   ever calls `followRedirect`, so `redirect: 'manual'` rejects with "Redirect was cancelled"
 *   (electron/electron#43715, closed as working as documented).
 */
export class FakeElectronNet {
  ready = true;
  /** Every exchange that reached a server (or the cache), in order. */
  readonly exchanges: { method: string; url: string; cookie?: string; fromCache: boolean }[] = [];
  readonly cookies = new Map<string, Map<string, string>>();
  readonly cache = new Map<
    string,
    { expires: number; status: number; headers: Record<string, string>; body: Buffer }
  >();

  /** `net.request` / `session` ClientRequest. */
  readonly request = (options: ClientRequestConstructorOptions): FakeClientRequest =>
    new FakeClientRequest(this, options);

  /** `session.defaultSession.fetch` / `net.fetch`. */
  readonly fetch = (input: string | Request, init?: RequestInit): Promise<Response> => {
    let incoming: Request;
    try {
      incoming = new Request(input, init);
    } catch (error) {
      return Promise.reject(error);
    }
    const origin = incoming.headers.get('origin') ?? undefined;
    const credentials = incoming.credentials === 'same-origin' && !origin ? 'include' : incoming.credentials;
    return new Promise<Response>((resolve, reject) => {
      const client = this.request({
        method: incoming.method,
        url: incoming.url,
        origin,
        credentials,
        cache:
          incoming.cache === 'default'
            ? 'default'
            : (incoming.cache as ClientRequestConstructorOptions['cache']),
        redirect: incoming.redirect,
      });
      incoming.signal.addEventListener('abort', () => {
        client.abort();
        reject(incoming.signal.reason);
      });
      for (const [name, value] of incoming.headers) client.setHeader(name, value);
      client.on('response', (message: FakeIncomingMessage) => {
        const empty = [101, 204, 205, 304].includes(message.statusCode) || incoming.method === 'HEAD';
        resolve(
          new Response(empty ? null : (Readable.toWeb(message) as ReadableStream<Uint8Array>), {
            status: message.statusCode,
            statusText: message.statusMessage,
            headers: Object.entries(message.headers).map(([name, value]) => [
              name,
              Array.isArray(value) ? value.join(', ') : value,
            ]) as [string, string][],
          }),
        );
      });
      client.on('error', reject);
      void incoming.arrayBuffer().then((body) => client.end(body.byteLength ? Buffer.from(body) : undefined));
    });
  };

  cookieHeader(url: URL): string | undefined {
    const jar = this.cookies.get(url.origin);
    if (!jar || jar.size === 0) return undefined;
    return [...jar.entries()].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  storeCookies(url: URL, setCookie: string[] | undefined): void {
    if (!setCookie) return;
    const jar = this.cookies.get(url.origin) ?? new Map<string, string>();
    for (const line of setCookie) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    this.cookies.set(url.origin, jar);
  }
}

/** Electron's IncomingMessage: a Readable with the wire status and headers. */
export class FakeIncomingMessage extends PassThrough {
  constructor(
    readonly statusCode: number,
    readonly statusMessage: string,
    readonly headers: Record<string, string | string[]>,
  ) {
    super();
  }
}

type RedirectPolicy = 'follow' | 'error' | 'manual';

export class FakeClientRequest extends EventEmitter implements ClientRequestLike {
  private readonly headers: Record<string, string> = {};
  private readonly redirectPolicy: RedirectPolicy;
  private followRedirectCallback: (() => void) | undefined;
  private aborted = false;
  private failed = false;
  private started = false;
  private body: Buffer | undefined;
  private inFlight: NodeClientRequest | undefined;
  private answer: FakeIncomingMessage | undefined;

  constructor(
    private readonly net: FakeElectronNet,
    private readonly options: ClientRequestConstructorOptions,
  ) {
    super();
    if (!net.ready) throw new Error('net module can only be used after app is ready');
    const policy = options.redirect ?? 'follow';
    if (!['follow', 'error', 'manual'].includes(policy)) {
      throw new Error('redirect mode should be one of follow, error or manual');
    }
    this.redirectPolicy = policy;
    if (options.credentials === 'same-origin' && !options.origin) {
      throw new Error('credentials: same-origin requires origin to be set');
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      this.headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
  }

  setHeader(name: string, value: string): void {
    if (this.started) throw new Error("Can't set headers after they are sent");
    this.headers[name.toLowerCase()] = value;
  }

  end(chunk?: Buffer | string): this {
    if (chunk !== undefined) this.body = Buffer.from(chunk);
    this.started = true;
    setImmediate(() => this.send(this.options.url ?? '', (this.options.method ?? 'GET').toUpperCase()));
    return this;
  }

  followRedirect(): void {
    if (!this.followRedirectCallback)
      throw new Error('followRedirect() called, but was not waiting for a redirect');
    this.followRedirectCallback();
  }

  abort(): void {
    if (!this.aborted) process.nextTick(() => this.emit('abort'));
    this.aborted = true;
    this.inFlight?.destroy();
    this.answer?.destroy();
  }

  private fail(error: Error): void {
    if (this.aborted || this.failed) return;
    this.failed = true;
    this.answer?.destroy(error);
    this.emit('error', error);
  }

  private sendsCookies(target: URL): boolean {
    const { credentials, origin, useSessionCookies } = this.options;
    if (credentials === 'include') return true;
    if (credentials === 'same-origin') return origin === target.origin;
    if (credentials === 'omit') return false;
    return useSessionCookies === true;
  }

  private send(url: string, method: string): void {
    if (this.aborted) return;
    const target = new URL(url);
    const mode = this.options.cache ?? 'default';
    const cached = this.net.cache.get(`${method} ${url}`);
    if (cached && cached.expires > Date.now() && (mode === 'default' || mode === 'force-cache')) {
      this.net.exchanges.push({ method, url, fromCache: true });
      this.deliver(cached.status, 'OK', cached.headers, Readable.from([cached.body]));
      return;
    }

    const headers: Record<string, string> = { 'accept-encoding': 'gzip', ...this.headers };
    const cookie = this.sendsCookies(target) ? this.net.cookieHeader(target) : undefined;
    if (cookie) headers.cookie = cookie;
    else delete headers.cookie;
    this.net.exchanges.push({ method, url, ...(cookie ? { cookie } : {}), fromCache: false });

    const outgoing = httpRequest(url, { method, headers, agent: false }, (response) => {
      const status = response.statusCode ?? 0;
      if (this.sendsCookies(target)) this.net.storeCookies(target, response.headers['set-cookie']);
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        const distinct: Record<string, string[]> = {};
        for (const [name, values] of Object.entries(response.headersDistinct))
          if (values) distinct[name] = values;
        this.redirected(status, method, new URL(location, url).href, distinct);
        return;
      }
      const wire: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(response.headers))
        if (value !== undefined) wire[name] = value;
      const decoded: Readable =
        response.headers['content-encoding'] === 'gzip' ? response.pipe(createGunzip()) : response;
      const cacheControl = String(response.headers['cache-control'] ?? '');
      const maxAge = /max-age=(\d+)/.exec(cacheControl)?.[1];
      if (
        method === 'GET' &&
        maxAge &&
        Number(maxAge) > 0 &&
        !/no-store/.test(cacheControl) &&
        mode !== 'no-store'
      ) {
        const chunks: Buffer[] = [];
        decoded.on('data', (chunk: Buffer) => chunks.push(chunk));
        decoded.on('end', () => {
          const body = Buffer.concat(chunks);
          const flat = Object.fromEntries(
            Object.entries(wire).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
          );
          this.net.cache.set(`${method} ${url}`, {
            expires: Date.now() + Number(maxAge) * 1000,
            status,
            headers: flat,
            body,
          });
          this.deliver(status, response.statusMessage ?? '', wire, Readable.from([body]));
        });
        return;
      }
      this.deliver(status, response.statusMessage ?? '', wire, decoded);
    });
    this.inFlight = outgoing;
    outgoing.on('error', (error: NodeJS.ErrnoException) => this.fail(new Error(netErrorName(error))));
    outgoing.end(method === 'GET' || method === 'HEAD' ? undefined : this.body);
  }

  private deliver(
    status: number,
    statusMessage: string,
    headers: Record<string, string | string[]>,
    body: Readable,
  ): void {
    if (this.aborted) return;
    const message = new FakeIncomingMessage(status, statusMessage, headers);
    this.answer = message;
    body.on('error', (error) => message.destroy(error));
    body.pipe(message);
    this.emit('response', message);
  }

  private redirected(
    status: number,
    method: string,
    newUrl: string,
    headers: Record<string, string[]>,
  ): void {
    const newMethod =
      status === 303 || ((status === 301 || status === 302) && method === 'POST') ? 'GET' : method;
    if (this.redirectPolicy === 'error') {
      this.fail(new Error("Attempted to redirect, but redirect policy was 'error'"));
      return;
    }
    let follow = this.redirectPolicy === 'follow';
    this.followRedirectCallback = () => {
      follow = true;
    };
    try {
      this.emit('redirect', status, newMethod, newUrl, headers);
    } finally {
      this.followRedirectCallback = undefined;
    }
    if (this.aborted) return;
    if (follow) this.send(newUrl, newMethod);
    else this.fail(new Error('Redirect was cancelled'));
  }
}

/** Node's socket errors under the net::ERR_… names Chromium reports. */
function netErrorName(error: NodeJS.ErrnoException): string {
  switch (error.code ?? '') {
    case 'ECONNREFUSED':
      return 'net::ERR_CONNECTION_REFUSED';
    case 'ENOTFOUND':
      return 'net::ERR_NAME_NOT_RESOLVED';
    case 'ECONNRESET':
      return 'net::ERR_CONNECTION_RESET';
    case 'ETIMEDOUT':
      return 'net::ERR_TIMED_OUT';
    default:
      return 'net::ERR_FAILED';
  }
}
