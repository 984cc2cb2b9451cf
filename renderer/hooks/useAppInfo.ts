import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, Notice, Problem } from '../../common/ipc-contract';
import { bridge, call } from '../bridge';

export interface AppInfoState {
  info: AppInfo | null;
  problem: Problem | null;
  /** Start-up notices and live `app:notice` events the user has not dismissed. */
  notices: Notice[];
  dismissNotice: (id: string) => void;
}

function addNotices(current: Notice[], incoming: Notice[]): Notice[] {
  const known = new Set(current.map((notice) => notice.id));
  const fresh = incoming.filter((notice) => !known.has(notice.id));
  return fresh.length === 0 ? current : [...current, ...fresh];
}

export function useAppInfo(): AppInfoState {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    let live = true;
    void call('app:info', null).then((result) => {
      if (!live) return;
      if (result.ok) {
        setInfo(result.value);
        setNotices((current) => addNotices(current, result.value.notices));
      } else {
        setProblem(result.problem);
      }
    });
    const off = bridge.on('app:notice', (notice) => setNotices((current) => addNotices(current, [notice])));
    // Main starts before the keyring answers: the status moves on from `waiting` once it has.
    const offStorage = bridge.on('app:secret-storage', (secretStorage) =>
      setInfo((current) => current && { ...current, secretStorage }),
    );
    return () => {
      live = false;
      off();
      offStorage();
    };
  }, []);

  const dismissNotice = useCallback((id: string) => {
    setDismissed((current) => new Set(current).add(id));
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);

  // A notice dismissed once stays dismissed even if main repeats it.
  const visible = notices.filter((notice) => !dismissed.has(notice.id));
  return { info, problem, notices: visible, dismissNotice };
}
