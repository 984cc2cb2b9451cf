import { existsSync } from 'node:fs';
import { link, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** `name (n).ext` beside `path` (n = 0: the path itself). */
export function numberedPath(path: string, n: number): string {
  if (n === 0) return path;
  const extension = extname(path);
  return join(dirname(path), `${basename(path, extension)} (${n})${extension}`);
}

const MAX_NUMBER = 999;

/**
 * Where a download goes. A path another download is still writing gets the first free `name (n).ext`
 * (the save dialog could not know the first file was coming); an existing file is replaced only when it
 * existed when the user chose it in the save dialog, which asked them to confirm.
 */
export function chooseTarget(
  chosen: string,
  writing: ReadonlySet<string>,
): { path: string; replace: boolean } {
  if (!writing.has(chosen)) return { path: chosen, replace: existsSync(chosen) };
  for (let n = 1; n <= MAX_NUMBER; n += 1) {
    const candidate = numberedPath(chosen, n);
    if (!writing.has(candidate) && !existsSync(candidate)) return { path: candidate, replace: false };
  }
  return { path: chosen, replace: false };
}

/**
 * Moves a finished temporary file to its place. With `replace`, over the target (atomic rename). Without,
 * never over an existing file: a hard link claims `target` or the first free `target (n)` atomically, then
 * the temporary name goes. Resolves to the path used.
 */
export async function placeFile(temporary: string, target: string, replace: boolean): Promise<string> {
  if (replace) {
    await rename(temporary, target);
    return target;
  }
  for (let n = 0; n <= MAX_NUMBER; n += 1) {
    const candidate = numberedPath(target, n);
    try {
      await link(temporary, candidate);
      await rm(temporary, { force: true });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      // No hard links on this file system (FAT, some network shares): check, then rename.
      if (existsSync(candidate)) continue;
      await rename(temporary, candidate);
      return candidate;
    }
  }
  throw Object.assign(new Error('No free file name is left beside the chosen one.'), {
    code: 'EEXIST',
    syscall: 'rename',
  });
}
