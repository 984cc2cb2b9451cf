import { resolve, sep } from 'node:path';
import { APP_ORIGIN } from './app-origin';

/**
 * The file under `root` an `app://mix-explorer/<path>` URL names, or undefined. Works on the raw URL and
 * refuses rather than normalises: `.` or `..` (also percent-encoded), backslashes, empty segments (so
 * no absolute path), drive letters and NUL. Chromium canonicalises URLs first; this does not rely on it.
 */
export function resolveAppFile(url: string, root: string): string | undefined {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.startsWith(prefix)) return undefined;
  const path = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (path.includes('\\')) return undefined;

  const segments: string[] = [];
  for (const raw of (path === '' ? 'index.html' : path).split('/')) {
    const segment = decodeSegment(raw);
    if (segment === undefined) return undefined;
    segments.push(segment);
  }

  const base = resolve(root);
  const file = resolve(base, ...segments);
  // Belt and braces: whatever got past the segment checks must still land inside the root.
  return file.startsWith(base + sep) ? file : undefined;
}

function decodeSegment(raw: string): string | undefined {
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (segment === '' || segment === '.' || segment === '..') return undefined;
  // `/` and `\` would split the segment again; `:` is a drive letter or an NTFS stream; NUL ends C strings.
  return /[/\\:\0]/.test(segment) ? undefined : segment;
}
