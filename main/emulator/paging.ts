import { countParam, sortParam, type SortKey } from './mix-query';

export const DEFAULT_LIMIT = 25;

/** How each sortable field reads an item; numbers compare as numbers (int64 ids are strings on the wire). */
export type SortFields<T> = Record<string, (item: T) => string | number>;

export interface PagingFields {
  totalSize?: number;
  count: number;
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  paging: PagingFields;
}

export interface ListOptions<T> {
  /** The fields `sortBy` may name; absent when the endpoint has no `sortBy` (grpc-gateway ignores it then). */
  fields?: SortFields<T>;
  /** Order used when sortBy is absent, and as the tie-breaker; empty = the source's own order. */
  defaultSort?: readonly SortKey<string>[];
  filter?: (item: T) => boolean;
}

const collator = new Intl.Collator('en');
/** Sorted copies per source list and sortBy, so paging through 20,000 items sorts them once, not per request. */
const sortedCache = new WeakMap<readonly unknown[], Map<string, readonly unknown[]>>();

/** limit/offset/sortBy as mix-api.md §6 describes: sort, filter, slice, and echo the paging fields. */
export function listPage<T>(source: readonly T[], query: URLSearchParams, options: ListOptions<T>): Page<T> {
  const limit = countParam(query, 'limit') || DEFAULT_LIMIT;
  const offset = countParam(query, 'offset');
  const fields = options.fields ?? {};
  const asked = options.fields ? sortParam(query, Object.keys(fields)) : [];
  const keys = [...asked, ...(options.defaultSort ?? [])];
  const ordered = sortedBy(source, keys, fields);
  const matching = options.filter ? ordered.filter(options.filter) : ordered;
  const items = matching.slice(offset, offset + limit);
  return { items, paging: pagingFields(matching.length, items.length, limit, offset) };
}

/** grpc-gateway leaves out zero-valued fields; clients have seen `totalSize` missing on empty lists. */
export function pagingFields(totalSize: number, count: number, limit: number, offset: number): PagingFields {
  return totalSize === 0 ? { count, limit, offset } : { totalSize, count, limit, offset };
}

function sortedBy<T>(
  source: readonly T[],
  keys: readonly SortKey<string>[],
  fields: SortFields<T>,
): readonly T[] {
  if (keys.length === 0) return source;
  const cacheKey = keys.map((k) => `${k.descending ? '-' : '+'}${k.field}`).join(',');
  let perSource = sortedCache.get(source);
  if (!perSource) {
    perSource = new Map();
    sortedCache.set(source, perSource);
  }
  const cached = perSource.get(cacheKey);
  if (cached) return cached as readonly T[];
  const readers = keys.map((k) => ({ read: fields[k.field], sign: k.descending ? -1 : 1 }));
  // Stable sort: items equal on every key keep the source order (by id).
  const sorted = [...source].sort((a, b) => {
    for (const { read, sign } of readers) {
      if (!read) continue;
      const x = read(a);
      const y = read(b);
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return sign * order;
    }
    return 0;
  });
  perSource.set(cacheKey, sorted);
  return sorted;
}
