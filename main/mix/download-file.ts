import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { placeFile } from './place-file';

/** The body of a streamed axios answer: a Node Readable (http adapter) or a web ReadableStream (fetch adapter). */
interface WebStreamLike {
  getReader(): {
    read(): Promise<{ done: boolean; value?: unknown }>;
    cancel(reason?: unknown): Promise<void>;
  };
}

function isWebStream(body: unknown): body is WebStreamLike {
  return typeof body === 'object' && body !== null && typeof (body as WebStreamLike).getReader === 'function';
}

function toChunk(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'string') return Buffer.from(value);
  throw new TypeError('The download stream produced something that is not bytes.');
}

async function* readWebStream(stream: WebStreamLike): AsyncGenerator<Buffer> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield toChunk(value);
    }
    finished = true;
  } finally {
    // Stopped early (cancel, disk error): tell the network layer nobody reads any more.
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

/** Either kind of body as a Node Readable. */
export function toNodeReadable(body: unknown): Readable {
  if (body instanceof Readable) return body;
  if (isWebStream(body)) return Readable.from(readWebStream(body), { objectMode: false });
  throw new TypeError('The answer has no readable body.');
}

/** Reads at most `limit` bytes of an error answer's body as text, then lets the rest go. */
export async function readSmallBody(body: unknown, limit = 64 * 1024): Promise<string> {
  const readable = toNodeReadable(body);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of readable) {
      const buffer = toChunk(chunk);
      chunks.push(buffer);
      size += buffer.length;
      if (size >= limit) break;
    }
  } finally {
    readable.destroy();
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

/** `.<name>.part-<random>` beside the target: same folder, so the final rename cannot cross file systems. */
export function temporaryPathFor(targetPath: string): string {
  return join(dirname(targetPath), `.${basename(targetPath)}.part-${randomBytes(6).toString('hex')}`);
}

export interface SaveOptions {
  targetPath: string;
  /** Whether an existing target may be replaced (see place-file.ts); otherwise `name (n).ext`. */
  replace?: boolean;
  signal: AbortSignal;
  /** From Content-Length, when the server sent one. */
  total?: number;
  /** When the bytes written must equal `total` (Content-Length of a body nobody decoded on the way). */
  exactTotal?: boolean;
  onProgress?: (bytes: number, total?: number) => void;
  /** Called with the body's first bytes (HEAD_BYTES, or fewer if the body is shorter); throwing stops it. */
  inspectStart?: (head: Buffer) => void;
  headBytes?: number;
  /** Called each time another `aliveBytes` arrived: a trickle of a few bytes does not count as progress. */
  onAlive?: () => void;
  aliveBytes?: number;
}

/** The body ended with a byte count other than its Content-Length. */
export class IncompleteBody extends Error {
  constructor(
    readonly expected: number,
    readonly received: number,
  ) {
    super(`Expected ${expected} bytes, received ${received}.`);
    this.name = 'IncompleteBody';
  }
}

export interface SavedFile {
  path: string;
  bytes: number;
}

/**
 * Streams `body` into a temporary file and moves it to the target when complete and checked (its start,
 * its length), so the target is either the whole file or absent: on cancel or any failure the temporary
 * file is removed. Resolves to where it went (see placeFile) and the byte count.
 */
export async function saveStream(body: unknown, options: SaveOptions): Promise<SavedFile> {
  const temporary = temporaryPathFor(options.targetPath);
  let bytes = 0;
  let head: Buffer | undefined = options.inspectStart ? Buffer.alloc(0) : undefined;
  const headBytes = options.headBytes ?? 16;
  const aliveBytes = options.aliveBytes ?? 16 * 1024;
  let aliveAt = aliveBytes;
  const inspect = (complete: boolean) => {
    if (head === undefined || (head.length < headBytes && !complete)) return;
    const start = head;
    head = undefined;
    options.inspectStart?.(start);
  };
  const counter = new Transform({
    transform(chunk: unknown, _encoding, callback) {
      const buffer = toChunk(chunk);
      bytes += buffer.length;
      try {
        if (head !== undefined) {
          head = Buffer.concat([head, buffer.subarray(0, headBytes - head.length)]);
          inspect(false);
        }
      } catch (error) {
        callback(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (bytes >= aliveAt) {
        aliveAt = bytes + aliveBytes;
        options.onAlive?.();
      }
      try {
        // Chromium hands over the decoded body but keeps the encoded Content-Length: never past 100 %.
        const { total } = options;
        options.onProgress?.(total === undefined ? bytes : Math.min(bytes, total), total);
      } catch {
        // A broken progress listener must not break the download.
      }
      callback(null, buffer);
    },
    flush(callback) {
      try {
        inspect(true);
        if (options.exactTotal && options.total !== undefined && bytes !== options.total) {
          throw new IncompleteBody(options.total, bytes);
        }
        callback();
      } catch (error) {
        callback(error instanceof Error ? error : new Error(String(error)));
      }
    },
  });
  const file = createWriteStream(temporary, { flags: 'wx', mode: 0o600 });
  try {
    await pipeline(toNodeReadable(body), counter, file, { signal: options.signal });
    return { path: await placeFile(temporary, options.targetPath, options.replace ?? false), bytes };
  } catch (error) {
    // A body that fails at once can beat the file's own open: wait until the stream has closed, or the
    // file would appear after we removed it.
    if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

const FILE_SYSTEM_CALLS = new Set(['open', 'write', 'rename', 'link', 'close', 'fsync', 'mkdir', 'unlink']);

/** Whether an error came from the disk rather than the network. */
export function isFileSystemError(error: unknown): error is Error & { code?: string; syscall: string } {
  if (!(error instanceof Error)) return false;
  const syscall: unknown = (error as Error & { syscall?: unknown }).syscall;
  return typeof syscall === 'string' && FILE_SYSTEM_CALLS.has(syscall);
}
