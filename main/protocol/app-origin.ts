import type { CustomScheme } from 'electron';

/**
 * The packaged renderer is served from `app://mix-explorer/…` rather than `file://`: a real origin for the
 * trusted-sender and navigation checks, a CSP response header, and no file-system reach beyond its folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'mix-explorer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Standard (relative URLs and a tuple origin) and secure (a secure context, like https). `supportFetchAPI`
 * lets module scripts load. `corsEnabled` stays unset: it would make the scheme readable cross-origin.
 * Electron honours only one registerSchemesAsPrivileged call, so every privileged scheme belongs here.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};
