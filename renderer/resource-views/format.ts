/** Display helpers for Mix values: dates in the user's locale and Mix's upper-case codes in words. */
import { textOf } from '../../common/tolerant-reader';

export const DASH = '—';

/** What a cell shows for a scalar field: the text, Yes/No for booleans, "—" for anything missing or odd. */
export function show(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return textOf(value) ?? DASH;
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A Mix timestamp (RFC 3339) in the user's locale; the raw text when it does not parse, "—" when missing. */
export function formatDateTime(value: unknown): string {
  const text = textOf(value);
  if (text === undefined) return DASH;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : DATE_TIME.format(time);
}

/** Words that stay upper-case in prose (`DTMF` mode, `TTS`, `NLU` build reports). */
const ACRONYMS = new Set(['asr', 'nlu', 'tts', 'dtmf', 'ivr', 'id', 'url', 'api', 'ps']);

/** `BST_COMPLETED` → `Completed`, `PENDING_REQUEST` → `Pending request`, `DTMF` → `DTMF`. */
export function humanize(code: string, prefixes: readonly string[] = []): string {
  const bare = prefixes.reduce(
    (text, prefix) => (text.startsWith(prefix) ? text.slice(prefix.length) : text),
    code,
  );
  const words = bare
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(' ');
  return words === '' ? code : words.charAt(0).toUpperCase() + words.slice(1);
}

/** Mix's duration text (`52s`) as given; it is already readable. */
export function formatDuration(value: unknown): string {
  return textOf(value) ?? DASH;
}
