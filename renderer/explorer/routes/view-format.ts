/** Small formatters for Mix answers in generic views: dates, name lists, facts. Tolerant of anything. */
import { isRecord } from '../../../common/tolerant-reader';

/** `2021-09-06 07:24` in local time, or the text as given when it is not a date. */
export function formatTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function joinNames(values: readonly (string | undefined)[] | undefined): string | undefined {
  const names = (values ?? []).filter((value): value is string => typeof value === 'string' && value !== '');
  return names.length > 0 ? names.join(', ') : undefined;
}

/** The top-level text, number and boolean fields of an object, for a facts list. */
export function scalarFields(value: unknown): [string, string][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, field]): [string, string][] => {
    if (typeof field === 'string') return [[key, /Time$/.test(key) ? (formatTime(field) ?? field) : field]];
    if (typeof field === 'number' || typeof field === 'boolean') return [[key, String(field)]];
    return [];
  });
}

/** `buildLabel` → `Build label`. */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
