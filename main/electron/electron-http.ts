import axios from 'axios';
import type { HttpClientFactory } from '../ports/http';

/** Electron's `session.fetch` (`net.fetch` on a session): takes a string or a Request, not a URL. */
export type ElectronFetch = (input: string | Request, init?: RequestInit) => Promise<Response>;

export const HTTP_TIMEOUT_MS = 30_000;

/** axios's fetch `env.fetch` accepts a URL too; Electron's fetch does not. */
export function adaptFetch(
  fetch: ElectronFetch,
): (input: URL | Request | string, init?: RequestInit) => Promise<Response> {
  return (input, init) => fetch(input instanceof URL ? input.href : input, init);
}

/**
 * axios on Electron's network stack (Chromium's), so system proxies, PAC files and corporate certificates
 * apply to the token endpoint and Mix.api as they do in the user's browser.
 */
export function createElectronHttpClientFactory(fetch: ElectronFetch): HttpClientFactory {
  const envFetch = adaptFetch(fetch);
  return () => axios.create({ adapter: 'fetch', env: { fetch: envFetch }, timeout: HTTP_TIMEOUT_MS });
}
