import { readdir, readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { judged, type BenchContext, type BenchReport, type Goal } from './bench-result';

export const BUNDLE_SIZE_NAME = 'renderer initial JS, gzipped';
export const BUNDLE_SIZE_GOAL: Goal = { limit: 250, unit: 'KB' };

/** The value of one attribute in a tag's text, quoted or not. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** JS the page loads before anything runs: its script tags and modulepreload links, not lazy chunks. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) found.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href && attribute(tag, 'rel')?.toLowerCase() === 'modulepreload') found.add(href);
  }
  return [...found];
}

const kb = (bytes: number) => bytes / 1024;

/** Sum of each initial script gzipped at level 9, as a server (or an installer's compressor) would send it. */
export async function benchBundleSize(context: BenchContext): Promise<BenchReport> {
  const root = context.rendererDir;
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const scripts = initialScripts(html);
  if (scripts.length === 0) throw new Error(`${join(root, 'index.html')} loads no script.`);
  let raw = 0;
  let gzipped = 0;
  for (const src of scripts) {
    const body = await readFile(normalize(join(root, src.replace(/^\//, ''))));
    raw += body.length;
    gzipped += gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;
  }
  const allJs = (await readdir(join(root, 'assets'))).filter((name) => name.endsWith('.js'));
  const lazy = allJs.length - scripts.filter((src) => src.endsWith('.js')).length;
  const stale = context.rendererStale ? ` NOTE: ${context.rendererStale}` : '';
  return {
    rows: [
      {
        name: BUNDLE_SIZE_NAME,
        measured: `${kb(gzipped).toFixed(1)} KB (${kb(raw).toFixed(0)} KB raw)`,
        spread: 'exact',
        goal: BUNDLE_SIZE_GOAL,
        outcome: judged(kb(gzipped), BUNDLE_SIZE_GOAL),
      },
    ],
    notes: [
      `bundle: ${scripts.length} initial script(s) [${scripts.join(', ')}], ${lazy} lazy chunk(s) not counted; gzip level 9, KB = 1024 bytes.${stale}`,
    ],
  };
}
