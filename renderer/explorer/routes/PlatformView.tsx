import type { PlatformList } from '../../../common/explorer-routes';
import type { MixGeography, MixVersionBody } from '../../../common/mix-models';
import type { MixDataTypesBody, MixEntityTypesBody } from '../../resource-views';
import { DataTypesView, EntityTypesView, VersionView } from '../../resource-views';
import { PLATFORM_LABELS } from '../labels';
import { platformRequest } from '../route-requests';
import { GEOGRAPHY_COLUMNS } from './columns';
import { ListView } from './ListView';
import { PanelView } from './PanelView';

/** Platform-wide lists: geographies, data types, entity types, and the Mix version. */
export function PlatformView({ list }: { list: PlatformList }) {
  const request = platformRequest(list);
  const common = {
    title: list === 'version' ? 'Mix version' : PLATFORM_LABELS[list],
    subtitle: 'Platform',
    route: { kind: 'platform', list } as const,
    endpoint: request.endpoint,
    params: request.params,
  };
  switch (list) {
    case 'geographies':
      return (
        <ListView<MixGeography> {...common} columns={GEOGRAPHY_COLUMNS} rowKey={(row) => String(row.id)} />
      );
    case 'data-types':
      return <PanelView {...common} render={(body) => <DataTypesView body={body as MixDataTypesBody} />} />;
    case 'entity-types':
      return (
        <PanelView {...common} render={(body) => <EntityTypesView body={body as MixEntityTypesBody} />} />
      );
    case 'version':
      return <PanelView {...common} render={(body) => <VersionView body={body as MixVersionBody} />} />;
  }
}
