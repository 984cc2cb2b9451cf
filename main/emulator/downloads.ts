import type { ServerResponse } from 'node:http';
import type { Download } from './route-kit';
import { createZip, type ZipEntry } from './zip';

/** `yyyy-mm-dd-hh-mm-ss` in GMT, as Mix names its export files. */
export function exportStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[T:]/g, '-');
}

/** Keeps a file name safe inside a quoted Content-Disposition: ASCII printable, no quotes or slashes. */
export function fileNamePart(text: string): string {
  return text.replace(/[^\x20-\x7e]|["\\/]/g, '_');
}

export function zipDownload(
  filename: string,
  entries: readonly ZipEntry[],
  at: number,
  contentType = 'application/zip',
): Download {
  return { kind: 'download', body: createZip(entries, new Date(at)), contentType, filename };
}

export function jsonDownload(filename: string, value: unknown): Download {
  const body = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  return { kind: 'download', body, contentType: 'application/json', filename };
}

/** Sends a file, at `bytesPerSecond` when a slow-download fault is set (real time: it shapes the transport). */
export function sendDownload(res: ServerResponse, file: Download, bytesPerSecond?: number): void {
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': file.body.length,
    'Content-Disposition': `attachment; filename="${file.filename}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (bytesPerSecond === undefined) {
    res.end(file.body);
    return;
  }
  const tickMs = 50;
  const chunkSize = Math.max(1, Math.floor((bytesPerSecond * tickMs) / 1000));
  let sent = 0;
  const pump = (): void => {
    if (res.destroyed) return;
    const chunk = file.body.subarray(sent, sent + chunkSize);
    sent += chunk.length;
    if (sent >= file.body.length) res.end(chunk);
    else {
      res.write(chunk);
      setTimeout(pump, tickMs);
    }
  };
  pump();
}
