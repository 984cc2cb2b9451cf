/**
 * The one place the renderer turns values into text: dates, numbers, sizes, durations and Mix's codes.
 * Pure functions, so every screen says a thing the same way and tests can pin it down.
 */

import { textOf } from '../common/tolerant-reader';

export const DASH = '—';

/** What a cell shows for a scalar field: the text, Yes/No for booleans, "—" for anything missing or odd. */
export function show(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return textOf(value) ?? DASH;
}

const NUMBER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

const pad = (part: number) => String(part).padStart(2, '0');

/** A date and time without a zone: RFC 3339 requires one, and JavaScript would read it as local time. */
const ZONELESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * A timestamp as epoch ms: numbers as they are, texts parsed (RFC 3339 from Mix); undefined if neither.
 * A text without a zone is read as UTC (as Mix means it), so the same answer is the same instant on
 * every machine whatever its time zone.
 */
export function toEpochMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const time = Date.parse(ZONELESS_DATE_TIME.test(text) ? `${text}Z` : text);
  return Number.isNaN(time) ? undefined : time;
}

/** The first of `values` that is a timestamp (a job's update time, else its creation), as epoch ms. */
export function firstEpochMs(...values: unknown[]): number | undefined {
  for (const value of values) {
    const at = toEpochMs(value);
    if (at !== undefined) return at;
  }
  return undefined;
}

/**
 * Every date on screen: `2024-06-12 11:20` in local time. Fixed width, sorts as it reads, never wraps in a
 * table. Text that is not a date is shown as given; nothing at all is "—".
 */
export function formatDateTime(value: unknown): string {
  const time = toEpochMs(value);
  if (time === undefined) return typeof value === 'string' && value.trim() !== '' ? value : DASH;
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${formatTimeOfDay(time)}`;
}

/** Local wall-clock time: `14:05`, or `14:05:09` with seconds. */
export function formatTimeOfDay(epochMs: number, { seconds = false } = {}): string {
  const date = new Date(epochMs);
  const hm = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return seconds ? `${hm}:${pad(date.getSeconds())}` : hm;
}

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** `3 days ago`, `in 5 minutes`, `now`: the tooltip of every date. */
export function formatRelative(value: unknown, now: number): string | undefined {
  const time = toEpochMs(value);
  if (time === undefined) return undefined;
  let amount = (time - now) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return RELATIVE.format(Math.round(amount), unit);
    amount /= size;
  }
  return undefined;
}

/** Grouped digits in the user's locale: `20,000`. Numeric text counts (Mix sends int64 as text); else "—". */
export function formatNumber(value: unknown): string {
  const number = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? NUMBER.format(number) : DASH;
}

/** `12 B`, `1.5 KB`, `3.2 MB`, `1.1 GB` (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return DASH;
  if (bytes < 1024) return `${NUMBER.format(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${DECIMAL.format(size)} ${units[unit]}`;
}

/** A span of time in words: `850 ms`, `52 s`, `4 min 10 s`, `2 h 5 min`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return DASH;
  if (ms < 1000) return `${NUMBER.format(Math.round(ms))} ms`;
  if (ms < 10_000) return `${DECIMAL.format(ms / 1000)} s`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0)
    return minutes > 0 ? `${NUMBER.format(hours)} h ${minutes} min` : `${NUMBER.format(hours)} h`;
  return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/**
 * A duration as Mix sends it (protobuf JSON: `52s`, `0.350s`), in words; other text as given, nothing "—".
 */
export function formatMixDuration(value: unknown): string {
  if (typeof value === 'number') return formatDuration(value * 1000);
  if (typeof value !== 'string' || value.trim() === '') return DASH;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? formatDuration(Number(match[1]) * 1000) : value;
}

/** A countdown as a clock: `13:45`, `1:02:03`. Rounds up, so it shows 0:00 only when time is up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = pad(total % 60);
  if (hours > 0) return `${hours}:${pad(minutes)}:${seconds}`;
  return `${minutes}:${seconds}`;
}

/** `1 organization`, `20,000 projects`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${NUMBER.format(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Words that stay upper-case in prose (`DTMF` mode, `TTS`, `NLU` build reports, `Project ID`). */
const ACRONYMS = new Set(['asr', 'nlu', 'tts', 'dtmf', 'ivr', 'id', 'url', 'api', 'ps', 'json', 'uuid']);

/**
 * A machine name in words: Mix codes (`BST_COMPLETED` → `Completed` with prefix `BST_`,
 * `PENDING_REQUEST` → `Pending request`) and field names (`buildLabel` → `Build label`, `projectId` →
 * `Project ID`).
 */
export function humanize(code: string, prefixes: readonly string[] = []): string {
  const bare = prefixes.reduce(
    (text, prefix) => (text.startsWith(prefix) ? text.slice(prefix.length) : text),
    code,
  );
  const words = bare
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(' ');
  return words === '' ? code : words.charAt(0).toUpperCase() + words.slice(1);
}
