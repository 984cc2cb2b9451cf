import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  CopyTokenResult,
  InvokeChannel,
  Problem,
  ProfileIdRequest,
  Result,
  SessionState,
  SignInMode,
} from '../../common/ipc-contract';
import { bridge, call } from '../bridge';

export interface SignInOptions {
  mode?: SignInMode;
  freshAccount?: boolean;
}

export interface SessionApi {
  /** The session of `profileId`; null while it loads. */
  session: SessionState | null;
  /** The last action's failure; a cancelled sign-in is not one. */
  problem: Problem | null;
  /** The mode of a sign-in this window started and main has not answered yet. */
  pendingMode: SignInMode | null;
  signIn: (options?: SignInOptions) => Promise<void>;
  /** Repeats the last sign-in with the same options. */
  retrySignIn: () => Promise<void>;
  cancelSignIn: () => Promise<void>;
  signOut: () => Promise<void>;
  forget: () => Promise<void>;
  copyAccessToken: () => Promise<CopyTokenResult | null>;
  dismissProblem: () => void;
}

/** Values remembered per profile, so switching profiles never shows another profile's session. */
interface ForProfile<T> {
  profileId: string;
  value: T;
}

type SessionChannel = Extract<
  InvokeChannel,
  'session:cancel-sign-in' | 'session:sign-out' | 'session:forget' | 'session:get'
>;

/**
 * The session of one profile, kept live by `session:changed`. `profileId` is null when there is no
 * active profile (then every action does nothing). `profileMode` is the profile's own sign-in mode.
 */
export function useSession(profileId: string | null, profileMode: SignInMode): SessionApi {
  const [session, setSession] = useState<ForProfile<SessionState> | null>(null);
  const [problem, setProblem] = useState<ForProfile<Problem> | null>(null);
  const [pending, setPending] = useState<ForProfile<SignInMode> | null>(null);
  const lastSignIn = useRef<SignInOptions>({});
  // Answers that arrive after the user switched profile must not land on the new one.
  const currentProfile = useRef<string | null>(profileId);

  useEffect(() => {
    currentProfile.current = profileId;
    if (profileId === null) return;
    let live = true;
    void call('session:get', { profileId }).then((result) => {
      if (!live) return;
      if (result.ok) setSession({ profileId, value: result.value });
      else setProblem({ profileId, value: result.problem });
    });
    const off = bridge.on('session:changed', (next) => {
      if (next.profileId === profileId) setSession({ profileId, value: next });
    });
    return () => {
      live = false;
      off();
    };
  }, [profileId]);

  const settle = useCallback((forProfile: string, result: Result<SessionState> | Result<CopyTokenResult>) => {
    if (currentProfile.current !== forProfile) return;
    if (result.ok) {
      if ('status' in result.value) setSession({ profileId: forProfile, value: result.value });
      return;
    }
    // Closing the sign-in window is a choice, not a failure: say nothing.
    if (result.problem.code !== 'cancelled') setProblem({ profileId: forProfile, value: result.problem });
  }, []);

  const signIn = useCallback(
    async (options: SignInOptions = {}) => {
      const forProfile = profileId;
      if (forProfile === null) return;
      lastSignIn.current = options;
      setProblem(null);
      setPending({ profileId: forProfile, value: options.mode ?? profileMode });
      const result = await call('session:sign-in', { profileId: forProfile, ...options });
      setPending((current) => (current?.profileId === forProfile ? null : current));
      settle(forProfile, result);
    },
    [profileId, profileMode, settle],
  );

  const retrySignIn = useCallback(() => signIn(lastSignIn.current), [signIn]);

  const run = useCallback(
    async (channel: SessionChannel) => {
      const forProfile = profileId;
      if (forProfile === null) return;
      setProblem(null);
      const request: ProfileIdRequest = { profileId: forProfile };
      settle(forProfile, await call(channel, request));
    },
    [profileId, settle],
  );

  const cancelSignIn = useCallback(() => run('session:cancel-sign-in'), [run]);
  const signOut = useCallback(() => run('session:sign-out'), [run]);
  const forget = useCallback(() => run('session:forget'), [run]);

  const copyAccessToken = useCallback(async () => {
    const forProfile = profileId;
    if (forProfile === null) return null;
    setProblem(null);
    const result = await call('session:copy-access-token', { profileId: forProfile });
    settle(forProfile, result);
    return result.ok ? result.value : null;
  }, [profileId, settle]);

  const dismissProblem = useCallback(() => setProblem(null), []);

  return {
    session: session?.profileId === profileId ? session.value : null,
    problem: problem?.profileId === profileId ? problem.value : null,
    pendingMode: pending?.profileId === profileId ? pending.value : null,
    signIn,
    retrySignIn,
    cancelSignIn,
    signOut,
    forget,
    copyAccessToken,
    dismissProblem,
  };
}
