import { useEffect, useRef } from 'react';
import { call } from '../bridge';

/**
 * Asks main for a desktop notification; main shows it only when the window is in the background, so a
 * person who looked elsewhere during a long download or a running job learns it finished.
 */
export function notifyInBackground(title: string, body: string): void {
  void call('app:notify', { title, body });
}

/** Notifies once when a watched job leaves RUNNING. */
export function useNotifyWhenJobEnds(
  job: { id?: string | number; status?: string; type?: string } | undefined,
): void {
  const previous = useRef<string | undefined>(undefined);
  useEffect(() => {
    const status = job?.status;
    if (previous.current === 'RUNNING' && status && status !== 'RUNNING') {
      const what = job?.type ? `${job.type.replaceAll('_', ' ').toLowerCase()} job` : 'Mix job';
      notifyInBackground(
        'Mix job finished',
        `The ${what} ended: ${status.replaceAll('_', ' ').toLowerCase()}.`,
      );
    }
    previous.current = status;
  }, [job?.status, job?.type]);
}
