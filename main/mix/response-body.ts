import { toNodeReadable } from './download-file';

/** Thrown by readCapped when a body grows past its cap; the stream is destroyed at that point. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The body is larger than ${limit} bytes.`);
    this.name = 'BodyTooLarge';
  }
}

/**
 * The whole body, as long as it stays within `limit` bytes as received (after the HTTP layer has
 * decompressed it): a gzip bomb or a huge answer is cut off as soon as it passes the cap, never held.
 */
export async function readCapped(body: unknown, limit: number): Promise<Buffer> {
  const readable = toNodeReadable(body);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of readable) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > limit) throw new BodyTooLarge(limit);
      chunks.push(buffer);
    }
  } finally {
    readable.destroy();
  }
  return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size);
}

/** Lets an unread body go, so the connection is not held open for it. */
export function discardBody(body: unknown): void {
  try {
    toNodeReadable(body).destroy();
  } catch {
    // Nothing readable: nothing to let go.
  }
}
