/**
 * Mix.api v4 read endpoints: the catalogue, parameter checks, paths and copyable commands.
 * Pure (ES2023 + URL): main builds requests with it, IPC checks renderer payloads with it,
 * the renderer shows what can be asked for.
 */
export {
  MIX_ENDPOINTS,
  MIX_ENDPOINT_KEYS,
  isMixEndpointKey,
  type MixCliArgument,
  type MixCliEquivalent,
  type MixEndpoint,
  type MixEndpointKey,
  type MixQueryParam,
  type MixQueryType,
} from './mix-catalogue';
export {
  buildMixPath,
  mixPathWithQuery,
  mixQuery,
  validateMixParams,
  MixParamError,
  type MixParams,
  type MixParamValue,
} from './mix-params';
export { curlCommand, mixCliCommand, shellQuote } from './mix-commands';
