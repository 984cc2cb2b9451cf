import { credentialBinding } from '../../common/credential-binding';
import type { EventChannel, EventPayload, Notice, ProfilesState } from '../../common/ipc-contract';
import { sandboxProfileDraft } from '../../common/profile-defaults';
import { createAuthorizer } from '../auth/authorizer';
import { AUTH_REQUESTS_PER_MINUTE, createAuthRateLimiter } from '../auth/auth-rate-limiter';
import { holdBackNotices } from '../auth/hold-back-notice';
import { createSettingsTester } from '../auth/settings-test';
import { createRecentSignIns } from '../auth/sign-in-timeline';
import { createIpcRouter, type IpcHandlers } from '../ipc/create-ipc-router';
import type { EventSink } from '../ipc/ipc-router';
import { createActivityLog, createAccountLookup, createMixClient } from '../mix';
import { boundToProfile } from '../profiles/bound-http';
import { createProfileService, type ProfileService } from '../profiles/profile-service';
import { createSessionManager } from '../session/session-manager';
import { unknownProfile } from '../session/session-problems';
import { openSettings } from '../storage/open-settings';
import { createSecretVault } from '../storage/secret-vault';
import { createSessionStore } from '../storage/session-store';
import { LIMITS_KEY, readMixLimits } from '../mix/mix-limits';
import { redactDeep } from '../log/redact';
import { toProblem } from '../problem';
import type { MainPorts } from '../ports/main-ports';
import { createDemoMode } from '../demo/demo-mode';
import { startBuiltInEmulator } from '../demo/start-emulator';
import { createMixHandlers } from './mix-handlers';
import { createDownloadHandlers } from './download-handlers';
import { createDownloadRegister } from './download-register';
import { SETTINGS_CHECKS } from './settings-checks';
import type { MainServices } from './main-services';
import { createWorkspaceItems } from '../workspace/workspace-items';

/**
 * The composition root: ports in, services and the IPC router out. main/index.ts calls it with Electron
 * adapters; the Chromium tests call it with Playwright and Node implementations of the same ports.
 */
