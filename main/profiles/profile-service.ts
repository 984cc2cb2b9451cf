import { credentialBinding, credentialBindingChanged } from '../../common/credential-binding';
import type { Profile, ProfileDraft, ProfilesState } from '../../common/ipc-contract';
import {
  MAX_PROFILE_NAME_LENGTH,
  hasErrors,
  normaliseServerUrl,
  validateProfile,
} from '../../common/profile-validation';
import { rememberClientSecret } from '../log/redact';
import { problem } from '../problem';
import { openSecret, sealSecret } from './bound-secret';
import type { ProfileSource } from '../session/session-deps';
import type { SettingsFile } from '../ports/storage';
import { clientSecretKey, tokensKey } from '../storage/secret-keys';
import type { SecretVault } from '../storage/secret-vault';
import { SerialQueue } from '../storage/serial-queue';
import {
  type StoredProfile,
  type StoredProfiles,
  readStoredProfiles,
  writeStoredProfiles,
} from './stored-profiles';

/** Which profile is the in-app Demo's (main/demo/demo-mode.ts), kept beside the profiles. */
export const DEMO_PROFILE_KEY = 'demoProfileId';

export interface ProfileService extends ProfileSource {
  list(): ProfilesState;
  /** Creates (no id) or updates a profile; throws ProblemError `invalid-input` with `fields`, or `not-found`. */
  save(draft: ProfileDraft): Promise<Profile>;
  duplicate(profileId: string): Promise<Profile>;
  remove(profileId: string): Promise<ProfilesState>;
  select(profileId: string): ProfilesState;
  /** Marks the Demo's profile (or none): it shows as `demo`, and a leftover one is removed at start-up. */
  markDemo(profileId: string | null): void;
  demoProfileId(): string | undefined;
  /** Returns a function that removes the listener. */
  onChange(listener: (state: ProfilesState) => void): () => void;
}

export interface ProfileServiceDeps {
  file: SettingsFile;
  vault: SecretVault;
  newId?: () => string;
  /**
   * Called before a profile's credential binding (authorization server, Mix.api, client ID) changes, while
   * it still has the old one: ends the session, drops its tokens and clears its sign-in partitions, so
   * nothing issued for the old hosts is ever sent to the new ones. Saving fails if it fails.
   */
  beforeRebind?: (profileId: string) => Promise<void>;
}

