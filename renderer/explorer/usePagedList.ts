import { useEffect, useMemo, useState } from 'react';
import { formatNumber } from '../format';
import { MIX_ENDPOINTS } from '../../common/mix-endpoints';
import type { MixEndpointKey, MixParams } from '../../common/mix-endpoints';
import type { MixPaging } from '../../common/mix-models';
import { pagingOf } from '../../common/mix-models';
import { listItems } from '../../common/tolerant-reader';
import type { MixQueryResult } from './mix-query';
import { useMixQuery } from './mix-query';
import type { SortState } from '../ui/table/table-model';
import { nextSort } from '../ui/table/table-model';

/** Rows per request for paged Mix.api lists. */
export const PAGE_SIZE = 100;
/** Typing pauses this long before the server is asked to filter. */
export const FILTER_DEBOUNCE_MS = 300;

/** The first page of a paged list, exactly as the list view asks for it (so the tree shares its cache). */
export function firstPageParams(base: MixParams): MixParams {
  return { ...base, limit: PAGE_SIZE, offset: 0 };
}

export function sortByParam(sort: SortState, field: string): string {
  return `${sort.direction === 'ascending' ? '+' : '-'}${field}`;
}

interface PagedListOptions {
  endpoint: MixEndpointKey;
  base: MixParams;
  /** Column id → Mix's `sortBy` field. */
  sortFields?: Readonly<Record<string, string>>;
  /** The order asked for before the user picks one (builds and jobs: newest first). */
  initialSort?: SortState;
}

export interface PagedList<T> {
  query: MixQueryResult<unknown>;
  params: MixParams;
  items: T[];
  paging: MixPaging;
  offset: number;
  setOffset: (offset: number) => void;
  sort: SortState | null;
  /** Whether Mix sorted the page; otherwise the page is sorted here. */
  sortedOnServer: boolean;
  toggleSort: (columnId: string) => void;
  /** What the user typed; the server sees it after a pause. */
  filter: string;
  setFilter: (text: string) => void;
  /** Whether Mix filters this list by name (`filter`); otherwise the page is filtered here. */
  serverFilter: boolean;
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** A server-paged Mix.api list: `limit`/`offset`/`sortBy` and, where Mix has it, `filter`. */
export function usePagedList<T>({
  endpoint,
  base,
  sortFields = {},
  initialSort,
}: PagedListOptions): PagedList<T> {
  const spec = MIX_ENDPOINTS[endpoint];
  const serverFilter = Object.hasOwn(spec.query, 'filter');
  const canSortOnServer = Object.hasOwn(spec.query, 'sortBy');
  const [page, setPage] = useState({ offset: 0, filter: '' });
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const [filter, setFilterText] = useState('');
  const debouncedFilter = useDebounced(filter, FILTER_DEBOUNCE_MS);
  // A page belongs to the filter it was chosen under: a new filter starts again at the first page.
  const offset = page.filter === debouncedFilter ? page.offset : 0;
  const setOffset = (next: number) => setPage({ offset: next, filter: debouncedFilter });

  const sortField = sort && canSortOnServer ? sortFields[sort.columnId] : undefined;
  const baseKey = JSON.stringify(base);
  const params = useMemo<MixParams>(() => {
    const next: Record<string, MixParams[string]> = { ...(JSON.parse(baseKey) as MixParams) };
    next['limit'] = PAGE_SIZE;
    next['offset'] = offset;
    if (sort && sortField) next['sortBy'] = sortByParam(sort, sortField);
    if (serverFilter && debouncedFilter.trim()) next['filter'] = debouncedFilter.trim();
    return next;
  }, [baseKey, offset, sort, sortField, serverFilter, debouncedFilter]);

  const query = useMixQuery(endpoint, params, { keepPrevious: true });
  const items = listItems(query.data, spec.listField ?? '') as T[];
  return {
    query,
    params,
    items,
    paging: pagingOf(query.data),
    offset,
    setOffset,
    sort,
    sortedOnServer: sortField !== undefined,
    toggleSort: (columnId) => {
      setSort((current) => nextSort(current, columnId));
      setOffset(0);
    },
    filter,
    setFilter: setFilterText,
    serverFilter,
  };
}

/** "Items 101–200 of 20,000". */
export function pageSummary(offset: number, count: number, total: number | undefined): string {
  if (count === 0) return total ? `No items here (${formatNumber(total)} in all)` : 'No items';
  const first = offset + 1;
  const last = offset + count;
  const of = total !== undefined ? ` of ${formatNumber(total)}` : '';
  return `Items ${formatNumber(first)}–${formatNumber(last)}${of}`;
}
