import { isRecord } from '../../common/tolerant-reader';
import { toPlainText } from '../auth/plain-text';
import { ACTIVE_PROFILE_KEY, isStoredProfile, PROFILES_KEY } from '../profiles/stored-profiles';
import type { SettingsEntryCheck } from '../storage/open-settings';
import { SECRETS_KEY } from '../storage/secret-vault';
import { PARTITIONS_KEY } from '../storage/session-store';

type Split = ReturnType<SettingsEntryCheck['split']>;

/** The profiles list: entries that are not a usable profile, or repeat an id, are set aside. */
const profiles: SettingsEntryCheck = {
  key: PROFILES_KEY,
  split(value) {
    if (!Array.isArray(value)) {
      return { usable: undefined, unusable: [{ entry: value, name: 'the profile list (not a list)' }] };
    }
    const seen = new Set<string>();
    const usable: unknown[] = [];
    const unusable: Split['unusable'] = [];
    value.forEach((entry: unknown, index) => {
      const id = isRecord(entry) && typeof entry['id'] === 'string' ? entry['id'] : undefined;
      if (isStoredProfile(entry) && id !== undefined && !seen.has(id)) {
        seen.add(id);
        usable.push(entry);
        return;
      }
      const name = isRecord(entry) && typeof entry['name'] === 'string' ? toPlainText(entry['name'], 60) : '';
      unusable.push({ entry, name: name ? `profile "${name}"` : `profile entry ${index + 1}` });
    });
    return { usable, unusable };
  },
};

/** A map whose values must pass `usable`; the others are set aside by key. */
function record(key: string, label: string, usableValue: (value: unknown) => boolean): SettingsEntryCheck {
  return {
    key,
    split(value) {
      if (!isRecord(value))
        return { usable: undefined, unusable: [{ entry: value, name: `${label}s (not a map)` }] };
      const usable: Record<string, unknown> = {};
      const unusable: Split['unusable'] = [];
      for (const [name, entry] of Object.entries(value)) {
        if (usableValue(entry)) usable[name] = entry;
        else unusable.push({ entry: { [name]: entry }, name: `${label} "${toPlainText(name, 60)}"` });
      }
      return { usable, unusable };
    },
  };
}

const activeProfile: SettingsEntryCheck = {
  key: ACTIVE_PROFILE_KEY,
  split: (value) =>
    typeof value === 'string' || value === null
      ? { usable: value, unusable: [] }
      : { usable: undefined, unusable: [{ entry: value, name: 'the active profile' }] },
};

/** What openSettings checks in the settings file Mix Explorer writes. */
export const SETTINGS_CHECKS: readonly SettingsEntryCheck[] = [
  profiles,
  activeProfile,
  record(SECRETS_KEY, 'saved secret', (value) => typeof value === 'string'),
  record(
    PARTITIONS_KEY,
    'sign-in window generation',
    (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
  ),
];
