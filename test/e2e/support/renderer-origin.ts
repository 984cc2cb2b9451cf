import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';

/**
 * Serves the built renderer (out/renderer) to a Chromium context from a private origin through request
 * interception, the way the app serves it from its own files: no network port is opened.
 */
export const RENDERER_ORIGIN = 'https://mix-explorer.test';
export const RENDERER_URL = `${RENDERER_ORIGIN}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export async function serveRenderer(context: BrowserContext, outDir: string): Promise<void> {
  const root = normalize(outDir);
  await context.route(`${RENDERER_ORIGIN}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep)) return route.fulfill({ status: 403, body: 'forbidden' });
    try {
      const body = await readFile(file);
      await route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
