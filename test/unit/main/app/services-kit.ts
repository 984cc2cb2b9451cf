import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axios from 'axios';
import { afterEach } from 'vitest';
import type {
  EventChannel,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  Problem,
  Profile,
  ProfileDraft,
} from '../../../../common/ipc-contract';
import { newProfileDraft } from '../../../../common/profile-defaults';
import { createMainServices } from '../../../../main/app/create-main-services';
import type { MainServices } from '../../../../main/app/main-services';
import type { IpcRouter } from '../../../../main/ipc/ipc-router';
import { silentLogger } from '../../../../main/ports/logger';
import type { MainPorts } from '../../../../main/ports/main-ports';
import { FakeSurface } from '../auth/support/fake-surface';
import { RecordingShell } from '../../../stubs/recording-shell';
import { FakeClock } from '../session/fakes';
import { XorCipher, confOpener } from '../storage/fakes';
import { json, startServer, type SeenRequest } from '../mix/test-server';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A server that plays one Mix system (authorization service and Mix.api on one origin) and records every
 * request with its headers: `tokensIssued` counts the token grants it answered.
 */
export async function startMixHost(name: string) {
  let issued = 0;
  const server = await startServer((request: SeenRequest) => {
    if (request.path === '/oauth2/token') {
      issued += 1;
      return json(200, {
        access_token: `${name}-access-token-${issued}`,
        token_type: 'bearer',
        expires_in: 900,
        scope: 'mix-api',
      });
    }
    if (request.path === '/v4/version') return json(200, { mixVersion: '4.0', apiVersion: 'v4' });
    if (request.path === '/v4/organizations') return json(200, { organizations: [], totalSize: 0 });
    return json(404, { code: 5, message: 'not found' });
  });
  cleanups.push(() => server.close());
  return { ...server, tokensIssued: () => issued };
}

export interface ServicesKit {
  services: MainServices;
  router: IpcRouter;
  surface: FakeSurface;
  clock: FakeClock;
  cleared: string[];
  events: { event: EventChannel; payload: unknown }[];
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>>;
  /** What the router answers the renderer: the value, or the problem. */
  call(channel: InvokeChannel, request: unknown): ReturnType<IpcRouter['handle']>;
  /** The problem an invoke failed with (throws if it succeeded). */
  problemOf<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<Problem>;
  /** Signs in through the fake sign-in window: the redirect carries a code and the attempt's state. */
  signIn(profileId: string, options?: { freshAccount?: boolean; code?: string }): Promise<void>;
}

/** The real main-side services (createMainServices) on Node ports with a fake sign-in window. */
export async function startServices(overrides: Partial<MainPorts> = {}): Promise<ServicesKit> {
  const dir = mkdtempSync(join(tmpdir(), 'mix-services-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const surface = new FakeSurface();
  const clock = new FakeClock();
  const cleared: string[] = [];
  const events: ServicesKit['events'] = [];
  const ports: MainPorts = {
    settings: confOpener(dir),
    cipher: new XorCipher(),
    surface,
    browser: { open: async () => undefined },
    http: () => axios.create(),
    partitions: { clear: async (partition) => void cleared.push(partition) },
    clipboard: { writeText: () => undefined },
    saveDialog: { choose: async () => undefined },
    shell: new RecordingShell(),
    notifier: { notify: () => false },
    clock,
    log: silentLogger,
    appVersion: '0.0.0-test',
    ...overrides,
  };
  const services = await createMainServices(ports);
  cleanups.push(() => services.dispose());
  const router = services.createRouter({
    isTrustedSender: () => true,
    sendEvent: (event, payload) => void events.push({ event, payload }),
  });
  const sender = { webContentsId: 1, isMainFrame: true, frameUrl: 'app://mix-explorer/index.html' };
  const call = async (channel: InvokeChannel, request: unknown) => router.handle(sender, channel, request);
  const kit: ServicesKit = {
    services,
    router,
    surface,
    clock,
    cleared,
    events,
    call,
    async invoke(channel, request) {
      const result = await call(channel, request);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.problem)}`);
      return result.value as InvokeResponse<typeof channel>;
    },
    async problemOf(channel, request) {
      const result = await call(channel, request);
      if (result.ok) throw new Error(`${channel} was expected to fail`);
      return result.problem;
    },
    async signIn(profileId, { freshAccount, code = 'the-code-1234' } = {}) {
      const opened = surface.opened.length;
      const signingIn = kit.invoke('session:sign-in', { profileId, ...(freshAccount && { freshAccount }) });
      await waitFor(() => surface.opened.length > opened);
      const { request, observer, state } = surface.last;
      const redirect = new URL(request.redirectUrl);
      redirect.search = new URLSearchParams({ code, state: state() }).toString();
      observer.redirect(redirect.href);
      await signingIn;
    },
  };
  return kit;
}

/** A profile on one recorded host, with its client secret. */
export function hostProfile(url: string, overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  return {
    ...newProfileDraft('custom'),
    name: 'Host',
    authServerUrl: url,
    apiUrl: url,
    clientId: 'appID:KIT:geo:us:clientName:default',
    clientSecret: 'kit-client-secret-value',
    ...overrides,
  };
}

/** A stored profile as the settings form sends it back (the secret kept unless the test says otherwise). */
export function draftOf(profile: Profile, overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  const { hasClientSecret: _hasClientSecret, ...settings } = profile;
  return { ...settings, ...overrides };
}

/** Awaits a condition the code under test makes true on its own (no sleeps: one macrotask per check). */
export async function waitFor(condition: () => boolean, checks = 200): Promise<void> {
  for (let check = 0; check < checks; check += 1) {
    if (condition()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error('The condition never became true.');
}
