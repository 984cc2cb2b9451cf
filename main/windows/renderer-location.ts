import { join } from 'node:path';
import { APP_INDEX_URL } from '../protocol/app-origin';

/**
 * Where the main window's page comes from: the dev server, or the built renderer served through the
 * `app://` protocol from `root` (never `file://`, which would give the page a file-system origin).
 */
export type RendererLocation =
  { kind: 'dev-server'; url: string } | { kind: 'bundle'; url: typeof APP_INDEX_URL; root: string };

/** `bundleDir` is the folder of the built main bundle (`out/main`); the renderer is built to `out/renderer`. */
export function rendererLocation(devUrl: string | undefined, bundleDir: string): RendererLocation {
  if (devUrl !== undefined) return { kind: 'dev-server', url: devUrl };
  return { kind: 'bundle', url: APP_INDEX_URL, root: join(bundleDir, '../renderer') };
}

/** The sandboxed preload must be CommonJS (electron.vite.config.ts builds it as `out/preload/index.cjs`). */
export function preloadPath(bundleDir: string): string {
  return join(bundleDir, '../preload/index.cjs');
}
