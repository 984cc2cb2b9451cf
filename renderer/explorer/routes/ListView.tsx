import type { ReactNode } from 'react';
import type { ExplorerRoute } from '../../../common/explorer-routes';
import type { MixEndpointKey, MixParams } from '../../../common/mix-endpoints';
import { MIX_ENDPOINTS } from '../../../common/mix-endpoints';
import { listItems } from '../../../common/tolerant-reader';
import { LocalTable } from '../../ui/table/LocalTable';
import { useMixQuery } from '../mix-query';
import { PagedTable } from '../PagedTable';
import { ResourceView } from '../ResourceView';
import { endpointFrame } from './endpoint-frame';
import type { Column } from '../../ui/table/table-model';
import { usePagedList } from '../usePagedList';

export interface ListViewProps<T> {
  /** The h1: the resource's name. */
  title: string;
  /** The table's accessible name; the title by default. */
  tableLabel?: string;
  subtitle?: string;
  route: ExplorerRoute;
  endpoint: MixEndpointKey;
  params: MixParams;
  columns: readonly Column<T>[];
  rowKey: (row: T, index: number) => string;
  onOpen?: (row: T) => void;
  emptyText?: string;
  /** Replaces the heading's tabs, e.g. a project's tabs when the list is one of them. */
  frame?: { tabs: readonly { id: string; label: string }[]; activeTab: string; onTab: (id: string) => void };
  /** Controls above the table (a build-type switch). */
  controls?: ReactNode;
}

function serverSortFields<T>(columns: readonly Column<T>[]): Record<string, string> {
  return Object.fromEntries(
    columns.flatMap((column) => (column.serverSort ? [[column.id, column.serverSort]] : [])),
  );
}

function PagedListView<T>(props: ListViewProps<T>) {
  const list = usePagedList<T>({
    endpoint: props.endpoint,
    base: props.params,
    sortFields: serverSortFields(props.columns),
  });
  const empty = list.items.length === 0 && list.offset === 0 && !list.filter && !list.query.fetching;
  return (
    <ResourceView
      {...endpointFrame(props, list.query, list.params)}
      contentLabel="Table"
      isEmpty={empty && !props.controls}
      {...props.frame}
    >
      {props.controls}
      <PagedTable
        list={list}
        label={props.tableLabel ?? props.title}
        columns={props.columns}
        rowKey={props.rowKey}
        onOpen={props.onOpen}
        emptyText={props.emptyText}
      />
    </ResourceView>
  );
}

function LocalListView<T>(props: ListViewProps<T>) {
  const query = useMixQuery(props.endpoint, props.params);
  const rows = listItems(query.data, MIX_ENDPOINTS[props.endpoint].listField ?? '') as T[];
  return (
    <ResourceView
      {...endpointFrame(props, query, props.params)}
      contentLabel="Table"
      isEmpty={rows.length === 0 && !props.controls}
      {...props.frame}
    >
      {props.controls}
      <LocalTable
        label={props.tableLabel ?? props.title}
        columns={props.columns}
        rows={rows}
        rowKey={props.rowKey}
        onOpen={props.onOpen}
        emptyText={props.emptyText}
      />
    </ResourceView>
  );
}

/** A Mix.api list as a table: server-paged where Mix pages it, filtered and sorted here otherwise. */
export function ListView<T>(props: ListViewProps<T>) {
  return MIX_ENDPOINTS[props.endpoint].paged ? <PagedListView {...props} /> : <LocalListView {...props} />;
}
