import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import axios from 'axios';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  Profile,
  ProfileDraft,
  SettingsCheck,
  SettingsTestResult,
} from '../../../../common/ipc-contract';
import { sandboxProfileDraft } from '../../../../common/profile-defaults';
import { createAuthRateLimiter, type HoldBack } from '../../../../main/auth/auth-rate-limiter';
import { createSettingsTester, type SettingsTesterDeps } from '../../../../main/auth/settings-test';
import { systemClock } from '../../../../main/ports/clock';
import type { HttpClientFactory } from '../../../../main/ports/http';
import { sandboxesPerTest } from '../emulator/sandbox-test-kit';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
const sandbox = sandboxesPerTest();

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A hostile or unrelated server: it answers what the test decides (or never) and records what it got. */
async function hostile(answer: (req: IncomingMessage, res: ServerResponse) => void) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const plainHttp: HttpClientFactory = () => axios.create();

function tester(overrides: Partial<SettingsTesterDeps> = {}) {
  const holdBacks: HoldBack[] = [];
  const deps: SettingsTesterDeps = {
    http: plainHttp,
    unsavedHttp: plainHttp,
    profiles: { get: () => undefined, clientSecret: async () => undefined },
    limiter: createAuthRateLimiter({ clock: systemClock, onHoldBack: (event) => holdBacks.push(event) }),
    clock: systemClock,
    ...overrides,
  };
  return { settings: createSettingsTester(deps), holdBacks };
}

const outcomes = (result: SettingsTestResult) =>
  Object.fromEntries(result.checks.map((check) => [check.id, check.outcome]));
