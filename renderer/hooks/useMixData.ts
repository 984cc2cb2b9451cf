import { useCallback, useEffect, useState } from 'react';
import type { InvokeResponse, Problem, Result } from '../../common/ipc-contract';
import { call } from '../bridge';

type MixChannel = 'mix:organizations' | 'mix:version';

export type MixData<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; problem: Problem };

interface Loaded<T> {
  /** Which profile and account the answer belongs to. */
  key: string;
  /** Which attempt produced it, so Retry shows loading again. */
  request: string;
  result: Result<T>;
}

/**
 * One Mix.api read for the signed-in profile. Loads while `enabled`; when it turns off (session expired),
 * the last good answer for the same account stays on screen.
 */
export function useMixData<C extends MixChannel>(
  channel: C,
  profileId: string | null,
  key: string,
  enabled: boolean,
): { data: MixData<InvokeResponse<C>>; retry: () => void } {
  const [loaded, setLoaded] = useState<Loaded<InvokeResponse<C>> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const request = `${key}#${attempt}`;

  useEffect(() => {
    if (!enabled || profileId === null) return;
    let live = true;
    void call(channel, { profileId }).then((result) => {
      if (live) setLoaded({ key, request, result });
    });
    return () => {
      live = false;
    };
  }, [channel, profileId, key, request, enabled]);

  const retry = useCallback(() => setAttempt((current) => current + 1), []);

  let data: MixData<InvokeResponse<C>> = { state: 'idle' };
  if (loaded?.request === request && (enabled || loaded.result.ok)) {
    data = loaded.result.ok
      ? { state: 'ready', value: loaded.result.value }
      : { state: 'failed', problem: loaded.result.problem };
  } else if (enabled) {
    data = { state: 'loading' };
  } else if (loaded?.key === key && loaded.result.ok) {
    data = { state: 'ready', value: loaded.result.value };
  }
  return { data, retry };
}
