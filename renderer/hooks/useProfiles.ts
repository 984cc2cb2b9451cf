import { useCallback, useEffect, useState } from 'react';
import type {
  Problem,
  Profile,
  ProfileDraft,
  ProfilesState,
  Result,
  SettingsTestResult,
} from '../../common/ipc-contract';
import { bridge, call } from '../bridge';

export interface ProfilesApi {
  /** null until the first list arrives. */
  state: ProfilesState | null;
  /** Why the list could not be loaded. */
  problem: Problem | null;
  save: (draft: ProfileDraft) => Promise<Result<Profile>>;
  duplicate: (profileId: string) => Promise<Result<Profile>>;
  remove: (profileId: string) => Promise<Result<ProfilesState>>;
  select: (profileId: string) => Promise<Result<ProfilesState>>;
  /** "Test these settings" of a form's unsaved values. */
  testSettings: (draft: ProfileDraft) => Promise<Result<SettingsTestResult>>;
  /** Starts the Demo (the built-in Mix emulator) and signs its profile in. */
  startDemo: () => Promise<Result<ProfilesState>>;
}

export function useProfiles(): ProfilesApi {
  const [state, setState] = useState<ProfilesState | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const reload = useCallback(async () => {
    const result = await call('profiles:list', null);
    if (result.ok) {
      setState(result.value);
      setProblem(null);
    } else {
      setProblem(result.problem);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void call('profiles:list', null).then((result) => {
      if (!live) return;
      if (result.ok) setState(result.value);
      else setProblem(result.problem);
    });
    const off = bridge.on('profiles:changed', (next) => {
      setState(next);
      setProblem(null);
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  // Save and duplicate answer with one profile; the list is re-read so the screen never shows a stale list,
  // whether or not main also sends `profiles:changed`.
  const save = useCallback(
    async (draft: ProfileDraft) => {
      const result = await call('profiles:save', draft);
      if (result.ok) await reload();
      return result;
    },
    [reload],
  );

  const duplicate = useCallback(
    async (profileId: string) => {
      const result = await call('profiles:duplicate', { profileId });
      if (result.ok) await reload();
      return result;
    },
    [reload],
  );

  const applyState = useCallback(async (pending: Promise<Result<ProfilesState>>) => {
    const result = await pending;
    if (result.ok) setState(result.value);
    return result;
  }, []);

  const remove = useCallback(
    (profileId: string) => applyState(call('profiles:remove', { profileId })),
    [applyState],
  );
  const select = useCallback(
    (profileId: string) => applyState(call('profiles:select', { profileId })),
    [applyState],
  );

  const testSettings = useCallback((draft: ProfileDraft) => call('profiles:test-settings', draft), []);

  const startDemo = useCallback(() => applyState(call('demo:start', null)), [applyState]);

  return { state, problem, save, duplicate, remove, select, testSettings, startDemo };
}
