import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createTokenClient } from '../../../../main/auth/token-client';
import { HTTP_TIMEOUT_MS, createElectronHttpClientFactory } from '../../../../main/electron/electron-http';
import { createActivityLog } from '../../../../main/mix/activity-log';
import { createMixClient, type MixClientDeps } from '../../../../main/mix/mix-client';
import { systemClock } from '../../../../main/ports/clock';
import { FakeClock, FakeProfiles, testProfile } from '../session/fakes';
import { json, startServer, type Route } from '../mix/test-server';
import { FakeElectronNet } from './fake-electron-net';
import { problemOf } from '../support/problems';

// Main's HTTP callers (Mix.api gateway, token endpoint, downloads) on the Electron adapter over the
// Electron-like net, where Node's fetch would have hidden what Electron does differently.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function server(route: Route) {
  const started = await startServer(route);
  closers.push(started.close);
  return started;
}

function electronHttp() {
  const net = new FakeElectronNet();
  return { net, http: createElectronHttpClientFactory(net.request) };
}

/** main's Mix client reading `GET /v4/version`, whose body is what these tests look at. */
function versionReader(deps: Omit<MixClientDeps, 'clock'>) {
  const client = createMixClient({ ...deps, clock: systemClock });
  return {
    version: async (profileId: string) =>
      (await client.get(profileId, 'system.version')).data as { mixVersion?: string },
  };
}

const sessions = { accessToken: async () => 'tok-1', renew: async () => 'tok-2', rejected: () => undefined };

describe('Mix.api and the token endpoint on Electron’s network stack', () => {
  it('tells the user Mix.api answered with a redirect, and follows it nowhere', async () => {
    const elsewhere = await server(() => json(200, { apiVersion: 'stolen' }));
    const api = await server(() => ({
      status: 302,
      body: '',
      headers: { location: `${elsewhere.url}/v4/version` },
    }));
    const { http } = electronHttp();
    const gateway = versionReader({
      http,
      profiles: new FakeProfiles(testProfile('p1', { system: 'custom', apiUrl: api.url })),
      sessions,
      userAgent: 'MixExplorer/test',
      sleep: () => Promise.resolve(),
    });

    const problem = await problemOf(gateway.version('p1'));

    expect(problem).toMatchObject({ code: 'http', status: 302, actions: ['open-settings'] });
    expect(problem.message).toContain('answered with a redirect (HTTP 302)');
    expect(elsewhere.seen).toHaveLength(0);
  });

  it('tells the user the token endpoint answered with a redirect, and sends the code nowhere else', async () => {
    const elsewhere = await server(() => json(200, { access_token: 'stolen', expires_in: 900 }));
    const auth = await server(() => ({
      status: 307,
      body: '',
      headers: { location: `${elsewhere.url}/oauth2/token` },
    }));
    const { http } = electronHttp();
    const tokens = createTokenClient(http, new FakeClock());

    const problem = await problemOf(
      tokens.exchangeCode(testProfile('p1', { authServerUrl: auth.url }), 'secret', { code: 'code-1' }),
    );

    expect(problem).toMatchObject({ code: 'token-error', status: 307 });
    expect(problem.message).toContain('answered with a redirect (HTTP 307)');
    expect(elsewhere.seen).toHaveLength(0);
  });

  it('neither sends nor keeps cookies on API calls', async () => {
    const api = await server(() => ({
      ...json(200, { mixEnvironment: 'x', mixVersion: '1', apiVersion: 'v4' }),
      headers: { 'set-cookie': 'AWSALB=sticky; Path=/' },
    }));
    const { http, net } = electronHttp();
    net.storeCookies(new URL(api.url), ['existing=1']);
    const gateway = versionReader({
      http,
      profiles: new FakeProfiles(testProfile('p1', { system: 'custom', apiUrl: api.url })),
      sessions,
      userAgent: 'MixExplorer/test',
    });

    await gateway.version('p1');
    await gateway.version('p1');

    expect(api.seen.map((request) => request.headers.cookie)).toEqual([undefined, undefined]);
    expect(net.cookieHeader(new URL(api.url))).toBe('existing=1');
  });

  it('never serves authenticated JSON from the HTTP cache', async () => {
    let served = 0;
    const api = await server(() => ({
      ...json(200, { mixEnvironment: 'x', mixVersion: String((served += 1)), apiVersion: 'v4' }),
      headers: { 'cache-control': 'private, max-age=600' },
    }));
    const { http, net } = electronHttp();
    const gateway = versionReader({
      http,
      profiles: new FakeProfiles(testProfile('p1', { system: 'custom', apiUrl: api.url })),
      sessions,
      userAgent: 'MixExplorer/test',
    });

    const first = await gateway.version('p1');
    const second = await gateway.version('p1');

    expect([first.mixVersion, second.mixVersion]).toEqual(['1', '2']);
    expect(net.cache.size).toBe(0);
  });

  it('keeps download progress within the known size when Chromium decodes a compressed body', async () => {
    const payload = Buffer.from(`PK\x03\x04${'mix '.repeat(64 * 1024)}`, 'latin1');
    const compressed = gzipSync(payload);
    const gz = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-encoding': 'gzip',
        'content-length': String(compressed.length),
      });
      res.end(compressed);
    });
    await new Promise<void>((resolve) => gz.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => gz.close(() => resolve())));
    const address = gz.address() as AddressInfo;
    const folder = await mkdtemp(join(tmpdir(), 'electron-download-'));
    closers.push(() => rm(folder, { recursive: true, force: true }));
    const { http } = electronHttp();
    const clock = new FakeClock();
    const client = createMixClient({
      http,
      profiles: new FakeProfiles(
        testProfile('p1', { system: 'custom', apiUrl: `http://127.0.0.1:${address.port}` }),
      ),
      sessions,
      userAgent: 'MixExplorer/test',
      clock,
      activity: createActivityLog({ clock }),
    });
    const progress: { bytes: number; total?: number }[] = [];

    const result = await client.download(
      'p1',
      'projects.export',
      { projectId: '1922' },
      { targetPath: join(folder, 'p.zip'), onProgress: (bytes, total) => progress.push({ bytes, total }) },
    );

    expect(result.bytes).toBe(payload.length);
    expect((await readFile(join(folder, 'p.zip'))).equals(payload)).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every(({ bytes, total }) => total === undefined || bytes <= total)).toBe(true);
  });

  it('has a request timeout and never follows redirects by default', () => {
    const { http } = electronHttp();
    const instance = http(testProfile('p1'));
    expect(instance.defaults.timeout).toBe(HTTP_TIMEOUT_MS);
    expect(instance.defaults.maxRedirects).toBe(0);
  });
});
