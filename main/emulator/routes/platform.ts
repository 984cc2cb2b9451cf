// §3.1: organizations and platform-wide lookups.
import { boolParam } from '../mix-query';
import { listOrganizations, organizationsOf } from '../organizations';
import { listPage } from '../paging';
import type { MixHandler } from '../route-kit';
import { DATA_TYPES, ENTITY_TYPES, GEOGRAPHIES } from '../seed/platform';

export const PLATFORM_ROUTES: Record<string, MixHandler> = {
  // mix-api.md §10: the answer also names the Mix.api server.
  '/v4/version': ({ host }) => ({
    mixEnvironment: 'sandbox',
    mixVersion: '3.6.5-sandbox',
    apiVersion: '0.9.15-sandbox',
    mixAPIServer: host,
  }),
  '/v4/organizations': ({ ctx, token, query }) =>
    listOrganizations(organizationsOf(token.subject, ctx.options.users, ctx.world.extraOrganizations), query),
  '/v4/geographies': ({ query }) => {
    const { items, paging } = listPage(GEOGRAPHIES, query, {
      fields: { id: (g) => Number(g.id), displayName: (g) => g.displayName },
    });
    return { geographies: items, ...paging };
  },
  '/v4/data-types': ({ query }) => {
    const compatible = boolParam(query, 'includeCompatibleEntityTypes');
    return {
      dataTypes: DATA_TYPES.map(({ name, schema, compatibleEntityTypes }) =>
        compatible ? { name, schema, compatibleEntityTypes } : { name, schema },
      ),
    };
  },
  '/v4/ontology/entity-types': ({ query }) => {
    const compatible = boolParam(query, 'includeCompatibleDataTypes');
    return {
      entityTypes: ENTITY_TYPES.map(({ name, description, compatibleDataTypes }) =>
        compatible ? { name, description, compatibleDataTypes } : { name, description },
      ),
    };
  },
};
