import { useMemo, useState } from 'react';
import { formatNumber, plural } from '../../format';
import type { Column, SortState } from './table-model';
import { filterRows, nextSort, sortRows } from './table-model';
import { TableFilter } from './TableFilter';
import { VirtualTable } from './VirtualTable';

interface LocalTableProps<T> {
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  onOpen?: (row: T) => void;
  emptyText?: string;
  height?: number | string;
}

/** A whole list already in hand: filtered and sorted here, shown virtualised. */
export function LocalTable<T>({
  label,
  columns,
  rows,
  rowKey,
  onOpen,
  emptyText,
  height,
}: LocalTableProps<T>) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortState | null>(null);
  const shown = useMemo(
    () => sortRows(filterRows(rows, columns, filter), columns, sort),
    [rows, columns, filter, sort],
  );
  return (
    <div className="table-block">
      <TableFilter
        value={filter}
        onChange={setFilter}
        label={`Filter ${label.toLowerCase()}`}
        summary={
          filter
            ? `${formatNumber(shown.length)} of ${formatNumber(rows.length)}`
            : `${plural(rows.length, 'item')}`
        }
      />
      <VirtualTable
        label={label}
        columns={columns}
        rows={shown}
        rowKey={rowKey}
        sort={sort}
        onSort={(columnId) => setSort((current) => nextSort(current, columnId))}
        onOpen={onOpen}
        emptyText={filter ? 'No items match the filter.' : emptyText}
        height={height}
      />
    </div>
  );
}
