import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../../../common/ipc-contract';
import {
  HTTP_TIMEOUT_MS,
  createElectronHttpClientFactory,
  type ElectronFetch,
} from '../../../../main/electron/electron-http';

const profile = { id: 'p1' } as Profile;

describe('electron http client factory', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({ method: request.method, path: request.url, auth: request.headers.authorization }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Electron's session.fetch refuses URL objects; this stand-in does too, and counts its calls. */
  function electronLikeFetch(): { fetch: ElectronFetch; inputs: unknown[] } {
    const inputs: unknown[] = [];
    return {
      inputs,
      fetch: (input, init) => {
        inputs.push(input);
        if (typeof input !== 'string' && !(input instanceof Request)) throw new TypeError('Invalid URL');
        return fetch(input, init);
      },
    };
  }

  it('sends requests through the given (Electron) fetch and parses JSON', async () => {
    const { fetch, inputs } = electronLikeFetch();
    const http = createElectronHttpClientFactory(fetch)(profile);
    const response = await http.get(`${origin}/v4/organizations?limit=1`, {
      headers: { Authorization: 'Bearer t' },
    });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ method: 'GET', path: '/v4/organizations?limit=1', auth: 'Bearer t' });
    expect(inputs.length).toBeGreaterThan(0);
  });

  it('has a request timeout', () => {
    const http = createElectronHttpClientFactory(electronLikeFetch().fetch)(profile);
    expect(http.defaults.timeout).toBe(HTTP_TIMEOUT_MS);
  });
});
