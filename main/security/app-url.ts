import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from '../protocol/app-origin';
import { parseUrl } from './url-parts';

/**
 * True when `candidate` is a page of the app itself. `appUrl` is the renderer's URL: the dev server's
 * `http://localhost:5173/` (its origin is the app) or the packaged `app://mix-explorer/index.html` (the
 * app:// origin is the app: the protocol handler serves nothing but the built renderer there). Any
 * other scheme, including `file:`, is never the app.
 */
export function isAppUrl(candidate: string, appUrl: string): boolean {
  const url = parseUrl(candidate);
  const app = parseUrl(appUrl);
  if (url === undefined || app === undefined) return false;
  if (url.username !== '' || url.password !== '') return false;
  if (app.protocol === `${APP_SCHEME}:`) {
    // Node does not know app: is a standard scheme, so its URL.origin is "null": compare the parts.
    return app.host === APP_HOST && url.protocol === app.protocol && url.host === APP_HOST && url.port === '';
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false;
  return url.origin === app.origin;
}

/**
 * The URL whose origin the security policies treat as the app: the renderer's own URL in development, and
 * in the installed app always `app://mix-explorer/`, so no dev server is ever trusted there.
 */
export function trustedAppUrl(rendererUrl: string, packaged: boolean): string {
  return packaged ? APP_INDEX_URL : rendererUrl;
}
