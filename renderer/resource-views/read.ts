/**
 * Tolerant readers for Mix bodies. Props are typed with common/mix-models.ts, but the bodies come from the
 * network: grpc-gateway drops zero values and Mix adds or changes fields, so every view reads through these
 * and never trusts a field's type at run time.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of an array field; anything else (missing, null, a string...) is no items. */
export function records<T extends object>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter(isRecord) as T[]) : [];
}

/** The non-empty texts (and numbers, as text) of an array field. */
export function texts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(textOf).filter((item): item is string => item !== undefined);
}

/** A non-empty text; numbers (ids typed as numbers by some fixtures) count as text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export const DASH = '—';

/** What a cell shows for a scalar field: the text, Yes/No for booleans, "—" for anything missing or odd. */
export function show(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return textOf(value) ?? DASH;
}

/** A field of an object that may not be an object. */
export function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined;
}

/** The value as a `T` when it is an object, otherwise undefined (for one-object bodies). */
export function objectOf<T extends object>(value: unknown): T | undefined {
  return isRecord(value) ? (value as T) : undefined;
}
