import type { ProfileDraft, ProfilesState, SessionState } from '../../common/ipc-contract';
import { sandboxProfileDraft } from '../../common/profile-defaults';
import { describeError } from '../log/describe-error';
import type { Logger } from '../ports/logger';
import type { ProfileService } from '../profiles/profile-service';
import type { SessionManager } from '../session/session-manager';

/** The built-in Mix emulator while it runs: its loopback origin, and how to stop it. */
export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
}

/** Starts the emulator on 127.0.0.1 and an ephemeral port; loaded only when the user starts the Demo. */
export type EmulatorStarter = () => Promise<RunningEmulator>;

export const DEMO_PROFILE_NAME = 'Demo (made-up data)';

/**
 * The Demo's profile: a service account of the emulator, so it signs in without a login page. Its data is
 * the emulator's seed, made up and named so (Acme, "Sandbox" organizations, demo@mix.example).
 */
export function demoProfileDraft(emulatorUrl: string): ProfileDraft {
  return { ...sandboxProfileDraft(emulatorUrl), name: DEMO_PROFILE_NAME, kind: 'service-account' };
}

export interface DemoModeDeps {
  profiles: ProfileService;
  sessions: SessionManager;
  startEmulator: EmulatorStarter;
  log: Logger;
}

export interface DemoMode {
  /** Starts the emulator (once), makes the Demo profile for it, selects it and signs it in. */
  start(): Promise<ProfilesState>;
  /** Removes a Demo profile left by an earlier run (its emulator died with that run). */
  removeLeftover(): Promise<void>;
  /** Quitting: the emulator stops with the app. */
  dispose(): void;
}

export function createDemoMode({ profiles, sessions, startEmulator, log }: DemoModeDeps): DemoMode {
  let emulator: RunningEmulator | undefined;
  let starting: Promise<ProfilesState> | undefined;
  let stopping = false;

  async function removeDemoProfile(): Promise<void> {
    const profileId = profiles.demoProfileId();
    profiles.markDemo(null);
    if (profileId === undefined) return;
    await sessions.forget(profileId).catch(() => undefined);
    await profiles.remove(profileId).catch((error: unknown) => {
      log.warn(`[demo] could not remove the Demo profile: ${describeError(error)}`);
    });
  }

  /** Signing the Demo out ends it: the emulator stops and its profile goes. */
  async function stop(): Promise<void> {
    if (stopping) return;
    stopping = true;
    try {
      const running = emulator;
      emulator = undefined;
      await removeDemoProfile();
      await running?.close();
      log.info('[demo] stopped');
    } finally {
      stopping = false;
    }
  }

  sessions.onChange((state: SessionState) => {
    if (starting || !emulator) return;
    if (state.profileId === profiles.demoProfileId() && state.status === 'signed-out') void stop();
  });

  async function run(): Promise<ProfilesState> {
    if (!emulator) {
      emulator = await startEmulator();
      log.info(`[demo] the Mix emulator listens on ${emulator.url}`);
    }
    const draft = demoProfileDraft(emulator.url);
    const existing = profiles.demoProfileId();
    const saved = await profiles.save(existing ? { ...draft, id: existing } : draft);
    profiles.markDemo(saved.id);
    profiles.select(saved.id);
    await sessions.signIn({ profileId: saved.id });
    return profiles.list();
  }

  return {
    start() {
      starting ??= run().finally(() => {
        starting = undefined;
      });
      return starting;
    },
    removeLeftover: async () => {
      if (!emulator && profiles.demoProfileId() !== undefined) await removeDemoProfile();
    },
    dispose() {
      const running = emulator;
      emulator = undefined;
      void running?.close().catch(() => undefined);
    },
  };
}
