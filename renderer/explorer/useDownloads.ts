import { useEffect, useState } from 'react';
import type { DownloadEntry, Problem } from '../../common/ipc-contract';
import { bridge, call } from '../bridge';

/** Newest first; main keeps the same bound. */
function merge(current: readonly DownloadEntry[], incoming: readonly DownloadEntry[]): DownloadEntry[] {
  const byId = new Map<string, DownloadEntry>();
  for (const entry of current) byId.set(entry.downloadId, entry);
  // A later record of the same download (it finished) replaces the earlier one.
  for (const entry of incoming) byId.set(entry.downloadId, entry);
  return [...byId.values()].sort((a, b) => b.startedAt - a.startedAt);
}

/**
 * This session's downloads as main recorded them: the list so far, then live `download:entry` events, and
 * the bytes of running ones from `download:progress`.
 */
export function useDownloads(): { entries: DownloadEntry[]; problem: Problem | null } {
  const [entries, setEntries] = useState<DownloadEntry[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    let live = true;
    // Subscribe first, so nothing that happens while the list travels is missed.
    const offEntry = bridge.on('download:entry', (entry) => setEntries((current) => merge(current, [entry])));
    const offProgress = bridge.on('download:progress', ({ downloadId, bytes, total }) =>
      setEntries((current) =>
        current.map((entry) =>
          entry.downloadId === downloadId && entry.state === 'running'
            ? { ...entry, bytes, total: total ?? entry.total }
            : entry,
        ),
      ),
    );
    void call('downloads:list', null).then((result) => {
      if (!live) return;
      if (result.ok) setEntries((current) => merge(result.value, current));
      else setProblem(result.problem);
    });
    return () => {
      live = false;
      offEntry();
      offProgress();
    };
  }, []);

  return { entries, problem };
}
