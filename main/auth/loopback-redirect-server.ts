import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { isLoopbackHostname } from '../../common/profile-validation';
import { problem } from '../problem';
import { constantTimeEqual } from './constant-time';
import type { ProblemError } from '../problem';
import { redirectDifferences } from './credential-doctor';
import { alreadyFinishedPage, donePage, nearMissPage, notFoundPage } from './done-page';
import type { SignInOutcome } from './done-page';

export type { SignInOutcome } from './done-page';

export interface LoopbackRedirectServer {
  /** Sets what the browser tab shows; the "done" page waits for this. */
  finish(outcome: SignInOutcome): void;
  /** Stops listening (after serving a "done" page that is already waiting, at most a short grace later). */
  close(): Promise<void>;
}

/** Where the redirect sends the browser next, so the code leaves the address bar and history. */
const DONE_PATH = '/mix-explorer/done';
const ALTERNATE_DONE_PATH = '/mix-explorer/finished';
/** close() waits this long at most for the browser to fetch the done page after the callback. */
const CLOSE_GRACE_MS = 2_000;

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // One request per connection: a kept-alive socket would hold the server open after close().
  Connection: 'close',
};

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, PAGE_HEADERS);
  response.end(html);
}

function loopbackHosts(redirect: URL): string[] {
  if (redirect.protocol !== 'http:') return [];
  if (redirect.hostname === 'localhost') return ['127.0.0.1', '::1'];
  if (redirect.hostname === '127.0.0.1') return ['127.0.0.1'];
  if (redirect.hostname === '[::1]') return ['::1'];
  return [];
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ host, port, ipv6Only: host === '::1', exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

function listenProblem(error: unknown, port: number): ProblemError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return problem(
      'port-in-use',
      `Port ${port} is already in use, so Mix Explorer cannot receive the sign-in redirect. Close the program using it, or register another redirect URL.`,
      { actions: ['retry', 'open-settings'] },
    );
  }
  if (code === 'EACCES') {
    return problem(
      'port-in-use',
      `Mix Explorer is not allowed to listen on port ${port}, so it cannot receive the sign-in redirect. Register a redirect URL with a port above 1024.`,
      { actions: ['open-settings'] },
    );
  }
  return problem('network', `Mix Explorer could not listen on port ${port} for the sign-in redirect.`, {
    ...(code ? { detail: code } : {}),
    actions: ['retry'],
  });
}

/**
 * True when a request names this machine in its Host header, on our port. A web page that rebinds its own
 * DNS name to 127.0.0.1 sends its own name: it gets nothing from us.
 */
function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  let url: URL;
  try {
    url = new URL(`http://${hostHeader}`);
  } catch {
    return false;
  }
  const named = url.port === '' ? 80 : Number(url.port);
  const pathless = url.pathname === '/' && url.search === '' && url.username === '' && url.password === '';
  return pathless && named === port && isLoopbackHostname(url.hostname);
}

/** The request's one `state` equals the attempt's (several `state`s, or none, never do). */
function carriesState(url: URL, expectedState: string): boolean {
  const states = url.searchParams.getAll('state');
  return states.length === 1 && constantTimeEqual(states[0] ?? '', expectedState);
}

/**
 * Serves the redirect URL on the loopback interface during one system-browser sign-in (RFC 8252 §7.3).
 * Only a request to the redirect path carrying the attempt's `state` goes to `onCallback` (with the full
 * URL), once: any other request, from a web page or a local process guessing at the port, gets a 404 and
 * the attempt goes on. Requests whose Host header is not a loopback name on our port are refused too.
 * After the callback the browser is sent to a clean "done" page that shows the outcome given to `finish()`.
 */
