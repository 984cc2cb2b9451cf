import { parseUrl } from './url-parts';

/** Hosts whose pages the app may open in the user's browser when the renderer links to them. */
export const DOCUMENTATION_HOSTS: readonly string[] = [
  'docs.nuance.com',
  'docs.mix.nuance.com',
  'mix.nuance.com',
  // The UK Mix dashboard (mix-api.md §2): the credential doctor links to it for UK profiles.
  'mix.nuance.co.uk',
  'mix.api.nuance.com',
];

/**
 * True for an https link to one of the documentation hosts. Anything else that a page tries to open is
 * dropped, so a compromised renderer cannot make `shell.openExternal` launch arbitrary URLs or protocols.
 */
export function isDocumentationLink(value: string): boolean {
  const url = parseUrl(value);
  if (url === undefined) return false;
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    DOCUMENTATION_HOSTS.includes(url.hostname)
  );
}
