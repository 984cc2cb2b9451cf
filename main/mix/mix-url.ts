import { problem } from '../problem';

export type QueryValue = string | number | boolean | undefined;

function badApiUrl() {
  return problem('invalid-input', 'The Mix.api URL of this profile is not a valid http(s) address.', {
    actions: ['open-settings'],
  });
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
  if (url.origin !== base.origin) {
    throw problem(
      'internal',
      'Mix Explorer refused to send a request outside the Mix.api address of the profile.',
    );
  }
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.append(name, String(value));
  }
  return url;
}
