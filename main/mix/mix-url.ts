import {
  buildMixPath,
  mixQuery,
  MixParamError,
  type MixEndpointKey,
  type MixParams,
} from '../../common/mix-endpoints';
import { problem } from '../problem';

export type QueryValue = string | number | boolean | readonly string[] | undefined;

function badApiUrl() {
  return problem('invalid-input', 'The Mix.api URL of this profile is not a valid http(s) address.', {
    actions: ['open-settings'],
  });
}

function outsideOrigin() {
  return problem(
    'internal',
    'Mix Explorer refused to send a request outside the Mix.api address of the profile.',
  );
}

/**
 * The URL of a Mix.api path, locked to the profile's API origin: whatever the path or the configured URL
 * contain, a request carrying the user's token never leaves that origin.
 */
export function mixUrl(apiUrl: string, path: string, query: Record<string, QueryValue> = {}): URL {
  let base: URL;
  try {
    base = new URL(apiUrl);
  } catch {
    throw badApiUrl();
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw badApiUrl();
  let url: URL;
  try {
    url = new URL(path, apiUrl);
  } catch {
    throw problem('internal', 'Mix Explorer built an invalid Mix.api address.');
  }
  if (url.origin !== base.origin) throw outsideOrigin();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : [value];
    for (const item of values) url.searchParams.append(name, String(item));
  }
  return url;
}

/**
 * The URL of a catalogue endpoint. The parsed path must be exactly the one built: a parser that removed
 * a dot segment or merged slashes would send the token to a resource nobody asked for.
 */
export function mixEndpointUrl(apiUrl: string, key: MixEndpointKey, params: MixParams): URL {
  let path: string;
  try {
    path = buildMixPath(key, params);
  } catch (error) {
    if (error instanceof MixParamError) throw problem('invalid-input', error.message);
    throw error;
  }
  const url = mixUrl(apiUrl, path);
  for (const [name, value] of mixQuery(key, params)) url.searchParams.append(name, value);
  if (url.pathname !== path) throw outsideOrigin();
  return url;
}
