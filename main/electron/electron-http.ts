import axios from 'axios';
import type { HttpClientFactory } from '../ports/http';
import { createElectronFetch, type NetRequest } from './electron-fetch';

export const HTTP_TIMEOUT_MS = 30_000;

/**
 * axios on Electron's network stack (Chromium's), so system proxies, PAC files and corporate certificates
 * apply to the token endpoint and Mix.api as they do in the user's browser. The fetch underneath is
 * electron-fetch.ts: redirects come back as answers, no cookies, no HTTP cache.
 */
export function createElectronHttpClientFactory(request: NetRequest): HttpClientFactory {
  const fetch = createElectronFetch(request);
  return () =>
    axios.create({
      adapter: 'fetch',
      env: { fetch },
      timeout: HTTP_TIMEOUT_MS,
      // Never follow a redirect, whatever a caller forgets to say: it would carry a token elsewhere.
      maxRedirects: 0,
    });
}
