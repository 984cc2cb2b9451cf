import { isDocumentationLink } from './documentation-links';

/**
 * Opens a link in the user's browser only when it is on the documentation allow-list; anything else is
 * dropped. The one path from the app to `shell.openExternal` for links (the sign-in's system-browser
 * mode has its own http(s)-only gate), so the audit has one call to review.
 */
export function createDocumentationOpener(
  openExternal: (url: string) => Promise<void>,
  logWarning: (message: string) => void,
): (url: string) => boolean {
  return (url) => {
    if (!isDocumentationLink(url)) return false;
    openExternal(url).catch(() => logWarning('[security] could not open a documentation link'));
    return true;
  };
}
