/**
 * The one tolerant reader of untrusted JSON (Mix answers, settings files, IPC payloads). grpc-gateway drops
 * zero values, Mix adds fields over time and sends ids as strings or numbers, so nothing read from outside is
 * trusted: every value is checked where it is used and anything odd reads as "not there".
 * Pure ES2023: main, the renderer, the sandbox and the tests all read through this module.
 */

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of something that may not be an object. */
export function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined;
}

/** The value as a `T` when it is an object, otherwise undefined (for one-object answers). */
export function objectOf<T extends object>(value: unknown): T | undefined {
  return isRecord(value) ? (value as T) : undefined;
}

/** The objects of an array field; anything else (missing, null, a string...) is no items. */
export function records<T extends object>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter(isRecord) as T[]) : [];
}

/** A non-empty text; a finite number (ids typed as numbers by some answers) counts as its text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The non-empty texts (and numbers, as text) of an array field. */
export function texts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(textOf).filter((item): item is string => item !== undefined);
}

/** A non-negative whole number, also from a numeric string (int64 fields may arrive quoted). */
export function countOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

/** The items of a list answer: `body[name]` when it is an array, otherwise none. */
export function listItems(body: unknown, name: string): unknown[] {
  const items = field(body, name);
  return Array.isArray(items) ? items : [];
}

/** The object inside a one-object answer (`{project: {...}}` → the project), if there is one. */
export function unwrap(body: unknown, name: string): Record<string, unknown> | undefined {
  const inner = field(body, name);
  return isRecord(inner) ? inner : undefined;
}
