import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SANDBOX_USER } from '../../../../main/emulator/defaults';
import { startSandbox } from '../../../../main/emulator/server';
import {
  authorizeUrl,
  browserGet,
  browserPost,
  callbackParams,
  CookieJar,
  decide,
  login,
  requestIdIn,
} from './sandbox-test-kit';
import type { RunningSandbox } from '../../../../main/emulator/types';

let sandbox: RunningSandbox;
let jar: CookieJar;

beforeEach(async () => {
  sandbox = await startSandbox({
    port: 0,
    clients: [
      {
        clientId: 'explorer',
        clientSecret: 'x',
        name: 'Mix <Explorer>',
        redirectUris: ['http://localhost:3000/callback'],
      },
    ],
    users: [DEFAULT_SANDBOX_USER, { email: 'second@mix.example', password: 'pw2' }],
  });
  jar = new CookieJar();
});
afterEach(() => sandbox.close());

const url = (params: Record<string, string | null> = {}) =>
  authorizeUrl(sandbox, { client_id: 'explorer', ...params });

describe('login page', () => {
  it('rejects a wrong password with 401, a visible error and the typed email kept', async () => {
    const page = await browserGet(url(), jar);
    const request = requestIdIn(await page.text());
    const response = await browserPost(
      `${sandbox.url}/oauth2/login`,
      { request, email: 'demo@mix.example', password: 'wrong' },
      jar,
    );
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain('Incorrect email or password.');
    expect(html).toContain('value="demo@mix.example"');
    expect(response.headers.getSetCookie()).toEqual([]);
    // The same pending request still works after a typo.
    const retry = await browserPost(
      `${sandbox.url}/oauth2/login`,
      { request: requestIdIn(html), email: 'demo@mix.example', password: 'sandbox' },
      jar,
    );
    expect(retry.status).toBe(200);
  });

  it('rejects an unknown email the same way, escaping what was typed', async () => {
    const request = requestIdIn(await (await browserGet(url(), jar)).text());
    const response = await browserPost(
      `${sandbox.url}/oauth2/login`,
      { request, email: '"><i>x@y', password: 'sandbox' },
      jar,
    );
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain('Incorrect email or password.');
    expect(html).toContain('value="&quot;&gt;&lt;i&gt;x@y"');
  });

  it('refuses an unknown request id and a non-form body', async () => {
    const unknown = await browserPost(
      `${sandbox.url}/oauth2/login`,
      { request: 'made-up', email: 'demo@mix.example', password: 'sandbox' },
      jar,
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('expired');
    const json = await fetch(`${sandbox.url}/oauth2/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
  });

  it('sets an HttpOnly SameSite=Lax session cookie and shows consent naming the client and scope', async () => {
    const consent = await login(sandbox, await browserGet(url(), jar), jar);
    const cookie = consent.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(consent.status).toBe(200);
    const html = await consent.clone().text();
    expect(html).toContain('Mix &lt;Explorer&gt;');
    expect(html).toContain('mix-api');
    expect(html).toContain('<button type="submit" name="decision" value="allow">Allow</button>');
    expect(html).toMatch(/<button type="submit" name="decision" value="deny"[^>]*>Deny<\/button>/);
  });
});

describe('consent', () => {
  it('Allow redirects with a code and the state; the decision is remembered for the next authorize', async () => {
    const consent = await login(sandbox, await browserGet(url({ state: 'one' }), jar), jar);
    const first = callbackParams(await decide(sandbox, consent, jar, 'allow'));
    expect(first.get('code')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(first.get('state')).toBe('one');

    const again = callbackParams(await browserGet(url({ state: 'two' }), jar));
    expect(again.get('state')).toBe('two');
    expect(again.get('code')).toBeTruthy();
    expect(again.get('code')).not.toBe(first.get('code'));
  });

  it('Deny redirects with access_denied, a description and the state', async () => {
    const consent = await login(sandbox, await browserGet(url({ state: 'abc' }), jar), jar);
    const query = callbackParams(await decide(sandbox, consent, jar, 'deny'));
    expect(query.get('error')).toBe('access_denied');
    expect(query.get('error_description')).toBeTruthy();
    expect(query.get('state')).toBe('abc');
    expect(query.has('code')).toBe(false);
    // Denying is not remembered: the next authorize asks again.
    const next = await browserGet(url(), jar);
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('>Allow</button>');
  });

  it('answers a consent form only once', async () => {
    const consent = await login(sandbox, await browserGet(url(), jar), jar);
    const request = requestIdIn(await consent.text());
    callbackParams(await browserPost(`${sandbox.url}/oauth2/consent`, { request, decision: 'allow' }, jar));
    const replay = await browserPost(`${sandbox.url}/oauth2/consent`, { request, decision: 'allow' }, jar);
    expect(replay.status).toBe(400);
  });

  it('remembers consent per user: another user is asked', async () => {
    const consent = await login(sandbox, await browserGet(url(), jar), jar);
    callbackParams(await decide(sandbox, consent, jar, 'allow'));
    const otherJar = new CookieJar();
    const otherConsent = await login(sandbox, await browserGet(url(), otherJar), otherJar, {
      email: 'second@mix.example',
      password: 'pw2',
    });
    expect(await otherConsent.text()).toContain('Signed in as second@mix.example');
  });

  it('prompt=consent asks again, prompt=login asks for the password again', async () => {
    const consent = await login(sandbox, await browserGet(url(), jar), jar);
    callbackParams(await decide(sandbox, consent, jar, 'allow'));
    const asked = await browserGet(url({ prompt: 'consent' }), jar);
    expect(await asked.text()).toContain('>Allow</button>');
    const relogin = await browserGet(url({ prompt: 'login' }), jar);
    expect(await relogin.text()).toContain('>Sign in</button>');
  });

  it('after endSsoSessions the next authorize shows the login page again', async () => {
    const consent = await login(sandbox, await browserGet(url(), jar), jar);
    callbackParams(await decide(sandbox, consent, jar, 'allow'));
    sandbox.endSsoSessions();
    const page = await browserGet(url(), jar);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('>Sign in</button>');
  });

  it('a consent post after the session ended goes back to the login page', async () => {
    const consent = await login(sandbox, await browserGet(url(), jar), jar);
    const request = requestIdIn(await consent.text());
    sandbox.endSsoSessions();
    const response = await browserPost(`${sandbox.url}/oauth2/consent`, { request, decision: 'allow' }, jar);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('>Sign in</button>');
  });
});
