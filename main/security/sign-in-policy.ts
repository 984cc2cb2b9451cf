import { isLoopbackHostname } from '../../common/profile-validation';
import { parseUrl } from './url-parts';

/**
 * Where the sign-in window may go: https anywhere (identity providers federate to other hosts), plain http
 * only on this machine (the local sandbox and loopback redirect URLs). file:, data:, javascript:, custom
 * protocols and http to other hosts are denied.
 */
export function isAllowedSignInNavigation(value: string): boolean {
  const url = parseUrl(value);
  if (url === undefined) return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHostname(url.hostname);
}

/** The webPreferences every sign-in window and its popups get: a plain, sandboxed browser tab. */
export function signInWebPreferences(partition: string) {
  return {
    partition,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    javascript: true,
    // No preload: the identity provider's pages must never reach the app's IPC API.
    preload: undefined,
  };
}

export type PopupDecision =
  | { action: 'deny' }
  | {
      action: 'allow';
      overrideBrowserWindowOptions: { webPreferences: ReturnType<typeof signInWebPreferences> };
    };

/**
 * The identity provider may open its own popups (social login, passkey help) from the sign-in window:
 * only to allowed URLs, in the same partition (so the sign-in cookies are shared), sandboxed, no preload.
 */
export function signInPopupDecision(url: string, partition: string): PopupDecision {
  if (!isAllowedSignInNavigation(url)) return { action: 'deny' };
  return {
    action: 'allow',
    overrideBrowserWindowOptions: { webPreferences: signInWebPreferences(partition) },
  };
}

/** Any http(s) URL: used when the redirect URL is not known to the surface. */
const ALL_WEB_URLS = ['http://*/*', 'https://*/*'];

/**
 * The `webRequest` URL filter for the redirect catcher. With the redirect URL known, only its origin
 * (`http://localhost:3000/*`) reaches the listener; without it, every web request does, and the exact
 * match is left to `isRedirect` either way.
 */
export function redirectRequestFilter(redirectUrl: string): { urls: string[] } {
  const url = parseUrl(redirectUrl);
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    return { urls: ALL_WEB_URLS };
  return { urls: [`${url.protocol}//${url.host}/*`] };
}
