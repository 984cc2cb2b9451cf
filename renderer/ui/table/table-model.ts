/**
 * The one column model of every list on screen, and how it maps onto TanStack Table: what a column sorts and
 * filters by, what a cell shows, how wide it is. Pure, so large lists can be tested without a DOM.
 */
import {
  createTable,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type ColumnDef,
  type FilterFn,
  type SortingFn,
  type SortingState,
  type TableOptionsResolved,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  columnId: string;
  direction: SortDirection;
}

export type CellValue = string | number | boolean | undefined;

export interface Column<T> {
  id: string;
  header: string;
  /** A second, smaller line under the header (a matrix column's geography and step). */
  subheader?: string;
  /** What the cell sorts and filters by, and shows (formatted) when there is no `render`. */
  value: (row: T) => CellValue;
  render?: (row: T) => ReactNode;
  /** A CSS grid track, e.g. `minmax(160px, 2fr)` or `120px`. */
  width?: string;
  /** False: the header does not sort. */
  sortable?: boolean;
  /** The `sortBy` field for server-sorted lists; without it the column does not sort there. */
  serverSort?: string;
  align?: 'end';
  /** The column that names the row (a row header for screen readers); the first one by default. */
  rowHeader?: boolean;
}

/** The track of a date column: `2024-06-12 11:20` on one line. */
export const DATE_WIDTH = '152px';

/** The first click sorts ascending, the next descending, then ascending again. */
export function nextSort(current: SortState | null, columnId: string): SortState {
  if (current?.columnId === columnId && current.direction === 'ascending') {
    return { columnId, direction: 'descending' };
  }
  return { columnId, direction: 'ascending' };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const isBlank = (value: CellValue) => value === undefined || value === '';

/** Numbers by value, text naturally (`Build 9` before `Build 10`), ignoring case. Blanks are handled apart. */
export function compareValues(a: CellValue, b: CellValue): number {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function toSorting(sort: SortState | null | undefined): SortingState {
  return sort ? [{ id: sort.columnId, desc: sort.direction === 'descending' }] : [];
}

export function fromSorting(sorting: SortingState): SortState | null {
  const first = sorting[0];
  return first ? { columnId: first.id, direction: first.desc ? 'descending' : 'ascending' } : null;
}

const byCellValue: SortingFn<unknown> = (a, b, columnId) =>
  compareValues(a.getValue<CellValue>(columnId), b.getValue<CellValue>(columnId));

/** Rows where any column's value contains the text, ignoring case. */
export const containsText: FilterFn<unknown> = (row, columnId, text: string) => {
  const value = row.getValue<CellValue>(columnId);
  return value !== undefined && String(value).toLowerCase().includes(text.trim().toLowerCase());
};

/** Our columns as TanStack column definitions: blanks sort last whichever the direction, as spreadsheets do. */
export function columnDefs<T>(columns: readonly Column<T>[]): ColumnDef<T, CellValue>[] {
  return columns.map((column) => ({
    id: column.id,
    header: column.header,
    accessorFn: (row: T) => {
      const value = column.value(row);
      return isBlank(value) ? undefined : value;
    },
    sortingFn: byCellValue as SortingFn<T>,
    sortUndefined: 'last',
    enableSorting: column.sortable !== false,
    enableGlobalFilter: true,
    filterFn: containsText as FilterFn<T>,
    meta: column,
  }));
}

/** What the table model is asked: rows in, order and filter. */
export interface TableQuery {
  sorting: SortingState;
  filter: string;
  /** The rows already come sorted (by Mix): keep their order. */
  manualSorting?: boolean;
}

/** The TanStack options every table uses: our columns, blanks-last sorting, any-column filtering. */
export function tableOptions<T>(
  rows: T[],
  defs: ColumnDef<T, CellValue>[],
  query: TableQuery,
): Omit<TableOptionsResolved<T>, 'onStateChange' | 'renderFallbackValue'> {
  return {
    data: rows,
    columns: defs,
    state: { sorting: query.sorting, globalFilter: query.filter },
    manualSorting: query.manualSorting === true,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    globalFilterFn: containsText as FilterFn<T>,
    // TanStack's default only filters columns whose first row holds text or a number: a column blank in its
    // first row (a Lock column, most projects unlocked) would never match. Every column filters here.
    getColumnCanGlobalFilter: () => true,
    enableSortingRemoval: false,
    // No pagination or expansion here: nothing to reset when rows change (a reset re-renders the table).
    autoResetAll: false,
  };
}

/** The rows a table shows for a sort and filter, without a DOM: what tests and large-list checks use. */
export function visibleRows<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  { sort = null, filter = '' }: { sort?: SortState | null; filter?: string } = {},
): T[] {
  const options = tableOptions([...rows], columnDefs(columns), { sorting: toSorting(sort), filter });
  const table = createTable<T>({ ...options, onStateChange: () => undefined, renderFallbackValue: null });
  table.setOptions((previous) => ({ ...previous, state: { ...table.initialState, ...options.state } }));
  return table.getRowModel().rows.map((row) => row.original);
}
