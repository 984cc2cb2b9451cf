import type { ExternalBrowser } from '../ports/sign-in-surface';
import { problem } from '../problem';

/**
 * Opens web pages in the user's default browser. `shell.openExternal` would also launch `file:`, `smb:`
 * or any registered protocol handler, so everything but http(s) is refused.
 */
export function createElectronExternalBrowser(openExternal: (url: string) => Promise<void>): ExternalBrowser {
  return {
    async open(url) {
      if (!isWebUrl(url)) {
        throw problem('invalid-input', 'Only web addresses (http or https) can be opened in your browser.');
      }
      await openExternal(url);
    },
  };
}

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
