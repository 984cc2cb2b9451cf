import { readFile as fsReadFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveAppFile } from './resolve-app-file';

/** The renderer's policy, sent as a header so it holds even if the page's meta tag is edited or lost. */
export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The types a Vite build emits. With `nosniff`, a script served under any other type would not run. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': APP_CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function failure(status: number): Response {
  return new Response(null, { status, headers: headers('text/plain; charset=utf-8') });
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/**
 * The `protocol.handle('app', …)` handler: read-only (GET and HEAD), files under `root` only, every
 * response with the CSP and nosniff headers. A missing or refused file is a plain 404: no directory
 * listing, no error text that would reveal paths.
 */
export function createAppProtocolHandler(
  root: string,
  readFile: ReadFile = fsReadFile,
): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return failure(405);
    const file = resolveAppFile(request.url, root);
    if (file === undefined) return failure(404);
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return failure(404);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headers(contentTypeOf(file)),
    });
  };
}