export async function createMainServices(ports: MainPorts): Promise<MainServices> {
  const sinks = new Set<EventSink>();
  // Every event (session states with their problems, activity entries, notices) leaves main redacted.
  const emit = <E extends EventChannel>(event: E, payload: EventPayload<E>) => {
    const redacted = redactDeep(payload);
    sinks.forEach((send) => send(event, redacted));
  };

  const notices: Notice[] = [];
  const addNotice = (notice: Notice) => {
    notices.push(notice);
    emit('app:notice', notice);
  };

  const settings = openSettings(ports.settings, undefined, ports.clock, SETTINGS_CHECKS);
  notices.push(...settings.notices);
  for (const notice of settings.notices) ports.log.warn(`[storage] ${notice.message}`);
  // Writes nobody awaits (a renewed token, the active profile) that fail still reach the user and the log.
  settings.file.onWriteFailure((problem) => {
    ports.log.warn(`[storage] ${problem.message} ${problem.detail ?? ''}`);
    addNotice({
      id: 'settings-not-saved',
      level: 'error',
      message: `${problem.message} ${problem.detail ?? ''}`.trim(),
    });
  });
  // The vault does not wait for the keyring (an unlock, a Keychain prompt): the window opens meanwhile.
  const vault = createSecretVault(settings.file, ports.cipher, {
    onNotice: addNotice,
    // A keyring that was locked can be read again: restore the sessions it was holding back.
    onReadable: () => void restoreSessions(),
    clock: ports.clock,
  });
  vault.onStatus((status) => emit('app:secret-storage', status));
  // A change of hosts or client ID ends the profile's session first (sessions exist before any save runs).
  const profiles = createProfileService({
    file: settings.file,
    vault,
    beforeRebind: async (profileId) => {
      await sessions.forget(profileId);
    },
  });
  // The demo's profile carries a secret, so it waits for the keyring too; sessions are restored after it.
  const sandboxProfile = ports.sandboxUrl
    ? ensureSandboxProfile(profiles, ports.sandboxUrl).catch((error: unknown) => {
        addNotice({ id: 'sandbox-profile', level: 'error', message: toProblem(error).message });
      })
    : Promise.resolve();

  // One limiter for every request to the authorization services, which says so when it holds one back.
  const authLimiter = createAuthRateLimiter({
    clock: ports.clock,
    onHoldBack: holdBackNotices(ports.clock, AUTH_REQUESTS_PER_MINUTE, (notice) =>
      emit('app:notice', notice),
    ),
  });
  // The last sign-in attempts' timelines, for "Copy diagnostics" (bounded, in memory only).
  const recentSignIns = createRecentSignIns();
  const userAgent = `MixExplorer/${ports.appVersion}`;
  // Every request checks, right before it leaves, that its profile still has the hosts it was prepared for.
  const http = boundToProfile(ports.http, (profileId) => profiles.get(profileId));
  // "Test these settings": the bound factory for a saved profile's own hosts, the plain one for unsaved hosts.
  const settingsTester = createSettingsTester({
    http,
    unsavedHttp: ports.http,
    profiles,
    limiter: authLimiter,
    clock: ports.clock,
  });
  const limits = readMixLimits(settings.file.get(LIMITS_KEY));
  const activity = createActivityLog({ clock: ports.clock });
  // The account lookup goes through the profile's own Mix client, which needs the sessions: bound late.
  const lookUpAccount = (profileId: string) => accountLookup(profileId);
  const sessions = createSessionManager({
    profiles,
    store: createSessionStore(settings.file, vault, (profileId) => {
      const profile = profiles.get(profileId);
      return profile && credentialBinding(profile);
    }),
    authorizer: createAuthorizer({
      surface: ports.surface,
      browser: ports.browser,
      http,
      clock: ports.clock,
      limiter: authLimiter,
      onSignInFinished: recentSignIns.add,
    }),
    partitions: ports.partitions,
    clipboard: ports.clipboard,
    clock: ports.clock,
    log: ports.log,
    renewalAttemptTimeoutMs: limits.renewalAttemptTimeoutMs,
    account: lookUpAccount,
    // No keyring, no secrets on disk: the Mix login of the sign-in window stays in memory as well.
    persistSignIn: () => vault.status().mode === 'encrypted',
  });
  const client = createMixClient({
    http,
    profiles,
    sessions,
    userAgent,
    clock: ports.clock,
    activity,
    timeoutMs: limits.requestTimeoutMs,
    maxJsonBytes: limits.maxJsonBytes,
    log: ports.log,
  });
  const accountLookup = createAccountLookup(client);
  // The in-app Demo: the built-in emulator on loopback, loaded and started only when the user asks.
  const demo = createDemoMode({
    profiles,
    sessions,
    startEmulator: ports.startEmulator ?? startBuiltInEmulator,
    log: ports.log,
  });

  profiles.onChange((state) => emit('profiles:changed', state));
  sessions.onChange((state) => emit('session:changed', state));
  activity.onEntry((entry) => emit('activity:entry', entry));

  // This session's downloads: what the Downloads panel lists, and the only paths the shell is handed.
  const downloads = createDownloadRegister((entry) => emit('download:entry', entry));
  const workspace = createWorkspaceItems({ file: settings.file, clock: ports.clock, log: ports.log });

  const requireProfile = (profileId: string) => {
    if (!profiles.get(profileId)) throw unknownProfile();
  };

  const handlers: IpcHandlers = {
    'app:info': async () => ({
      version: ports.appVersion,
      secretStorage: vault.status(),
      notices: [...notices],
      demo: ports.sandboxUrl !== undefined,
    }),
    'profiles:list': async () => profiles.list(),
    'profiles:save': (draft) => profiles.save(draft),
    'profiles:duplicate': ({ profileId }) => profiles.duplicate(profileId),
    'profiles:remove': async ({ profileId }): Promise<ProfilesState> => {
      requireProfile(profileId);
      // A removed profile leaves no session and no remembered sign-in behind.
      await sessions.forget(profileId);
      workspace.forget(profileId);
      return profiles.remove(profileId);
    },
    'profiles:select': async ({ profileId }) => profiles.select(profileId),
    'profiles:test-settings': (draft) => settingsTester.test(draft),
    'demo:start': () => demo.start(),
    'session:get': async ({ profileId }) => {
      requireProfile(profileId);
      return sessions.state(profileId);
    },
    'session:sign-in': (request) => sessions.signIn(request),
    'session:cancel-sign-in': ({ profileId }) => sessions.cancelSignIn(profileId),
    'session:sign-out': ({ profileId }) => sessions.signOut(profileId),
    'session:forget': ({ profileId }) => sessions.forget(profileId),
    'session:copy-access-token': ({ profileId }) => sessions.copyAccessToken(profileId),
    'app:notify': async ({ title, body }) => ports.notifier.notify(title, body),
    'app:copy-text': async ({ text }) => {
      ports.clipboard.writeText(text);
      return null;
    },
    'workspace:items': async ({ profileId }) => {
      requireProfile(profileId);
      return workspace.items(profileId);
    },
    'workspace:visit': async ({ profileId, path, label }) => {
      requireProfile(profileId);
      return workspace.visit(profileId, path, label);
    },
    'workspace:pin': async ({ profileId, path, label, pinned }) => {
      requireProfile(profileId);
      return workspace.pin(profileId, path, label, pinned);
    },
    ...createMixHandlers({
      client,
      profiles,
      sessions,
      saveDialog: ports.saveDialog,
      clipboard: ports.clipboard,
      clock: ports.clock,
      register: downloads,
      emit,
    }),
    ...createDownloadHandlers({ register: downloads, shell: ports.shell }),
  };

  async function restoreSessions(): Promise<void> {
    await sandboxProfile;
    // A Demo profile left by a run that ended without signing out: its emulator is gone with that run.
    await demo.removeLeftover().catch(() => undefined);
    // Sessions restore side by side; one profile's slow renewal must not hold up another's.
    await Promise.allSettled(profiles.list().profiles.map((profile) => sessions.restore(profile.id)));
  }

  return {
    createRouter({ isTrustedSender, sendEvent }) {
      sinks.add(sendEvent);
      return createIpcRouter({ handlers, isTrustedSender, log: ports.log });
    },
    restoreSessions,
    recentSignIns: recentSignIns.list,
    dispose() {
      // Writes what the next turn would have written: the settings writer is synchronous, so it lands before quit.
      settings.file.flush().catch(() => undefined);
      sinks.clear();
      vault.dispose();
      sessions.dispose();
      demo.dispose();
    },
  };
}

/** Under `npm run demo`, a ready "Local sandbox" profile (created once, then left as the user edits it). */
async function ensureSandboxProfile(profiles: ProfileService, sandboxUrl: string): Promise<void> {
  const draft = sandboxProfileDraft(sandboxUrl);
  const existing = profiles.list().profiles.find((profile) => profile.name === draft.name);
  if (existing) {
    if (existing.authServerUrl !== draft.authServerUrl) {
      // A new sandbox port is a new host: its secret is given again, as a person would type it.
      await profiles.save({
        ...existing,
        authServerUrl: draft.authServerUrl,
        apiUrl: draft.apiUrl,
        clientSecret: draft.clientSecret,
      });
    }
    profiles.select(existing.id);
    return;
  }
  const created = await profiles.save(draft);
  profiles.select(created.id);
}
