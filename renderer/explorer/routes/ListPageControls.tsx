import { PageControls } from '../PageControls';
import type { PagedList } from '../usePagedList';

/** The paging buttons for a list read with usePagedList. */
export function ListPageControls<T>({ list }: { list: PagedList<T> }) {
  return (
    <PageControls
      offset={list.offset}
      count={list.paging.count ?? list.items.length}
      total={list.paging.totalSize}
      busy={list.query.fetching}
      onOffset={list.setOffset}
    />
  );
}
