import { useState } from 'react';
import { formatNumber, plural } from '../../format';
import { DataTable, type DataTableProps } from './DataTable';
import { TableFilter } from './TableFilter';

type LocalTableProps<T> = Omit<DataTableProps<T>, 'filter' | 'toolbar' | 'sort' | 'onSort'>;

/** A whole list already in hand, with a filter box: filtered and sorted here. */
export function LocalTable<T>(props: LocalTableProps<T>) {
  const [filter, setFilter] = useState('');
  return (
    <DataTable
      {...props}
      filter={filter}
      toolbar={({ shown, all }) => (
        <div className="dt-toolbar">
          <TableFilter
            value={filter}
            onChange={setFilter}
            label={`Filter ${props.label.toLowerCase()}`}
            summary={filter ? `${formatNumber(shown)} of ${formatNumber(all)}` : plural(all, 'item')}
          />
        </div>
      )}
    />
  );
}
