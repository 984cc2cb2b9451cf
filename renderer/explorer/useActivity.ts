import { useEffect, useState } from 'react';
import type { ActivityEntry, Problem } from '../../common/ipc-contract';
import { bridge, call } from '../bridge';

/** Entries kept in the renderer; main keeps its own bounded log. */
const MAX_ENTRIES = 5000;

function merge(current: readonly ActivityEntry[], incoming: readonly ActivityEntry[]): ActivityEntry[] {
  const byId = new Map<number, ActivityEntry>();
  for (const entry of current) byId.set(entry.id, entry);
  // A later event for the same id (the request finished) replaces the earlier one.
  for (const entry of incoming) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => b.id - a.id).slice(0, MAX_ENTRIES);
}

/** Main's request log, newest first: the list so far, then live `activity:entry` events. */
export function useActivity(): { entries: ActivityEntry[]; problem: Problem | null } {
  const [entries, setEntries] = useState<ActivityEntry[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    let live = true;
    // Subscribe first, so nothing logged while the list travels is missed.
    const off = bridge.on('activity:entry', (entry) => setEntries((current) => merge(current, [entry])));
    void call('activity:list', null).then((result) => {
      if (!live) return;
      if (result.ok) setEntries((current) => merge(current, result.value));
      else setProblem(result.problem);
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  return { entries, problem };
}
