import type { ExplorerRoute } from '../../../common/explorer-routes';
import type { MixEndpointKey, MixParams } from '../../../common/mix-endpoints';
import type { ViewQuery } from '../ResourceView';

/** What a view of one Mix.api endpoint (a list or a panel) tells its frame, whichever way it reads. */
interface EndpointView {
  title: string;
  subtitle?: string;
  route: ExplorerRoute;
  endpoint: MixEndpointKey;
  emptyText?: string;
}

/** The frame's props of an endpoint's view: its name, route, the query in view and the request it made. */
export function endpointFrame(view: EndpointView, query: ViewQuery, params: MixParams) {
  return {
    title: view.title,
    subtitle: view.subtitle,
    route: view.route,
    query,
    request: { endpoint: view.endpoint, params },
    emptyText: view.emptyText,
  };
}
