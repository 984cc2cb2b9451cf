import { afterEach, describe, expect, it } from 'vitest';
import type {
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  Result,
  SessionState,
} from '../../../common/ipc-contract';
import { FakeBridge } from '../renderer/fake-bridge';
import { hostProfile, startServices, waitFor } from '../main/app/services-kit';
import { json, startServer } from '../main/mix/test-server';

/**
 * One list of session scenarios (sign-in, cancel, renewal, expiry, errors) run against both sides of the
 * contract: the real main services (createMainServices over a real token endpoint and Mix.api, a fake
 * sign-in window) and the renderer's fake bridge. What the renderer can observe — each invoke's Result and
 * the `session:changed` states — must be the same on both, so the renderer's tests cannot pass against a
 * main that does not exist. The real main is the truth: where they differ, the fake is wrong.
 */
interface ContractSide {
  profileId: string;
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<Result<InvokeResponse<C>>>;
  /** Every `session:changed` payload so far. */
  changes: SessionState[];
  /** The sign-in window is open, waiting for the person. */
  windowOpen(): Promise<void>;
  /** The person signs in in the Mix window and the token endpoint answers with tokens. */
  personSignsIn(): Promise<void>;
  /** The person closes the Mix window. */
  personClosesWindow(): Promise<void>;
  /** The person signs in, but the token endpoint refuses the client (wrong secret). */
  clientRefused(): Promise<void>;
  /** Time passes until the token is renewed, and renewal works. */
  renewalWorks(): Promise<void>;
  /** Time passes until renewal, and the authorization service says no for good. */
  renewalRefused(): Promise<void>;
}

const ACCOUNT = 'demo@mix.example';

async function realMain(): Promise<ContractSide> {
  let tokenAnswer: 'tokens' | 'invalid_client' | 'invalid_grant' = 'tokens';
  let issued = 0;
  const server = await startServer((request) => {
    if (request.path === '/oauth2/token') {
      if (tokenAnswer !== 'tokens') {
        return json(tokenAnswer === 'invalid_client' ? 401 : 400, { error: tokenAnswer });
      }
      issued += 1;
      return json(200, {
        access_token: `access-${issued}`,
        refresh_token: `refresh-${issued}`,
        token_type: 'bearer',
        expires_in: 900,
        scope: 'mix-api',
      });
    }
    if (request.path === '/v4/organizations') {
      return json(200, {
        organizations: [{ id: '1', displayName: ACCOUNT, type: 'PERSONAL' }],
        totalSize: 1,
      });
    }
    if (request.path === '/v4/version') return json(200, { mixVersion: '4.0', apiVersion: 'v4' });
    return json(404, { code: 5, message: 'not found' });
  });
  const kit = await startServices();
  const profile = await kit.invoke('profiles:save', hostProfile(server.url));
  const changes: SessionState[] = [];
  const seen = () => {
    for (const { event, payload } of kit.events.splice(0)) {
      if (event === 'session:changed') changes.push(payload as SessionState);
    }
    return changes;
  };
  let windows = 0;
  const redirect = () => {
    const { request, observer, state } = kit.surface.last;
    const url = new URL(request.redirectUrl);
    url.search = new URLSearchParams({ code: 'the-code-1234', state: state() }).toString();
    observer.redirect(url.href);
  };
  const renewalDue = async () => {
    const state = (await kit.invoke('session:get', { profileId: profile.id })) as SessionState;
    kit.clock.advance((state.renewsAt ?? state.expiresAt ?? kit.clock.now()) - kit.clock.now());
  };
  const side: ContractSide = {
    profileId: profile.id,
    invoke: (channel, request) => kit.call(channel, request) as never,
    get changes() {
      return seen();
    },
    async windowOpen() {
      await waitFor(() => kit.surface.opened.length > windows);
      windows = kit.surface.opened.length;
    },
    async personSignsIn() {
      tokenAnswer = 'tokens';
      redirect();
    },
    async personClosesWindow() {
      kit.surface.last.observer.closed();
    },
    async clientRefused() {
      tokenAnswer = 'invalid_client';
      redirect();
    },
    async renewalWorks() {
      const before = issued;
      tokenAnswer = 'tokens';
      await renewalDue();
      await waitFor(() => issued > before && seen().at(-1)?.renewal === 'idle', 2_000);
    },
    async renewalRefused() {
      tokenAnswer = 'invalid_grant';
      const opened = kit.surface.opened.length;
      await renewalDue();
      // A refused refresh token is followed by a silent sign-in through the remembered Mix login; the
      // Mix login page showing up instead of the redirect means the person has to sign in again.
      await waitFor(() => seen().at(-1)?.status === 'expired' || kit.surface.opened.length > opened, 2_000);
      if (kit.surface.opened.length > opened) kit.surface.last.observer.pageLoaded(`${server.url}/login`);
      await waitFor(() => seen().at(-1)?.status === 'expired', 2_000);
    },
  };
  afterEach(() => server.close());
  return side;
}

