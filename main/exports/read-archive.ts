import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import { problem, ProblemError } from '../problem';
import type { ArchiveLimits } from './archive-limits';

/** One file of an export, read into memory (never written to disk). */
export interface ArchiveFile {
  name: string;
  body: Buffer;
}

const NOT_READABLE = 'This export could not be read: it is not a complete zip archive.';
const TRY_DOWNLOAD = 'Download the file to look at it with another tool.';

function refused(message: string, detail = TRY_DOWNLOAD): ProblemError {
  return problem('too-large', message, { detail });
}

/** A name that could leave the folder it is unpacked into, or that names a folder of its own. */
function unsafeName(name: string): string | undefined {
  if (/^([a-z]:)?[\\/]/i.test(name) || /^[a-z]:/i.test(name)) return 'an absolute path';
  if (name.split(/[\\/]/).includes('..')) return 'a path that leaves the archive (..)';
  if (name.includes('\0')) return 'a broken name';
  return undefined;
}

/** The entry's name as text (Mix's exports name their files in ASCII; UTF-8 covers the rest). */
function nameOf(entry: Entry): string {
  const raw: unknown = entry.fileName;
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
}

/** Reads one entry's bytes, counting them: a stream longer than its declared size is cut off and refused. */
async function readEntry(zip: ZipFile, entry: Entry, limit: number): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > limit) {
      stream.destroy();
      throw refused(`${nameOf(entry)} is larger than Mix Explorer reads inline.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, bytes);
}

/**
 * Unpacks a zip held in memory with yauzl, within bounds: entry count, each entry's size and the total
 * (declared sizes are checked first, and the bytes are counted as they come, since a declared size can lie),
 * the compression ratio of zip bombs, and names that are absolute or climb out with `..`. Folders are skipped.
 * Every refusal is a plain sentence; nothing is written anywhere.
 */
export async function readArchive(buffer: Buffer, limits: ArchiveLimits): Promise<ArchiveFile[]> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(buffer, {
      lazyEntries: true,
      // Names stay bytes, so yauzl does not refuse them itself: our check below says which name and why.
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch {
    throw problem('invalid-input', NOT_READABLE, { detail: TRY_DOWNLOAD });
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw refused(
        `This export holds ${zip.entryCount} files; Mix Explorer reads at most ${limits.maxEntries} inline.`,
      );
    }
    const files: ArchiveFile[] = [];
    let total = 0;
    for (;;) {
      const entry = await nextEntry(zip);
      if (entry === undefined) return files;
      const name = nameOf(entry);
      const unsafe = unsafeName(name);
      if (unsafe) {
        throw problem(
          'invalid-input',
          `This export was refused: it contains ${unsafe} (${name.slice(0, 80)}).`,
          {
            detail: TRY_DOWNLOAD,
          },
        );
      }
      if (name.endsWith('/')) continue;
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        throw refused(`${name} is larger than Mix Explorer reads inline.`);
      }
      if (
        entry.uncompressedSize > limits.ratioFloorBytes &&
        entry.uncompressedSize > entry.compressedSize * limits.maxRatio
      ) {
        throw problem(
          'invalid-input',
          `This export was refused: ${name} unpacks to far more than it holds (a zip bomb).`,
          {
            detail: TRY_DOWNLOAD,
          },
        );
      }
      if (total + entry.uncompressedSize > limits.maxTotalBytes) {
        throw refused('This export unpacks to more than Mix Explorer reads inline.');
      }
      const body = await readEntry(zip, entry, Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total));
      total += body.length;
      files.push({ name, body });
    }
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    // yauzl's own findings (a truncated archive, a size that does not match, a bad header): one sentence.
    throw problem('invalid-input', NOT_READABLE, { detail: TRY_DOWNLOAD });
  } finally {
    zip.close();
  }
}

/** The next entry of a lazily read zip, or undefined at its end. */
function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => {
      cleanup();
      resolve(entry);
    };
    const onEnd = () => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}
