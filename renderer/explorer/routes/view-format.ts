/** Small readers for Mix answers in generic views: name lists, scalar fields. Tolerant of anything. */
import { isRecord } from '../../../common/tolerant-reader';
import { formatDateTime } from '../../format';

export function joinNames(values: readonly (string | undefined)[] | undefined): string | undefined {
  const names = (values ?? []).filter((value): value is string => typeof value === 'string' && value !== '');
  return names.length > 0 ? names.join(', ') : undefined;
}

/** The top-level text, number and boolean fields of an object, for a facts list. */
export function scalarFields(value: unknown): [string, string][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, field]): [string, string][] => {
    if (typeof field === 'string') return [[key, /Time$/.test(key) ? formatDateTime(field) : field]];
    if (typeof field === 'number' || typeof field === 'boolean') return [[key, String(field)]];
    return [];
  });
}
