import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const RENDERER_OUT = join('out', 'renderer');
/** What the renderer bundle is built from. */
const SOURCES = ['renderer', 'common', 'electron.vite.config.ts', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

/** Why out/renderer does not match the sources (missing, or older than a source file), if it does not. */
export function rendererStaleness(): string | undefined {
  const index = join(RENDERER_OUT, 'index.html');
  if (!existsSync(index)) return `${index} is missing`;
  const built = statSync(index).mtimeMs;
  const changed = Math.max(...SOURCES.map(newestChange));
  return changed > built ? `${index} is older than the renderer sources` : undefined;
}

/** `electron-vite build`, as `npm run build` runs it; false when it failed (its output says why). */
export function buildRenderer(): boolean {
  const result = spawnSync(join('node_modules', '.bin', 'electron-vite'), ['build'], { stdio: 'inherit' });
  return result.status === 0;
}
