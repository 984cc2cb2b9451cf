import type { ReactNode } from 'react';
import type { ExplorerRoute } from '../../../common/explorer-routes';
import type { MixEndpointKey, MixParams } from '../../../common/mix-endpoints';
import { MIX_ENDPOINTS } from '../../../common/mix-endpoints';
import { listItems } from '../../../common/tolerant-reader';
import { useMixQuery } from '../mix-query';
import { ResourceView } from '../ResourceView';
import { endpointFrame } from './endpoint-frame';
import { usePagedList } from '../usePagedList';
import { ListPageControls } from './ListPageControls';

interface PanelViewProps {
  title: string;
  subtitle?: string;
  route: ExplorerRoute;
  endpoint: MixEndpointKey;
  params: MixParams;
  emptyText?: string;
  /** The presentational panel for the answer's body. */
  render: (body: unknown) => ReactNode;
}

function PagedPanel(props: PanelViewProps) {
  const list = usePagedList<unknown>({ endpoint: props.endpoint, base: props.params });
  return (
    <ResourceView
      {...endpointFrame(props, list.query, list.params)}
      contentLabel="List"
      isEmpty={list.items.length === 0 && list.offset === 0 && !list.query.fetching}
    >
      <ListPageControls list={list} />
      {props.render(list.query.data)}
    </ResourceView>
  );
}

function WholePanel(props: PanelViewProps) {
  const query = useMixQuery(props.endpoint, props.params);
  const field = MIX_ENDPOINTS[props.endpoint].listField;
  return (
    <ResourceView
      {...endpointFrame(props, query, props.params)}
      contentLabel={field ? 'List' : 'Overview'}
      isEmpty={field !== undefined && listItems(query.data, field).length === 0}
    >
      {props.render(query.data)}
    </ResourceView>
  );
}

/** A Mix.api answer shown by a presentational panel, server-paged where Mix pages it. */
export function PanelView(props: PanelViewProps) {
  return MIX_ENDPOINTS[props.endpoint].paged ? <PagedPanel {...props} /> : <WholePanel {...props} />;
}
