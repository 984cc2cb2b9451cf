import { countOf, isRecord, listItems } from '../../common/tolerant-reader';
import { problem } from '../problem';

export const DEFAULT_LIST_CAP = 10_000;
export const DEFAULT_PAGE_SIZE = 100;

export interface MixListResult {
  items: unknown[];
  /** What Mix says the whole list holds (at least the items fetched). */
  totalSize: number;
  /** True when the cap stopped the fetching before the end of the list. */
  truncated: boolean;
  pages: number;
}

interface ListEndpoint {
  key: string;
  paged: boolean;
  listField?: string;
}

/**
 * Follows `limit`/`offset` until `totalSize` is reached. grpc-gateway drops zero values, so without a
 * `totalSize` a short or empty page ends the list. The cap bounds a server that never stops (or ignores
 * `offset`).
 */
export async function fetchAllPages(
  endpoint: ListEndpoint,
  params: unknown,
  getPage: (params: Record<string, unknown>) => Promise<{ data: unknown }>,
  options: { cap?: number; pageSize?: number },
): Promise<MixListResult> {
  const { listField } = endpoint;
  if (!listField) throw problem('invalid-input', `${endpoint.key} does not answer with a list.`);
  const base = isRecord(params) ? params : {};
  const cap = Math.max(0, options.cap ?? DEFAULT_LIST_CAP);
  if (!endpoint.paged) {
    const { data } = await getPage(base);
    const all = listItems(data, listField);
    const totalSize = Math.max(countOf(isRecord(data) ? data['totalSize'] : undefined) ?? 0, all.length);
    return { items: all.slice(0, cap), totalSize, truncated: all.length > cap, pages: 1 };
  }
  const limit = countOf(base['limit']) || (options.pageSize ?? DEFAULT_PAGE_SIZE);
  let offset = countOf(base['offset']) ?? 0;
  const items: unknown[] = [];
  let totalSize: number | undefined;
  let pages = 0;
  let more = true;
  let dropped = false;
  while (more && items.length < cap) {
    const { data } = await getPage({ ...base, limit, offset });
    pages += 1;
    const page = listItems(data, listField);
    const room = cap - items.length;
    dropped = page.length > room;
    items.push(...page.slice(0, room));
    totalSize = countOf(isRecord(data) ? data['totalSize'] : undefined) ?? totalSize;
    offset += page.length;
    more = page.length > 0 && (totalSize === undefined ? page.length >= limit : offset < totalSize);
  }
  return {
    items,
    totalSize: Math.max(totalSize ?? 0, items.length),
    truncated: more || dropped,
    pages,
  };
}
