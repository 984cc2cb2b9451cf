import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../../../common/ipc-contract';
import { XorCipher, confOpener } from '../storage/fakes';
import { json, startServer } from '../mix/test-server';
import { draftOf, hostProfile, startMixHost, startServices, waitFor } from './services-kit';

// Attacks on the binding of credentials to their hosts, through the real composition root.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('credentials bound to the hosts they were issued for', () => {
  it('moving a signed-in profile to another Mix.api host ends the session: no token is sent there', async () => {
    const real = await startMixHost('real');
    const other = await startMixHost('other');
    const kit = await startServices();
    const profile = await kit.invoke('profiles:save', hostProfile(real.url));
    await kit.signIn(profile.id);
    await kit.invoke('mix:get', { profileId: profile.id, endpoint: 'system.version' });
    expect(real.seen.at(-1)?.headers.authorization).toBe('Bearer real-access-token-1');

    // A typo, or a host someone talked the user into: the secret is typed again, as the form asks.
    await kit.invoke(
      'profiles:save',
      draftOf(profile, { apiUrl: other.url, clientSecret: 'typed-again-secret' }),
    );

    expect((await kit.invoke('session:get', { profileId: profile.id })).status).toBe('signed-out');
    const problem = await kit.problemOf('mix:get', { profileId: profile.id, endpoint: 'system.version' });
    expect(problem.code).toBe('not-signed-in');
    expect(other.seen.filter((request) => request.headers.authorization !== undefined)).toEqual([]);
    // The remembered Mix login of the old hosts is gone too.
    expect(kit.cleared).toContain(`persist:mix-signin-${profile.id}-0`);
  });

  it('a read still waiting to retry on the old Mix.api host never carries the token issued after the move', async () => {
    const real = await startMixHost('real');
    // The host the user moves away from (a typo, or someone else's): busy, it asks to be asked again.
    let busy = true;
    const old = await startServer((request) => {
      if (request.path !== '/v4/version') return json(200, { organizations: [], totalSize: 0 });
      if (!busy) return json(200, { mixVersion: '4.0', apiVersion: 'v4' });
      busy = false;
      return { ...json(503, { code: 14, message: 'busy' }), headers: { 'retry-after': '5' } };
    });
    const kit = await startServices();
    const profile = await kit.invoke('profiles:save', hostProfile(real.url, { apiUrl: old.url }));
    await kit.signIn(profile.id);
    // Signed in first, account details after: the lookup (and its request's timer) ends before timers are counted.
    await waitFor(() =>
      kit.events.some(
        ({ event, payload }) =>
          event === 'session:changed' && (payload as SessionState).organizationCount !== undefined,
      ),
    );
    const timersSignedIn = kit.clock.pendingTimers;
    const reading = kit.problemOf('mix:get', { profileId: profile.id, endpoint: 'system.version' });
    const versionReads = () => old.seen.filter((request) => request.path === '/v4/version');
    await waitFor(() => versionReads().length === 1 && kit.clock.pendingTimers > timersSignedIn);

    // Meanwhile the user points the profile at the right Mix.api and signs in again: a new token.
    await kit.invoke(
      'profiles:save',
      draftOf(profile, { apiUrl: real.url, clientSecret: 'typed-again-secret' }),
    );
    await kit.signIn(profile.id, { code: 'the-code-5678' });
    expect(real.tokensIssued()).toBe(2);
    kit.clock.advance(5_000);

    const outcome = await reading.catch((error: unknown) => error);
    expect(versionReads().map((request) => request.headers.authorization)).toEqual([
      'Bearer real-access-token-1',
    ]);
    expect(outcome).toMatchObject({ code: 'cancelled', message: expect.stringMatching(/changed/) });
  });

  it('a settings file edited behind the app’s back to point a profile elsewhere sends neither its token nor its secret there', async () => {
    const real = await startMixHost('real');
    const other = await startMixHost('other');
    const dir = mkdtempSync(join(tmpdir(), 'mix-rebound-'));
    dirs.push(dir);
    const cipher = new XorCipher();
    const first = await startServices({ settings: confOpener(dir), cipher });
    const profile = await first.invoke('profiles:save', hostProfile(real.url));
    await first.signIn(profile.id);
    first.services.dispose();

    // A local process rewrites the plain settings file; the encrypted secret and tokens stay as they were.
    const file = join(dir, 'settings.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as { profiles: Record<string, unknown>[] };
    settings.profiles = settings.profiles.map((stored) => ({
      ...stored,
      authServerUrl: other.url,
      apiUrl: other.url,
    }));
    writeFileSync(file, JSON.stringify(settings));

    const second = await startServices({ settings: confOpener(dir), cipher });
    await second.services.restoreSessions();
    const read = await second.problemOf('mix:get', { profileId: profile.id, endpoint: 'system.version' });
    expect(read.code).toBe('not-signed-in');
    await second.signIn(profile.id);

    const credentials = other.seen.map((request) => request.headers.authorization).filter(Boolean);
    expect(credentials).not.toContainEqual(expect.stringMatching(/real-access-token/));
    const grant = other.seen.find((request) => request.path === '/oauth2/token');
    expect(grant?.headers.authorization).toBeUndefined();
    expect((await second.invoke('profiles:list', null)).profiles[0]?.hasClientSecret).toBe(false);
  });

  it('a new authorization server never receives the stored secret: saving asks for it again', async () => {
    const real = await startMixHost('real');
    const other = await startMixHost('other');
    const kit = await startServices();
    const profile = await kit.invoke('profiles:save', hostProfile(real.url));
    await kit.signIn(profile.id);

    const refused = await kit.problemOf('profiles:save', draftOf(profile, { authServerUrl: other.url }));
    expect(refused.fields?.clientSecret).toMatch(/Enter the client secret again/);
    expect((await kit.invoke('session:get', { profileId: profile.id })).status).toBe('signed-in');

    const moved = await kit.invoke(
      'profiles:save',
      draftOf(profile, { authServerUrl: other.url, clientSecret: null }),
    );
    expect(moved.hasClientSecret).toBe(false);
    await kit.signIn(profile.id);
    const grant = other.seen.find((request) => request.path === '/oauth2/token');
    expect(grant?.headers.authorization).toBeUndefined();
  });

  it('duplicating a profile and pointing the copy elsewhere does not take the secret along', async () => {
    const real = await startMixHost('real');
    const other = await startMixHost('other');
    const kit = await startServices();
    const original = await kit.invoke('profiles:save', hostProfile(real.url));
    const copy = await kit.invoke('profiles:duplicate', { profileId: original.id });
    const refused = await kit.problemOf(
      'profiles:save',
      draftOf(copy, { authServerUrl: other.url, apiUrl: other.url }),
    );
    expect(refused.code).toBe('invalid-input');
    expect(refused.fields?.clientSecret).toBeDefined();
  });
});

describe('everything main sends the window is redacted', () => {
  it('an authorization error that echoes the request reaches neither the session event nor the result', async () => {
    const real = await startMixHost('real');
    const kit = await startServices();
    const profile = await kit.invoke('profiles:save', hostProfile(real.url));
    const failing = kit.problemOf('session:sign-in', { profileId: profile.id }).then((problem) => problem);
    await new Promise<void>((resolve) => setImmediate(resolve));
    const { request, observer, state } = kit.surface.last;
    const redirect = new URL(request.redirectUrl);
    redirect.search = new URLSearchParams({
      error: 'invalid_request',
      error_description: 'bad request client_secret=kit-client-secret-value&code_verifier=verifier-echo-1',
      state: state(),
    }).toString();
    observer.redirect(redirect.href);

    const problem = await failing;
    expect(problem.message).toContain('invalid_request');
    expect(problem.timeline?.map((step) => step.event)).toContain('redirect caught');
    const sent = JSON.stringify([problem, kit.events]);
    expect(sent).not.toMatch(/kit-client-secret-value|verifier-echo-1/);
  });
});
