import { useMemo } from 'react';
import { PageControls } from './PageControls';
import type { Column } from '../ui/table/table-model';
import { filterRows, sortRows } from '../ui/table/table-model';
import { TableFilter } from '../ui/table/TableFilter';
import type { PagedList } from './usePagedList';
import { VirtualTable } from '../ui/table/VirtualTable';

interface PagedTableProps<T> {
  list: PagedList<T>;
  label: string;
  columns: readonly Column<T>[];
  rowKey: (row: T, index: number) => string;
  onOpen?: (row: T) => void;
  emptyText?: string;
}

/**
 * A server-paged list: Mix filters (by name, where it can) and sorts (where it can); what it cannot do
 * is done on the page in hand.
 */
export function PagedTable<T>({ list, label, columns, rowKey, onOpen, emptyText }: PagedTableProps<T>) {
  const { items, sort, filter, serverFilter, sortedOnServer } = list;
  const rows = useMemo(() => {
    const filtered = serverFilter ? items : filterRows(items, columns, filter);
    return sortedOnServer ? filtered : sortRows(filtered, columns, sort);
  }, [items, columns, filter, serverFilter, sort, sortedOnServer]);
  const count = list.paging.count ?? items.length;
  return (
    <div className="table-block">
      <div className="table-toolbar">
        <TableFilter
          value={filter}
          onChange={list.setFilter}
          label={serverFilter ? `Filter ${label.toLowerCase()} by name` : `Filter this page`}
        />
        <PageControls
          offset={list.offset}
          count={count}
          total={list.paging.totalSize ?? (count < 100 ? list.offset + count : undefined)}
          busy={list.query.fetching}
          onOffset={list.setOffset}
        />
      </div>
      <VirtualTable
        label={label}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        sort={sort}
        onSort={list.toggleSort}
        onOpen={onOpen}
        rowOffset={list.offset}
        totalRows={list.paging.totalSize}
        emptyText={filter ? 'No items match the filter.' : emptyText}
      />
    </div>
  );
}
