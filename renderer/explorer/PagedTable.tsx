import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { TableFilter } from '../ui/table/TableFilter';
import { PageControls } from './PageControls';
import type { PagedList } from './usePagedList';

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
  const count = list.paging.count ?? items.length;
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={items}
      rowKey={rowKey}
      sort={sort}
      onSort={list.toggleSort}
      sortedElsewhere={sortedOnServer}
      filter={serverFilter ? undefined : filter}
      onOpen={onOpen}
      rowOffset={list.offset}
      totalRows={list.paging.totalSize}
      emptyText={filter ? 'No items match the filter.' : emptyText}
      toolbar={() => (
        <div className="dt-toolbar">
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
      )}
    />
  );
}
