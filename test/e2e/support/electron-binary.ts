import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable, if this machine has one. Never `require('electron')` to find out: that starts
 * the binary download, which fails where Electron's download host is unreachable.
 */
export function electronBinary(): string | undefined {
  if (process.env.ELECTRON_EXEC_PATH)
    return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : undefined;
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}

export const NO_ELECTRON_REASON =
  'Electron binary not available on this machine (node_modules/electron has no dist/; set ELECTRON_EXEC_PATH or let electron download it)';