function fakeBridge(): ContractSide {
  let now = Date.UTC(2026, 0, 1);
  const fake = new FakeBridge({
    now: () => now,
    profiles: [hostProfile('https://mix.example.test')],
  });
  const profileId = fake.profileByName('Host')?.id ?? '';
  const changes: SessionState[] = [];
  fake.on('session:changed', (state) => changes.push(state));
  return {
    profileId,
    invoke: (channel, request) => fake.invoke(channel, request),
    changes,
    async windowOpen() {
      await waitFor(() => fake.session(profileId).status === 'signing-in');
    },
    async personSignsIn() {
      fake.completeSignIn(profileId, { account: ACCOUNT });
    },
    async personClosesWindow() {
      fake.closeSignInWindow(profileId);
    },
    async clientRefused() {
      fake.failSignIn(profileId, {
        code: 'token-error',
        message: 'Mix rejected the client ID or secret.',
        status: 401,
      });
    },
    async renewalWorks() {
      now += 14 * 60_000;
      fake.renew(profileId);
    },
    async renewalRefused() {
      now += 14 * 60_000;
      fake.expire(profileId);
    },
  };
}

const SIDES: [string, () => Promise<ContractSide> | ContractSide][] = [
  ['the real main services', realMain],
  ["the renderer's fake bridge", fakeBridge],
];

async function signedIn(side: ContractSide): Promise<SessionState> {
  const signingIn = side.invoke('session:sign-in', { profileId: side.profileId });
  await side.windowOpen();
  await side.personSignsIn();
  const result = await signingIn;
  if (!result.ok) throw new Error(`sign-in failed: ${result.problem.message}`);
  await waitFor(() => side.changes.at(-1)?.account === ACCOUNT, 2_000);
  return result.value;
}

