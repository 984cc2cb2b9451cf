import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../ports/logger';
import { createRecentFailures } from './recent-failures';
import { redact } from './redact';

export { describeError } from './describe-error';

export type { Logger } from '../ports/logger';

export interface FileLogger extends Logger {
  /** The folder the log files are in ("Open logs folder"). */
  readonly folder: string;
  /**
   * The last warning and error lines of every layer (`[ipc]`, `[session]`, `[storage]`, `[mix]`…), oldest
   * first, already redacted ("Copy diagnostics"): a chatty layer cannot push another one's out.
   */
  recentFailures(): string[];
  /** Resolves once every line logged so far is on disk. */
  flush(): Promise<void>;
}

export interface FileLoggerOptions {
  folder: string;
  fileName?: string;
  /** A file is rotated before it would grow past this. */
  maxBytes?: number;
  /** The current file plus rotated ones (`main.1.log` … `main.<maxFiles-1>.log`). */
  maxFiles?: number;
  /** Failure lines kept in memory per layer. */
  failuresKept?: number;
  now?: () => Date;
  /** Also writes each line here (the console, in development). */
  echo?: Pick<Console, 'info' | 'warn' | 'error'>;
}

type Level = 'info' | 'warn' | 'error';

/**
 * Main's log: one line per message, every line through `redact()`, appended in order by a single write
 * queue, rotated by renaming (`main.log` → `main.1.log` → … ; the oldest is deleted). A failing disk
 * never throws into the caller: logging must not break the app.
 */
export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const fileName = options.fileName ?? 'main.log';
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const maxFiles = Math.max(1, options.maxFiles ?? 5);
  const failures = createRecentFailures(options.failuresKept);
  const now = options.now ?? (() => new Date());
  const current = join(options.folder, fileName);
  const rotated = (index: number): string =>
    index === 0 ? current : join(options.folder, fileName.replace(/(\.log)?$/, `.${index}$1`));

  let size: number | undefined;
  let queue: Promise<void> = Promise.resolve();

  const rotate = async (): Promise<void> => {
    await rm(rotated(maxFiles - 1), { force: true });
    for (let index = maxFiles - 2; index >= 0; index -= 1) {
      await rename(rotated(index), rotated(index + 1)).catch(ignoreMissing);
    }
    size = 0;
  };

  const append = async (line: string): Promise<void> => {
    const bytes = Buffer.byteLength(line);
    if (size === undefined) {
      await mkdir(options.folder, { recursive: true });
      size = await stat(current).then(
        (stats) => stats.size,
        () => 0,
      );
    }
    if (size > 0 && size + bytes > maxBytes) {
      if (maxFiles > 1) await rotate();
      else {
        await rm(current, { force: true });
        size = 0;
      }
    }
    await appendFile(current, line, 'utf8');
    size += bytes;
  };

  const write = (level: Level, message: string): void => {
    // One line per message: a newline inside it would let text forge a line of its own.
    const text = redact(message).replace(/\r?\n/g, ' ⏎ ');
    const line = `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${text}`;
    if (level !== 'info') failures.add(text, line);
    options.echo?.[level](line);
    queue = queue
      .then(() => append(`${line}\n`))
      .catch(() => {
        // The size is unknown after a failure: measure again before the next line.
        size = undefined;
      });
  };

  return {
    folder: options.folder,
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
    recentFailures: () => failures.lines(),
    flush: () => queue,
  };
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
