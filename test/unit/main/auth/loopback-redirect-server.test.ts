import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startLoopbackRedirectServer } from '../../../../main/auth/loopback-redirect-server';
import type { LoopbackRedirectServer } from '../../../../main/auth/loopback-redirect-server';
import { canListen, freePort, occupy } from '../../../support/ports';
import { problemOf } from '../support/problems';

/** The attempt's state: only a callback carrying it is the real redirect. */
const STATE = 's';

/** A GET with a Host header of our choosing (fetch would not let a test set it). */
function getWithHost(port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('startLoopbackRedirectServer', () => {
  const open: LoopbackRedirectServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  async function start(host = '127.0.0.1') {
    const port = await freePort();
    const redirectUrl = `http://${host}:${port}/callback`;
    const calls: string[] = [];
    // No grace: these tests fetch the done page themselves when they need it.
    const server = await startLoopbackRedirectServer(redirectUrl, STATE, (url) => calls.push(url), {
      closeGraceMs: 0,
    });
    open.push(server);
    return { port, base: `http://127.0.0.1:${port}`, redirectUrl, calls, server };
  }

  it('hands the full redirect URL over once and sends the browser to a clean URL without the code', async () => {
    const { base, redirectUrl, calls } = await start();
    const response = await fetch(`${base}/callback?code=c0de&state=s`, { redirect: 'manual' });

    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).not.toMatch(/code|state|c0de/);
    expect(new URL(location, base).pathname).not.toBe('/callback');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(calls).toEqual([`${redirectUrl}?code=c0de&state=s`]);
  });

  it('serves the done page with the outcome given to finish(), with a strict CSP, then stops listening', async () => {
    const { base, port, server } = await start();
    const redirect = await fetch(`${base}/callback?code=c&state=s`, { redirect: 'manual' });
    const donePage = fetch(new URL(redirect.headers.get('location') ?? '', base));

    server.finish({ ok: true });
    const page = await donePage;
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('Signed in. You can close this tab and return to Mix Explorer.');

    await server.close();
    expect(await canListen(port)).toBe(true);
  });

  it('shows a failure message as text, HTML-escaped', async () => {
    const { base, server } = await start();
    const redirect = await fetch(`${base}/callback?state=s`, { redirect: 'manual' });
    server.finish({ ok: false, message: 'Mix said <script>alert(1)</script>.' });
    const html = await (await fetch(new URL(redirect.headers.get('location') ?? '', base))).text();
    expect(html).toContain('Mix said &#60;script&#62;alert(1)&#60;/script&#62;.');
    expect(html).not.toContain('<script>');
  });

  it('answers a second callback with an "already finished" page and does not report it', async () => {
    const { base, calls } = await start();
    await fetch(`${base}/callback?code=1&state=s`, { redirect: 'manual' });
    const second = await fetch(`${base}/callback?code=2&state=s`, { redirect: 'manual' });
    expect(second.status).toBe(200);
    expect(await second.text()).toContain('This sign-in already finished');
    expect(calls).toHaveLength(1);
  });

  it.each(['/', '/callback.evil', '/callback/', '/Callback', '/favicon.ico', '/mix-explorer/done'])(
    'answers 404 for %s before any callback',
    async (path) => {
      const { base, calls } = await start();
      const response = await fetch(`${base}${path}?code=x&state=other`, { redirect: 'manual' });
      expect(response.status).toBe(404);
      expect(calls).toEqual([]);
    },
  );

  it.each([
    ['/callback/', 'the path ends with a slash that the profile’s does not have'],
    ['/Callback', 'the path is /Callback instead of /callback'],
  ])(
    'names a near miss (%s) that carries the attempt’s state, without handing its code over',
    async (path, difference) => {
      const port = await freePort();
      const redirectUrl = `http://localhost:${port}/callback`;
      const calls: string[] = [];
      const nearMisses: string[] = [];
      const server = await startLoopbackRedirectServer(redirectUrl, STATE, (url) => calls.push(url), {
        closeGraceMs: 0,
        onNearMiss: (url) => nearMisses.push(url),
      });
      open.push(server);
      const response = await fetch(`http://localhost:${port}${path}?code=the-c0de&state=s`, {
        redirect: 'manual',
      });
      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain(difference);
      expect(page).toContain(redirectUrl);
      expect(page).not.toContain('the-c0de');
      expect(calls).toEqual([]);
      expect(nearMisses).toEqual([`http://localhost:${port}${path}?code=the-c0de&state=s`]);
      // Said once; a second one is a stray.
      const again = await fetch(`http://localhost:${port}${path}?code=x&state=s`, { redirect: 'manual' });
      expect(again.status).toBe(404);
      expect(nearMisses).toHaveLength(1);
    },
  );

  it.each([
    ['no state', '/callback?code=forged'],
    ['another state', '/callback?code=forged&state=guess'],
    ['two states', '/callback?code=forged&state=s&state=t'],
    ['an error without the state', '/callback?error=access_denied'],
  ])('a stray request with %s gets a 404 and the real redirect still gets through', async (_what, path) => {
    const { base, calls, redirectUrl } = await start();
    const stray = await fetch(`${base}${path}`, { redirect: 'manual' });
    expect(stray.status).toBe(404);
    expect(calls).toEqual([]);
    const real = await fetch(`${base}/callback?code=real&state=s`, { redirect: 'manual' });
    expect(real.status).toBe(303);
    expect(calls).toEqual([`${redirectUrl}?code=real&state=s`]);
  });

  it.each(['evil.example', 'evil.example:PORT', 'localhost.evil.example:PORT', '127.0.0.1:1', 'a b'])(
    'refuses a request whose Host header is %s (a rebound DNS name), even with the right state',
    async (host) => {
      const { port, calls } = await start();
      const status = await getWithHost(port, '/callback?code=c&state=s', host.replace('PORT', String(port)));
      expect([400, 404]).toContain(status);
      expect(calls).toEqual([]);
    },
  );

  it.each(['127.0.0.1:PORT', 'localhost:PORT', '[::1]:PORT'])(
    'accepts the loopback Host header %s',
    async (host) => {
      const { port, calls } = await start();
      expect(await getWithHost(port, '/callback?code=c&state=s', host.replace('PORT', String(port)))).toBe(
        303,
      );
      expect(calls).toHaveLength(1);
    },
  );

  it('listens for localhost on 127.0.0.1', async () => {
    const { base, calls } = await start('localhost');
    expect((await fetch(`${base}/callback?code=1&state=s`, { redirect: 'manual' })).status).toBe(303);
    expect(calls[0]).toMatch(/^http:\/\/localhost:\d+\/callback\?code=1&state=s$/);
  });

  it('also answers on [::1] for localhost when the machine has IPv6', async (context) => {
    if (!(await canListen(0, '::1'))) context.skip('no IPv6 loopback on this machine');
    const { port, calls } = await start('localhost');
    expect((await fetch(`http://[::1]:${port}/callback?code=6&state=s`, { redirect: 'manual' })).status).toBe(
      303,
    );
    expect(calls).toHaveLength(1);
  });

  it('reports a port in use, naming it', async () => {
    const port = await freePort();
    const holder = await occupy(port);
    try {
      const p = await problemOf(
        startLoopbackRedirectServer(`http://127.0.0.1:${port}/callback`, STATE, () => undefined),
      );
      expect(p.code).toBe('port-in-use');
      expect(p.message).toBe(
        `Port ${port} is already in use, so Mix Explorer cannot receive the sign-in redirect. Close the program using it, or register another redirect URL.`,
      );
    } finally {
      await holder.release();
    }
  });

  it.each([
    'https://localhost:3000/callback',
    'http://example.com:3000/callback',
    'http://0.0.0.0:3000/cb',
    'junk',
  ])('refuses the non-loopback redirect URL %s', async (url) => {
    expect((await problemOf(startLoopbackRedirectServer(url, STATE, () => undefined))).code).toBe(
      'invalid-input',
    );
  });

  it('stops listening on close() even when the browser never came back', async () => {
    const { port, server } = await start();
    expect(await canListen(port)).toBe(false);
    await server.close();
    expect(await canListen(port)).toBe(true);
  });
});
