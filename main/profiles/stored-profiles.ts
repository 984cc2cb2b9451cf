import type { ProfileSettings } from '../../common/ipc-contract';
import { DEFAULT_SCOPE, DEFAULT_TENANT } from '../../common/mix-systems';
import type { SettingsFile } from '../ports/storage';

/** A profile as kept in the settings file: its settings and id, never its secret. */
export interface StoredProfile extends ProfileSettings {
  id: string;
}

export interface StoredProfiles {
  profiles: StoredProfile[];
  activeProfileId: string | null;
}

export const PROFILES_KEY = 'profiles';
export const ACTIVE_PROFILE_KEY = 'activeProfileId';

const PRESETS = new Set(['us', 'eu', 'uk', 'au', 'custom']);

/** Reads profiles, skipping entries a hand edit or an older version left unusable rather than failing. */
export function readStoredProfiles(file: SettingsFile): StoredProfiles {
  const raw = file.get(PROFILES_KEY);
  const profiles: StoredProfile[] = [];
  const seen = new Set<string>();
  for (const entry of Array.isArray(raw) ? raw : []) {
    const profile = toStoredProfile(entry);
    if (profile && !seen.has(profile.id)) {
      seen.add(profile.id);
      profiles.push(profile);
    }
  }
  const active = file.get(ACTIVE_PROFILE_KEY);
  const activeProfileId = typeof active === 'string' && seen.has(active) ? active : null;
  return { profiles, activeProfileId };
}

export function writeStoredProfiles(file: SettingsFile, state: StoredProfiles): void {
  file.set(PROFILES_KEY, state.profiles);
  file.set(ACTIVE_PROFILE_KEY, state.activeProfileId);
}

/** Whether a settings entry is a profile the app can use (the rest is set aside at start-up, not dropped). */
export function isStoredProfile(entry: unknown): boolean {
  return toStoredProfile(entry) !== undefined;
}

function toStoredProfile(entry: unknown): StoredProfile | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const value = entry as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof value[key] === 'string' ? value[key] : undefined);
  const id = text('id');
  const name = text('name');
  const system = text('system');
  const authServerUrl = text('authServerUrl');
  const apiUrl = text('apiUrl');
  const clientId = text('clientId');
  const redirectUrl = text('redirectUrl');
  if (!id || name === undefined || !system || !PRESETS.has(system)) return undefined;
  if (
    authServerUrl === undefined ||
    apiUrl === undefined ||
    clientId === undefined ||
    redirectUrl === undefined
  ) {
    return undefined;
  }
  // Fields with a safe default are filled in, so a file from an older version keeps its profiles.
  return {
    id,
    name,
    system: system as StoredProfile['system'],
    authServerUrl,
    apiUrl,
    clientId,
    redirectUrl,
    tenant: text('tenant') ?? DEFAULT_TENANT,
    scope: text('scope') ?? DEFAULT_SCOPE,
    signInMode: value.signInMode === 'system-browser' ? 'system-browser' : 'embedded',
    usePkce: typeof value.usePkce === 'boolean' ? value.usePkce : true,
    clientAuth: value.clientAuth === 'body' ? 'body' : 'basic',
    requireIss: value.requireIss === true,
    ...(value.kind === 'service-account' ? { kind: 'service-account' as const } : {}),
  };
}
