import type { DownloadEntry } from '../../common/ipc-contract';

/** What Show in folder and Open answer for an id main saved no file under (unknown, failed, cancelled, forgotten). */
export const NO_SAVED_FILE = 'Mix Explorer saved no file under this download in this session.';

/** Downloads remembered per session: the panel shows them, Show in folder / Open find their files. */
export const MAX_REMEMBERED_DOWNLOADS = 200;

export interface DownloadRegister {
  /** The user chose where to save: the download is running. */
  started(downloadId: string, fileName: string, at: number): void;
  saved(downloadId: string, path: string, bytes: number): void;
  cancelled(downloadId: string): void;
  failed(downloadId: string, error: string): void;
  /** Bytes so far; not announced as an entry (`download:progress` carries it). */
  progress(downloadId: string, bytes: number, total?: number): void;
  /** Newest first. */
  list(): DownloadEntry[];
  /** The path of a file main saved this session, or undefined for any other id. */
  savedPath(downloadId: string): string | undefined;
}

/**
 * This session's downloads, in memory only and bounded (the oldest are forgotten first). It is the only
 * source of paths for Show in folder and Open: an id it does not know, or one whose download did not save
 * a file, has no path.
 */
export function createDownloadRegister(
  onEntry: (entry: DownloadEntry) => void,
  limit = MAX_REMEMBERED_DOWNLOADS,
): DownloadRegister {
  // A Map keeps insertion order: the first key is the oldest download.
  const entries = new Map<string, DownloadEntry>();

  function update(downloadId: string, change: Partial<DownloadEntry>) {
    const entry = entries.get(downloadId);
    if (!entry) return;
    const next = { ...entry, ...change };
    entries.set(downloadId, next);
    onEntry({ ...next });
  }

  return {
    started(downloadId, fileName, at) {
      // The renderer may reuse an id; the new download replaces the old record and moves to the end.
      entries.delete(downloadId);
      const entry: DownloadEntry = { downloadId, fileName, startedAt: at, state: 'running', bytes: 0 };
      entries.set(downloadId, entry);
      while (entries.size > limit) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      onEntry({ ...entry });
    },
    saved: (downloadId, path, bytes) => update(downloadId, { state: 'saved', path, bytes, total: bytes }),
    cancelled: (downloadId) => update(downloadId, { state: 'cancelled' }),
    failed: (downloadId, error) => update(downloadId, { state: 'failed', error }),
    progress(downloadId, bytes, total) {
      const entry = entries.get(downloadId);
      if (entry?.state === 'running')
        entries.set(downloadId, { ...entry, bytes, ...(total !== undefined && { total }) });
    },
    list: () => [...entries.values()].reverse().map((entry) => ({ ...entry })),
    savedPath(downloadId) {
      const entry = entries.get(downloadId);
      return entry?.state === 'saved' ? entry.path : undefined;
    },
  };
}
