import { parseUrl } from './url-parts';

/**
 * True when `candidate` is a page of the app itself. `appUrl` is the renderer's URL: the dev server's
 * `http://localhost:5173` (same origin = the app) or the packaged `file:///…/renderer/index.html`
 * (only that exact file is the app: any other file:// page is not).
 */
export function isAppUrl(candidate: string, appUrl: string): boolean {
  const url = parseUrl(candidate);
  const app = parseUrl(appUrl);
  if (url === undefined || app === undefined) return false;
  if (url.username !== '' || url.password !== '') return false;
  if (app.protocol === 'file:') {
    return url.protocol === 'file:' && url.host === app.host && url.pathname === app.pathname;
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false;
  return url.origin === app.origin;
}