export function createProfileService({
  file,
  vault,
  newId = () => crypto.randomUUID(),
  beforeRebind = async () => undefined,
}: ProfileServiceDeps): ProfileService {
  let state: StoredProfiles = readStoredProfiles(file);
  const storedDemo = file.get(DEMO_PROFILE_KEY);
  let demoId = typeof storedDemo === 'string' ? storedDemo : undefined;
  const listeners = new Set<(state: ProfilesState) => void>();
  // Mutations wait for the vault; one at a time, so a remove cannot slip between a save's secret and its profile.
  const queue = new SerialQueue();

  const toProfile = (stored: StoredProfile): Profile => ({
    ...stored,
    hasClientSecret: vault.has(clientSecretKey(stored.id)),
    ...(stored.id === demoId ? { demo: true } : {}),
  });
  const snapshot = (): ProfilesState => ({
    profiles: state.profiles.map(toProfile),
    activeProfileId: state.activeProfileId,
  });
  const find = (id: string): StoredProfile | undefined => state.profiles.find((profile) => profile.id === id);
  const existing = (id: string): StoredProfile => {
    const found = find(id);
    if (!found) throw problem('not-found', 'This profile no longer exists. It may have been removed.');
    return found;
  };

  const commit = (next: StoredProfiles): void => {
    writeStoredProfiles(file, next);
    state = next;
    const current = snapshot();
    for (const listener of listeners) {
      try {
        listener(current);
      } catch {
        // One failing listener must not stop the others or the change itself.
      }
    }
  };

  const insert = (profile: StoredProfile, afterId?: string): void => {
    const profiles = [...state.profiles];
    const at = afterId === undefined ? -1 : profiles.findIndex((candidate) => candidate.id === afterId);
    profiles.splice(at === -1 ? profiles.length : at + 1, 0, profile);
    commit({ profiles, activeProfileId: state.activeProfileId ?? profile.id });
  };

  return {
    get: (profileId) => {
      const found = find(profileId);
      return found && toProfile(found);
    },

    clientSecret: async (profileId) => {
      const profile = find(profileId);
      if (!profile) return undefined;
      const key = clientSecretKey(profileId);
      const stored = await vault.get(key);
      if (stored === undefined) return undefined;
      const binding = credentialBinding(profile);
      const opened = openSecret(stored, binding);
      // Only while the profile is the one that was read: a save meanwhile has written its own secret.
      const unchanged = find(profileId) === profile;
      if (opened.status === 'foreign') {
        // Sealed to other hosts or another client: the settings file was edited outside the app.
        if (unchanged) {
          await vault.delete(key);
          commit(state);
        }
        return undefined;
      }
      if (opened.status === 'legacy' && unchanged) await vault.set(key, sealSecret(binding, opened.secret));
      rememberClientSecret(profile.clientId, opened.secret);
      return opened.secret;
    },

    list: snapshot,

    save: (draft) =>
      queue.run(async () => {
        const previous = draft.id === undefined ? undefined : existing(draft.id);
        const secretKey = previous && clientSecretKey(previous.id);
        // The stored secret belongs to the hosts and client it was entered for: it is not carried to others.
        const rebinding = previous !== undefined && credentialBindingChanged(previous, draft);
        const validation = validateProfile(draft, {
          secretMustBeReentered: rebinding && secretKey !== undefined && vault.has(secretKey),
        });
        if (hasErrors(validation)) {
          const fields = Object.fromEntries(
            Object.entries(validation.errors).filter(
              (entry): entry is [string, string] => entry[1] !== undefined,
            ),
          );
          throw problem('invalid-input', 'Please correct the highlighted fields.', { fields });
        }
        const profile = settingsOf(draft, previous?.id ?? newId());
        // While the profile still has its old hosts: no token or cookie issued there survives the change.
        if (rebinding) await beforeRebind(profile.id);

        // The secret first: if encryption fails, nothing about the profile has changed.
        const key = clientSecretKey(profile.id);
        if (typeof draft.clientSecret === 'string' && draft.clientSecret !== '') {
          await vault.set(key, sealSecret(credentialBinding(profile), draft.clientSecret));
        } else if (draft.clientSecret === null || draft.clientSecret === '' || rebinding) {
          await vault.delete(key);
        }

        if (previous === undefined) insert(profile);
        else
          commit({
            ...state,
            profiles: state.profiles.map((old) => (old.id === profile.id ? profile : old)),
          });
        // On disk, or a `storage` problem saying what was not saved (the change stays in effect).
        await file.flush();
        return toProfile(profile);
      }),

    duplicate: (profileId) =>
      queue.run(async () => {
        const original = existing(profileId);
        const copy: StoredProfile = { ...original, id: newId(), name: copyName(original.name) };
        // Same hosts and client as the original, so its secret may come along; editing the copy's hosts
        // or client ID later asks for the secret again (save).
        const secret = await vault.get(clientSecretKey(original.id));
        if (secret !== undefined) await vault.set(clientSecretKey(copy.id), secret);
        insert(copy, original.id);
        await file.flush();
        return toProfile(copy);
      }),

    remove: (profileId) =>
      queue.run(async () => {
        existing(profileId);
        await vault.delete(clientSecretKey(profileId));
        await vault.delete(tokensKey(profileId));
        const index = state.profiles.findIndex((profile) => profile.id === profileId);
        const profiles = state.profiles.filter((profile) => profile.id !== profileId);
        // The active profile moves to its neighbour, so the user stays near where they were.
        const neighbour = profiles[Math.min(index, profiles.length - 1)];
        const activeProfileId =
          state.activeProfileId === profileId ? (neighbour?.id ?? null) : state.activeProfileId;
        commit({ profiles, activeProfileId });
        await file.flush();
        return snapshot();
      }),

    markDemo(profileId) {
      demoId = profileId ?? undefined;
      if (profileId === null) file.delete(DEMO_PROFILE_KEY);
      else file.set(DEMO_PROFILE_KEY, profileId);
      commit(state);
    },

    demoProfileId: () => (demoId !== undefined && find(demoId) ? demoId : undefined),

    select: (profileId) => {
      existing(profileId);
      if (state.activeProfileId !== profileId) commit({ ...state, activeProfileId: profileId });
      return snapshot();
    },

    onChange: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** What is stored of a valid draft: trimmed name, server URLs reduced to their origin, never the secret. */
function settingsOf(draft: ProfileDraft, id: string): StoredProfile {
  return {
    id,
    name: draft.name.trim(),
    system: draft.system,
    authServerUrl: normaliseServerUrl(draft.authServerUrl),
    apiUrl: normaliseServerUrl(draft.apiUrl),
    clientId: draft.clientId,
    redirectUrl: draft.redirectUrl,
    tenant: draft.tenant,
    scope: draft.scope,
    signInMode: draft.signInMode,
    usePkce: draft.usePkce,
    clientAuth: draft.clientAuth,
    requireIss: draft.requireIss === true,
    // Only a service account says so: a profile without `kind` signs in through the browser.
    ...(draft.kind === 'service-account' ? { kind: 'service-account' as const } : {}),
  };
}

function copyName(name: string): string {
  const suffix = ' (copy)';
  return `${name.slice(0, MAX_PROFILE_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
}
