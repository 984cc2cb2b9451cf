/**
 * Mix.api v4 read endpoints: the catalogue, parameter checks, paths and copyable commands.
 * Pure (ES2023 + URL): main builds requests with it, IPC checks renderer payloads with it,
 * the renderer shows what can be asked for.
 */
export {
  MIX_ENDPOINTS,
  MIX_ENDPOINT_KEYS,
  isMixEndpointKey,
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
export { curlCommand, mixCliCommand, shellQuote, type MixCliResult } from './mix-commands';
export {
  MIX_CLI_COMMANDS,
  MIX_CLI_COMMAND_NAMES,
  mixCliCommandsFor,
  type MixCliCommand,
  type MixCliCommandName,
  type MixCliFlag,
} from './mix-cli-table';
