/** Longest deep link accepted at all: no real route comes close, and OS links are untrusted input. */
export const MAX_DEEP_LINK_LENGTH = 2048;

/**
 * Why a `mix-explorer:` link from the OS is refused before it is even parsed, or undefined when it may
 * be parsed. A second, independent gate in front of `parseDeepLink`: whatever that parser accepts,
 * nothing long, credential-bearing, dot-segmented or control-charactered reaches the renderer.
 */
export function deepLinkRejection(url: string): string | undefined {
  if (url.length > MAX_DEEP_LINK_LENGTH) return 'too long';
  if (!url.startsWith('mix-explorer://')) return 'not a mix-explorer:// link';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  if (/[\u0000-\u001f\u007f\s\\]/.test(url)) return 'white space, control characters or backslashes';
  const authority = url.slice('mix-explorer://'.length).split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('@')) return 'credentials';
  const path = url.slice('mix-explorer://'.length + authority.length).split(/[?#]/, 1)[0] ?? '';
  const segments = path.split('/').map((segment) => segment.toLowerCase().replaceAll('%2e', '.'));
  if (segments.some((segment) => segment === '.' || segment === '..')) return 'dot segments';
  return undefined;
}
