/** Local sorting and filtering of table rows; pure so large lists can be tested without a DOM. */
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
  /** What the cell sorts and filters by, and shows when there is no `render`. */
  value: (row: T) => CellValue;
  render?: (row: T) => ReactNode;
  /** A CSS grid track, e.g. `2fr` or `120px`. */
  width?: string;
  /** False: the header does not sort. */
  sortable?: boolean;
  /** The `sortBy` field for server-sorted lists; without it the column does not sort there. */
  serverSort?: string;
  align?: 'end';
}

/** The first click sorts ascending, the next descending, then ascending again. */
export function nextSort(current: SortState | null, columnId: string): SortState {
  if (current?.columnId === columnId && current.direction === 'ascending') {
    return { columnId, direction: 'descending' };
  }
  return { columnId, direction: 'ascending' };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Blank values sort last whichever the direction, as spreadsheets do. */
export function compareValues(a: CellValue, b: CellValue): number {
  if (a === b) return 0;
  if (a === undefined || a === '') return 1;
  if (b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows<T>(rows: readonly T[], columns: readonly Column<T>[], sort: SortState | null): T[] {
  const column = sort && columns.find((candidate) => candidate.id === sort.columnId);
  if (!sort || !column) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  // Values are read once per row, not once per comparison.
  const keyed = rows.map((row, index) => ({ row, index, value: column.value(row) }));
  keyed.sort((a, b) => {
    const blankA = a.value === undefined || a.value === '';
    const blankB = b.value === undefined || b.value === '';
    if (blankA !== blankB) return blankA ? 1 : -1;
    return sign * compareValues(a.value, b.value) || a.index - b.index;
  });
  return keyed.map((entry) => entry.row);
}

/** Rows where any column's value contains the text, ignoring case. */
export function filterRows<T>(rows: readonly T[], columns: readonly Column<T>[], text: string): T[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter((row) =>
    columns.some((column) => {
      const value = column.value(row);
      return value !== undefined && String(value).toLowerCase().includes(needle);
    }),
  );
}