const check = (result: SettingsTestResult, id: SettingsCheck['id']) => {
  const found = result.checks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} line`);
  return found;
};

function draftFor(url: string, overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  return { ...sandboxProfileDraft(url), ...overrides };
}

describe('Test these settings, against the sandbox', () => {
  it('passes every check of the demo profile without signing in, each line with its reason', async () => {
    const running = await sandbox();
    const result = await tester().settings.test(draftFor(running.url));
    expect(outcomes(result)).toEqual({
      geography: 'skipped',
      'auth-host': 'pass',
      authorize: 'pass',
      'redirect-url': 'pass',
      'api-host': 'pass',
      'client-secret': 'pass',
      'service-account': 'skipped',
    });
    expect(check(result, 'authorize').detail).toContain('login_required');
    expect(check(result, 'redirect-url').detail).toContain('http://localhost:3000/callback');
    expect(check(result, 'auth-host').detail).toMatch(/plain HTTP/);
    expect(check(result, 'service-account').detail).toMatch(
      /service-account profiles \(Kind: Service account\)/,
    );
  });

  it('says the doctor’s words for a wrong secret, and never returns the secret', async () => {
    const running = await sandbox();
    const wrong = 'typo-in-the-secret-8f2k';
    const result = await tester().settings.test(draftFor(running.url, { clientSecret: wrong }));
    const line = check(result, 'client-secret');
    expect(line.outcome).toBe('fail');
    expect(line.detail).toContain('did not accept this client ID and secret (invalid_client)');
    expect(line.detail).toContain('Generate Mix.api service credentials');
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it('names a redirect URL the server does not know (trailing slash)', async () => {
    const running = await sandbox();
    const result = await tester().settings.test(
      draftFor(running.url, { redirectUrl: 'http://localhost:3000/callback/' }),
    );
    expect(check(result, 'redirect-url')).toMatchObject({ outcome: 'fail' });
    expect(check(result, 'redirect-url').detail).toContain('http://localhost:3000/callback/');
    expect(check(result, 'redirect-url').detail).toMatch(/not registered/);
    expect(check(result, 'authorize').outcome).toBe('fail');
  });

  it('says an unknown client ID is refused', async () => {
    const running = await sandbox();
    const result = await tester().settings.test(draftFor(running.url, { clientId: 'not-a-client' }));
    expect(check(result, 'authorize')).toMatchObject({ outcome: 'fail' });
    expect(check(result, 'authorize').detail).toMatch(/does not accept this client ID/);
    expect(check(result, 'client-secret').outcome).toBe('fail');
  });

  it('over TLS: passes with a trusted certificate, and names a certificate it cannot trust', async () => {
    const running = await sandbox({ tls: true });
    const trusting: HttpClientFactory = () =>
      axios.create({ httpsAgent: new Agent({ ca: running.certificate ?? '' }) });
    const trusted = await tester({ http: trusting, unsavedHttp: trusting }).settings.test(
      draftFor(running.url),
    );
    expect(check(trusted, 'auth-host')).toMatchObject({ outcome: 'pass' });
    expect(check(trusted, 'auth-host').detail).toMatch(/answered over TLS in \d+ ms/);
    expect(check(trusted, 'api-host').outcome).toBe('pass');

    const distrusting = await tester().settings.test(draftFor(running.url));
    expect(outcomes(distrusting)).toMatchObject({
      'auth-host': 'fail',
      authorize: 'skipped',
      'api-host': 'fail',
      'client-secret': 'fail',
    });
    expect(check(distrusting, 'auth-host').detail).toMatch(
      /secure connection .* failed \(certificate or TLS/,
    );
  });
});

describe('Test these settings, against hostile servers', () => {
  it('a server failing with 500 is the server’s trouble, not the settings', async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(500, { 'Content-Type': 'text/html' });
      res.end('<h1>Internal Server Error</h1>');
    });
    const result = await tester().settings.test(draftFor(server.url));
    expect(outcomes(result)).toMatchObject({
      'auth-host': 'pass',
      authorize: 'fail',
      'api-host': 'fail',
      'client-secret': 'fail',
    });
    expect(check(result, 'authorize').detail).toMatch(/HTTP 500.*not your settings/);
  });

  it('a slow server is given up on in time', async () => {
    const server = await hostile(() => undefined); // never answers
    const started = Date.now();
    const result = await tester({ timeoutMs: 300 }).settings.test(draftFor(server.url));
    expect(outcomes(result)).toMatchObject({
      'auth-host': 'fail',
      'api-host': 'fail',
      'client-secret': 'fail',
    });
    expect(check(result, 'auth-host').detail).toMatch(/did not answer within 0.3 seconds/);
    // Side by side, each bounded: far less than three timeouts in a row plus slack.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('an unrelated web server (wrong host) is not mistaken for an authorization server', async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end('<html><body><p>Page not found</p></body></html>');
    });
    const result = await tester().settings.test(draftFor(server.url));
    expect(check(result, 'authorize')).toMatchObject({ outcome: 'fail' });
    expect(check(result, 'authorize').detail).toContain('HTTP 404: "Page not found"');
    expect(check(result, 'client-secret').detail).toMatch(/without an OAuth error/);
  });

  it('a token endpoint that issues tokens for a made-up code is called untrustworthy', async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ access_token: 'x', token_type: 'bearer' }));
    });
    const result = await tester().settings.test(draftFor(server.url));
    expect(check(result, 'client-secret')).toMatchObject({ outcome: 'fail' });
    expect(check(result, 'client-secret').detail).toMatch(/not a trustworthy authorization server/);
  });

  it('an answer bigger than the bound is not read', async () => {
    const server = await hostile((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'text/html' });
      res.end('x'.repeat(1024 * 1024));
    });
    const result = await tester().settings.test(draftFor(server.url));
    expect(check(result, 'authorize')).toMatchObject({ outcome: 'fail' });
    expect(check(result, 'authorize').detail).toMatch(/larger than 64 KB/);
  });
});

describe('Test these settings of a service account (client credentials)', () => {
  const service = (url: string, overrides: Partial<ProfileDraft> = {}) =>
    draftFor(url, { kind: 'service-account', ...overrides });

  it('asks the sandbox for a real token: the service-account line passes, the browser lines are skipped', async () => {
    const running = await sandbox();
    const result = await tester().settings.test(service(running.url));
    expect(outcomes(result)).toEqual({
      geography: 'skipped',
      'auth-host': 'pass',
      authorize: 'skipped',
      'redirect-url': 'skipped',
      'api-host': 'pass',
      'client-secret': 'skipped',
      'service-account': 'pass',
    });
    expect(check(result, 'service-account').detail).toMatch(
      /issued a service-account token for "mix-api", valid for 15 minutes/,
    );
    expect(check(result, 'authorize').detail).toMatch(/does not sign in through the browser/);
  });

  it('a wrong secret fails with the doctor’s words and the secret is nowhere in the result', async () => {
    const running = await sandbox();
    const wrong = 'wrong-service-secret-77';
    const result = await tester().settings.test(service(running.url, { clientSecret: wrong }));
    expect(check(result, 'service-account')).toMatchObject({ outcome: 'fail' });
    expect(check(result, 'service-account').detail).toContain('(invalid_client)');
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it.each([
    ['a 500', 500, JSON.stringify({ error: 'server_error' }), /HTTP 500.*not your settings/],
    ['a huge answer', 200, 'x'.repeat(1024 * 1024), /larger than 64 KB/],
    [
      'a token for another scope',
      200,
      JSON.stringify({ access_token: 'a', token_type: 'bearer', scope: 'other-api' }),
      /not for this profile: it grants "other-api"/,
    ],
  ])('a hostile token endpoint (%s) fails the line', async (_what, status, body, said) => {
    const server = await hostile((_req, res) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(body);
    });
    const result = await tester().settings.test(service(server.url));
    expect(check(result, 'service-account')).toMatchObject({ outcome: 'fail' });
    expect(check(result, 'service-account').detail).toMatch(said);
  });

  it('a token endpoint that never answers is given up on in time', async () => {
    const server = await hostile(() => undefined);
    const result = await tester({ timeoutMs: 300 }).settings.test(service(server.url));
    expect(check(result, 'service-account').detail).toMatch(/did not answer within 0.3 seconds/);
  });
});

describe('Test these settings: which secret goes where', () => {
  const STORED = 'stored-secret-value-31415';

  async function setup() {
    const running = await sandbox();
    const saved: Profile = {
      ...draftFor(running.url),
      id: 'p1',
      hasClientSecret: true,
    };
    const asked: string[] = [];
    const used: string[] = [];
    const recordingFactory =
      (name: string): HttpClientFactory =>
      (profile) => {
        used.push(`${name}:${profile.id}`);
        return axios.create();
      };
    const deps = {
      http: recordingFactory('bound'),
      unsavedHttp: recordingFactory('unsaved'),
      profiles: {
        get: (id: string) => (id === 'p1' ? saved : undefined),
        clientSecret: async (id: string) => {
          asked.push(id);
          return running.options.clients[0]?.clientSecret;
        },
      },
    };
    return { running, saved, asked, used, deps };
  }

  it('uses the stored secret for the hosts and client ID it was saved with, over the bound factory', async () => {
    const { running, saved, asked, used, deps } = await setup();
    const { clientSecret: _none, ...settings } = draftFor(running.url);
    const result = await tester(deps).settings.test({ ...settings, id: saved.id });
    expect(asked).toEqual(['p1']);
    expect(check(result, 'client-secret').outcome).toBe('pass');
    expect(used.every((entry) => entry === 'bound:p1')).toBe(true);
  });

  it('never sends the stored secret to another authorization server: the typed one is required', async () => {
    const { saved, asked, used, deps } = await setup();
    const elsewhere = await hostile((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_grant' }));
    });
    const profiles = { ...deps.profiles, clientSecret: async () => STORED };
    const { clientSecret: _none, ...settings } = draftFor(elsewhere.url);
    const result = await tester({ ...deps, profiles }).settings.test({ ...settings, id: saved.id });
    expect(check(result, 'client-secret')).toMatchObject({ outcome: 'skipped' });
    expect(check(result, 'client-secret').detail).toMatch(/Type the client secret/);
    expect(asked).toEqual([]);
    expect(elsewhere.seen.some((request) => request.method === 'POST')).toBe(false);
    const everything = JSON.stringify(elsewhere.seen);
    expect(everything).not.toContain(STORED);
    expect(everything).not.toContain(Buffer.from(STORED).toString('base64'));
    // Unsaved hosts go through the plain factory under a profile id no credential is bound to.
    expect(used.every((entry) => entry === 'unsaved:settings-test')).toBe(true);
  });

  it('a changed client ID alone also requires the typed secret', async () => {
    const { running, saved, asked, deps } = await setup();
    const { clientSecret: _none, ...settings } = draftFor(running.url, { clientId: 'another-client' });
    const result = await tester(deps).settings.test({ ...settings, id: saved.id });
    expect(check(result, 'client-secret').outcome).toBe('skipped');
    expect(asked).toEqual([]);
  });

  it('the typed secret goes to the typed hosts', async () => {
    const { saved, deps } = await setup();
    const elsewhere = await hostile((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_grant' }));
    });
    const result = await tester(deps).settings.test(
      draftFor(elsewhere.url, { id: saved.id, clientSecret: 'typed-secret-2718' }),
    );
    expect(check(result, 'client-secret').outcome).toBe('pass');
    const post = elsewhere.seen.find((request) => request.method === 'POST');
    expect(post?.headers.authorization).toBe(
      `Basic ${Buffer.from('mix-explorer-demo:typed-secret-2718').toString('base64')}`,
    );
  });
});

describe('Test these settings under the one rate limiter', () => {
  it('holds back with purpose "settings test" and says so on the lines', async () => {
    const running = await sandbox();
    const holdBacks: HoldBack[] = [];
    const limiter = createAuthRateLimiter({
      clock: systemClock,
      perMinute: 2,
      onHoldBack: (event) => holdBacks.push(event),
    });
    const { settings } = tester({ limiter });
    expect(check(await settings.test(draftFor(running.url)), 'client-secret').outcome).toBe('pass');
    const second = await settings.test(draftFor(running.url));
    expect(outcomes(second)).toMatchObject({
      'auth-host': 'skipped',
      authorize: 'skipped',
      'client-secret': 'skipped',
      'api-host': 'pass',
    });
    expect(check(second, 'authorize').detail).toMatch(/at most 2 requests a minute/);
    expect(holdBacks.length).toBeGreaterThan(0);
    expect(holdBacks.every((event) => event.purpose === 'settings test' && event.refused)).toBe(true);
  });
});
