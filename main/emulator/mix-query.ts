import { GRPC_INVALID_ARGUMENT, MixApiError } from './mix-errors';

/** Query-parameter parsing with grpc-gateway's rules: a bad value is a 400 with gRPC code 3. */

function invalid(name: string, value: string, expected: string): MixApiError {
  return new MixApiError(
    400,
    GRPC_INVALID_ARGUMENT,
    `Invalid value "${value}" for parameter ${name}: expected ${expected}.`,
  );
}

export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const found = values.find((v) => v === raw);
  if (found === undefined) throw invalid(name, raw, `one of ${values.join(', ')}`);
  return found;
}

/** Go's strconv.ParseBool, which grpc-gateway uses for bool fields. */
export function boolParam(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name);
  if (raw === null || raw === '') return false;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(raw)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(raw)) return false;
  throw invalid(name, raw, 'true or false');
}

/** A non-negative int32; 0 and absent are the same to a proto3 server. */
export function countParam(query: URLSearchParams, name: string): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return 0;
  if (!/^-?\d+$/.test(raw) || Number(raw) > 2 ** 31 - 1) throw invalid(name, raw, 'an integer');
  const value = Number(raw);
  if (value < 0) throw invalid(name, raw, 'a number that is not negative');
  return value;
}

export interface SortKey<F extends string> {
  field: F;
  descending: boolean;
}

/**
 * `sortBy=+displayName,-id`: '+' (or a '+' that URL decoding turned into a space) is ascending, '-' descending.
 * Field names match without regard to case (mix-cli's own fixtures send `BuildId`), and `name` means the display
 * name: Mix sorts organizations by `sortBy=-name` (mix-cli's recorded organizations:list request). A field the
 * list does not have is a 400 in Mix's error shape; Mix's exact wording for it is not recorded.
 */
export function sortParam<F extends string>(query: URLSearchParams, fields: readonly F[]): SortKey<F>[] {
  const raw = query.get('sortBy');
  if (raw === null) return [];
  const keys: SortKey<F>[] = [];
  for (const part of raw.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const descending = item.startsWith('-');
    const field = sortField(item.replace(/^[+-]/, ''), fields);
    if (field === undefined) throw invalid('sortBy', raw, `fields among ${fields.join(', ')}`);
    keys.push({ field, descending });
  }
  return keys;
}

function sortField<F extends string>(name: string, fields: readonly F[]): F | undefined {
  const wanted = name.toLowerCase();
  const found = fields.find((f) => f.toLowerCase() === wanted);
  if (found !== undefined || wanted !== 'name') return found;
  return fields.find((f) => f === 'displayName');
}