export async function startLoopbackRedirectServer(
  redirectUrl: string,
  expectedState: string,
  onCallback: (url: string) => void,
  {
    closeGraceMs = CLOSE_GRACE_MS,
    onNearMiss,
  }: {
    closeGraceMs?: number;
    /**
     * A request carrying the attempt's `state` and a code or error at a near miss of the redirect URL (a
     * trailing slash, another path, another loopback spelling): the authorization server sent the browser
     * to a URL that is not the registered one. Told the URL as the browser asked for it; the code is not used.
     */
    onNearMiss?: (url: string) => void;
  } = {},
): Promise<LoopbackRedirectServer> {
  let redirect: URL;
  try {
    redirect = new URL(redirectUrl);
  } catch {
    throw problem('invalid-input', 'The redirect URL is not a valid URL.', {
      fields: { redirectUrl: 'Not a valid URL.' },
    });
  }
  const hosts = loopbackHosts(redirect);
  if (hosts.length === 0) {
    throw problem(
      'invalid-input',
      'Signing in with the system browser needs an http redirect URL on localhost or 127.0.0.1.',
      {
        fields: {
          redirectUrl: 'Use http://localhost:<port>/… or http://127.0.0.1:<port>/… for the system browser.',
        },
      },
    );
  }
  const port = redirect.port === '' ? 80 : Number(redirect.port);
  const callbackPath = redirect.pathname;
  const donePath = callbackPath === DONE_PATH ? ALTERNATE_DONE_PATH : DONE_PATH;

  let called = false;
  let nearMissed = false;
  let resolveOutcome: (outcome: SignInOutcome) => void = () => undefined;
  const outcome = new Promise<SignInOutcome>((resolve) => (resolveOutcome = resolve));
  let markDoneServed: () => void = () => undefined;
  const doneServed = new Promise<void>((resolve) => (markDoneServed = resolve));
  const servers: Server[] = [];

  let closed: Promise<void> | undefined;
  const closeAll = (): Promise<void> => {
    resolveOutcome({ ok: false, message: 'This sign-in attempt has ended.' });
    closed ??= (async () => {
      let graceOver: () => void = () => undefined;
      const grace = setTimeout(() => graceOver(), closeGraceMs);
      grace.unref();
      const graceEnded = new Promise<void>((resolve) => (graceOver = resolve));
      // The browser follows the 303 right after the callback: let it fetch the page that tells the user
      // to go back to the app, even when the attempt ended at once (a refusal, a forged state).
      if (called) await Promise.race([doneServed, graceEnded]);
      const closing = Promise.all(servers.map(closeServer));
      await Promise.race([closing, graceEnded]);
      servers.forEach((server) => server.closeAllConnections());
      await closing;
      clearTimeout(grace);
    })();
    return closed;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!isLoopbackHost(request.headers.host, port)) return send(response, 404, notFoundPage);
    // Built from the registered origin, not the Host header, so it matches the redirect URL exactly.
    const fullUrl = `${redirect.protocol}//${redirect.host}${request.url ?? '/'}`;
    let url: URL;
    try {
      url = new URL(fullUrl);
    } catch {
      return send(response, 404, notFoundPage);
    }
    const path = url.pathname;
    if (request.method === 'GET' && path === callbackPath && carriesState(url, expectedState)) {
      if (called) return send(response, 200, alreadyFinishedPage);
      called = true;
      try {
        onCallback(fullUrl);
      } catch {
        // The attempt reports its own failures; the browser still gets the clean page.
      }
      response.writeHead(303, { ...PAGE_HEADERS, Location: donePath });
      response.end();
      return;
    }
    if (
      request.method === 'GET' &&
      path !== callbackPath &&
      path !== donePath &&
      carriesState(url, expectedState)
    ) {
      // As the browser asked for it (its Host, the loopback name it used), to name what differs.
      const asked = `${redirect.protocol}//${request.headers.host ?? redirect.host}${request.url ?? '/'}`;
      const differences = redirectDifferences(asked, redirectUrl);
      if (differences !== undefined && !nearMissed && !called) {
        nearMissed = true;
        try {
          onNearMiss?.(asked);
        } catch {
          // The attempt reports its own failure.
        }
        const explanation = `This address differs from the redirect URL ${redirectUrl}: ${differences.join(', ')}.`;
        send(response, 400, nearMissPage(explanation));
        return;
      }
    }
    if (request.method === 'GET' && path === donePath && called) {
      send(response, 200, donePage(await outcome));
      // The tab has what it needs: nothing more to serve.
      response.once('finish', () => {
        markDoneServed();
        void closeAll();
      });
      return;
    }
    send(response, 404, notFoundPage);
  };

  const primaryHost = hosts[0];
  for (const host of hosts) {
    const server = createServer((request, response) => void handle(request, response));
    try {
      await listen(server, host, port);
      servers.push(server);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ::1 is a bonus for `localhost`: a machine without IPv6 is fine. But if another program holds
      // [::1]:port, a browser that tries ::1 first would hand it the code, so that is a failure too.
      if (host !== primaryHost && code !== 'EADDRINUSE') continue;
      await Promise.all(servers.map(closeServer));
      throw listenProblem(error, port);
    }
  }

  return {
    finish: (value) => resolveOutcome(value),
    close: closeAll,
  };
}
