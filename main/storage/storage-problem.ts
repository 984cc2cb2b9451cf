import { problem, type ProblemError } from '../problem';

/** What each key of the settings file holds, as a person would say it. */
const WHAT_KEYS_HOLD: Readonly<Record<string, string>> = {
  profiles: 'your profiles',
  activeProfileId: 'which profile is active',
  secrets: 'your client secrets and sign-ins',
  secretsSetAside: 'secrets set aside',
  partitions: 'sign-in window settings',
  limits: 'limits',
  demoProfileId: 'which profile is the Demo',
};

/** The keys Mix Explorer itself keeps in the settings file. */
export const KNOWN_SETTINGS_KEYS: readonly string[] = Object.keys(WHAT_KEYS_HOLD);

const DISK_SAID: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'Mix Explorer may not write there',
  EPERM: 'Mix Explorer may not write there',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an input/output error',
  EBUSY: 'the file is in use by another program',
};

function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'your settings';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * A settings write that failed: which folder, what was not saved, what the disk said. The changes stay in
 * effect in memory; the next change tries to save them again.
 */
export function settingsNotSaved(folder: string, keys: Iterable<string>, error: unknown): ProblemError {
  const what = list([...new Set([...keys].map((key) => WHAT_KEYS_HOLD[key] ?? `"${key}"`))].sort());
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const said = code ? (DISK_SAID[code] ?? `the disk answered ${code}`) : 'the write failed';
  return problem('storage', `Mix Explorer could not save ${what} in ${folder}.`, {
    detail: `${said[0]?.toUpperCase() ?? ''}${said.slice(1)}. The change is in effect until Mix Explorer quits; it is saved with the next change once the folder can be written again.`,
    actions: ['retry'],
  });
}
