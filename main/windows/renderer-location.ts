import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the main window's page comes from: the dev server, or the built file beside the main bundle. */
export type RendererLocation = { kind: 'url'; url: string } | { kind: 'file'; path: string };

/** `bundleDir` is the folder of the built main bundle (`out/main`); the renderer is built to `out/renderer`. */
export function rendererLocation(devUrl: string | undefined, bundleDir: string): RendererLocation {
  if (devUrl !== undefined) return { kind: 'url', url: devUrl };
  return { kind: 'file', path: join(bundleDir, '../renderer/index.html') };
}

/** The URL the renderer's frames report, which the sender and navigation policies compare against. */
export function appUrlOf(location: RendererLocation): string {
  return location.kind === 'url' ? location.url : pathToFileURL(location.path).href;
}

/** The sandboxed preload must be CommonJS (electron.vite.config.ts builds it as `out/preload/index.cjs`). */
export function preloadPath(bundleDir: string): string {
  return join(bundleDir, '../preload/index.cjs');
}