describe.each(SIDES)('the session contract, on %s', (_name, start) => {
  it('signs in: signing-in while the window is open, then signed in with an expiry and the account', async () => {
    const side = await start();
    const signingIn = side.invoke('session:sign-in', { profileId: side.profileId });
    await side.windowOpen();
    const during = await side.invoke('session:get', { profileId: side.profileId });
    expect(during).toMatchObject({ ok: true, value: { status: 'signing-in' } });

    await side.personSignsIn();
    const result = await signingIn;

    expect(result).toMatchObject({ ok: true, value: { status: 'signed-in', renewal: 'idle' } });
    expect(result.ok && result.value.lastError).toBeUndefined();
    expect(result.ok && typeof result.value.expiresAt).toBe('number');
    await waitFor(() => side.changes.at(-1)?.account === ACCOUNT, 2_000);
    expect(side.changes.map((state) => state.status)).toContain('signing-in');
    expect(side.changes.at(-1)).toMatchObject({ status: 'signed-in', account: ACCOUNT });
  });

  it('a cancelled sign-in resolves to signed-out, not a rejection, and shows no error', async () => {
    const side = await start();
    const signingIn = side.invoke('session:sign-in', { profileId: side.profileId });
    await side.windowOpen();

    const cancelled = await side.invoke('session:cancel-sign-in', { profileId: side.profileId });
    const result = await signingIn;

    expect(cancelled).toMatchObject({ ok: true, value: { status: 'signed-out' } });
    expect(result).toMatchObject({ ok: true, value: { status: 'signed-out' } });
    expect(result.ok && result.value.lastError).toBeUndefined();
    expect(side.changes.at(-1)?.status).toBe('signed-out');
    expect(side.changes.at(-1)?.lastError).toBeUndefined();
  });

  it('closing the Mix window is a cancel too: signed out, no error', async () => {
    const side = await start();
    const signingIn = side.invoke('session:sign-in', { profileId: side.profileId });
    await side.windowOpen();

    await side.personClosesWindow();
    const result = await signingIn;

    expect(result).toMatchObject({ ok: true, value: { status: 'signed-out' } });
    expect(result.ok && result.value.lastError).toBeUndefined();
  });

  it('a refused client rejects the sign-in with a problem, and the session keeps it as its last error', async () => {
    const side = await start();
    const signingIn = side.invoke('session:sign-in', { profileId: side.profileId });
    await side.windowOpen();

    await side.clientRefused();
    const result = await signingIn;

    expect(result).toMatchObject({ ok: false, problem: { code: 'token-error', status: 401 } });
    expect(side.changes.at(-1)).toMatchObject({
      status: 'signed-out',
      lastError: { code: 'token-error', status: 401 },
    });
    const read = await side.invoke('mix:get', { profileId: side.profileId, endpoint: 'system.version' });
    expect(read).toMatchObject({ ok: false, problem: { code: 'not-signed-in' } });
  });

  it('renewal keeps the session signed in with a later expiry', async () => {
    const side = await start();
    const first = await signedIn(side);

    await side.renewalWorks();

    const state = await side.invoke('session:get', { profileId: side.profileId });
    expect(state).toMatchObject({ ok: true, value: { status: 'signed-in', renewal: 'idle' } });
    expect(state.ok && (state.value.expiresAt ?? 0) > (first.expiresAt ?? 0)).toBe(true);
    // The renderer never sees the session leave signed-in while it renews.
    const sinceSignIn = side.changes.slice(side.changes.findIndex((change) => change.status === 'signed-in'));
    expect(sinceSignIn.every((change) => change.status === 'signed-in')).toBe(true);
  });

  it('a refused renewal expires the session, says why, and reads ask to sign in again', async () => {
    const side = await start();
    await signedIn(side);

    await side.renewalRefused();

    const state = await side.invoke('session:get', { profileId: side.profileId });
    expect(state).toMatchObject({ ok: true, value: { status: 'expired', renewal: 'failed' } });
    expect(state.ok && state.value.lastError?.message).toBeTruthy();
    expect(state.ok && state.value.account).toBe(ACCOUNT);
    const read = await side.invoke('mix:get', { profileId: side.profileId, endpoint: 'system.version' });
    expect(read).toMatchObject({ ok: false, problem: { code: 'session-expired', actions: ['sign-in'] } });
    const copy = await side.invoke('session:copy-access-token', { profileId: side.profileId });
    expect(copy.ok).toBe(false);
  });

  it('signing out ends the session; reads say to sign in', async () => {
    const side = await start();
    await signedIn(side);

    const out = await side.invoke('session:sign-out', { profileId: side.profileId });

    expect(out).toMatchObject({ ok: true, value: { status: 'signed-out' } });
    const read = await side.invoke('mix:get', { profileId: side.profileId, endpoint: 'system.version' });
    expect(read).toMatchObject({ ok: false, problem: { code: 'not-signed-in' } });
  });

  it('the session starts with no downloads, and Show in folder / Open refuse an id nothing was saved under', async () => {
    const side = await start();
    await signedIn(side);

    expect(await side.invoke('downloads:list', null)).toEqual({ ok: true, value: [] });
    for (const channel of ['download:show-in-folder', 'download:open'] as const) {
      expect(await side.invoke(channel, { downloadId: 'never-saved' })).toEqual({
        ok: false,
        problem: {
          code: 'not-found',
          message: 'Mix Explorer saved no file under this download in this session.',
        },
      });
    }
  });
});

/** The Demo (`demo:start`) on both sides: a signed-in Demo profile, gone again after its sign-out. */
const DEMO_SIDES: [string, () => Promise<ContractSide['invoke']>][] = [
  [
    'the real main services',
    async () => {
      const kit = await startServices();
      return (channel, request) => kit.call(channel, request) as never;
    },
  ],
  [
    "the renderer's fake bridge",
    async () => {
      const fake = new FakeBridge();
      return (channel, request) => fake.invoke(channel, request);
    },
  ],
];

describe.each(DEMO_SIDES)('the Demo contract, on %s', (_name, start) => {
  it('demo:start answers one active Demo profile, signed in; signing it out removes it', async () => {
    const invoke = await start();
    const started = await invoke('demo:start', null);
    if (!started.ok) throw new Error(started.problem.message);
    const demos = started.value.profiles.filter((profile) => profile.demo);
    expect(demos).toHaveLength(1);
    const demoId = demos[0]?.id ?? '';
    expect(started.value.activeProfileId).toBe(demoId);
    expect(demos[0]).toMatchObject({ kind: 'service-account', name: 'Demo (made-up data)' });
    const session = await invoke('session:get', { profileId: demoId });
    expect(session).toMatchObject({ ok: true, value: { status: 'signed-in' } });

    await invoke('session:sign-out', { profileId: demoId });
    let left = await invoke('profiles:list', null);
    for (let tries = 0; tries < 200 && left.ok && left.value.profiles.length > 0; tries += 1) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      left = await invoke('profiles:list', null);
    }
    expect(left).toMatchObject({ ok: true, value: { profiles: [], activeProfileId: null } });
  });
});
