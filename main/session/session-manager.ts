import type {
  CopyTokenResult,
  Problem,
  Profile,
  SessionState,
  SessionStatus,
  SignInRequest,
} from '../../common/ipc-contract';
import { systemLabel } from '../../common/mix-systems';
import type { TokenSet } from '../auth/token-set';
import type { Clock } from '../ports/clock';
import { silentLogger, type Logger } from '../ports/logger';
import { describeError } from '../log/describe-error';
import { ProblemError, toProblem } from '../problem';
import type { AuthorizationAttempt, Authorizer, ProfileSource, SessionStore } from './session-deps';
import type { BrowserPartitions } from '../ports/browser-partitions';
import type { Clipboard } from '../ports/clipboard';
import { renewTokens } from './renew-tokens';
import { notSignedIn, sessionExpired, signInCancelled, unknownProfile } from './session-problems';
import { everySignInPartition, signInPartition } from './sign-in-partition';

/** Mix tokens last about 15 minutes; renewing a minute early keeps requests from racing the expiry. */
export const DEFAULT_RENEW_BEFORE_MS = 60_000;
// setTimeout fires at once for delays above 2^31-1 ms; long-lived tokens are re-checked daily instead.
const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

/** Who is signed in, looked up with a fresh token (main/mix/account-lookup.ts). */
export type AccountLookup = (
  profile: Profile,
  accessToken: string,
) => Promise<{ account?: string; organizationCount?: number }>;

export interface SessionManagerDeps {
  profiles: ProfileSource;
  store: SessionStore;
  authorizer: Authorizer;
  partitions: BrowserPartitions;
  clipboard: Clipboard;
  clock: Clock;
  log?: Logger;
  renewBeforeMs?: number;
  account?: AccountLookup;
  /** False while secrets are memory-only: the sign-in window's cookies then stay in memory too. */
  persistSignIn?: () => boolean;
}

export interface SessionManager {
  state(profileId: string): SessionState;
  /** Loads persisted tokens at start-up; renews quietly when they are expired or about to be. */
  restore(profileId: string): Promise<SessionState>;
  /** One attempt per profile: a second call focuses the open one and shares its result. */
  signIn(request: SignInRequest): Promise<SessionState>;
  cancelSignIn(profileId: string): Promise<SessionState>;
  /** The current token, renewed first when it is about to expire. Read it on every request. */
  accessToken(profileId: string): Promise<string>;
  /** Single-flight per profile: concurrent callers share one renewal. */
  renew(profileId: string): Promise<string>;
  /** Mix.api refused a freshly renewed token: the session is over, whatever its expiry time says. */
  markExpired(profileId: string, reason: Problem): void;
  /** Drops the tokens; the sign-in partition keeps its cookies, so the next sign-in may be one click. */
  signOut(profileId: string): Promise<SessionState>;
  /** Drops the tokens and clears the cookies of every sign-in partition the profile ever used. */
  forget(profileId: string): Promise<SessionState>;
  copyAccessToken(profileId: string): Promise<CopyTokenResult>;
  onChange(listener: (state: SessionState) => void): () => void;
  dispose(): void;
}

type SessionFacts = Omit<SessionState, 'profileId' | 'system'>;

interface SignInControl {
  attempt?: AuthorizationAttempt;
  /** Cancel requested before the attempt existed. */
  cancelled: boolean;
  /** Signed out or disposed meanwhile: the attempt's outcome must not touch the session. */
  abandoned: boolean;
  focusPending: boolean;
  /** The status to return to when the attempt ends without new tokens. */
  settledStatus: SessionStatus;
}

interface ProfileSession {
  facts: SessionFacts;
  tokens?: TokenSet;
  /** Changes when a session starts or ends, so a renewal or lookup that outlived it is discarded. */
  epoch: number;
  signIn?: { control: SignInControl; promise: Promise<SessionState> };
  renewal?: Promise<string>;
  silentAttempt?: AuthorizationAttempt;
  cancelTimer?: () => void;
}

function signedOutFacts(previous?: SessionFacts): SessionFacts {
  return previous?.signInMode
    ? { status: 'signed-out', renewal: 'idle', signInMode: previous.signInMode }
    : { status: 'signed-out', renewal: 'idle' };
}

/** Merges a patch; keys set to undefined are removed so states compare and serialise cleanly. */
function patchFacts(session: ProfileSession, patch: Partial<SessionFacts>): void {
  const merged = Object.entries({ ...session.facts, ...patch }).filter(([, value]) => value !== undefined);
  session.facts = Object.fromEntries(merged) as unknown as SessionFacts;
}

function tokenFacts(tokens: TokenSet): Partial<SessionFacts> {
  return {
    expiresAt: tokens.expiresAt,
    scope: tokens.scope,
    canRefresh: tokens.refreshToken !== undefined,
    renewal: 'idle',
    lastError: undefined,
  };
}

/** A renewal or lookup that finishes during a sign-in attempt changes where the attempt returns to. */
function setSettledStatus(session: ProfileSession, status: SessionStatus): void {
  if (session.signIn) session.signIn.control.settledStatus = status;
  else patchFacts(session, { status });
}

export function createSessionManager(deps: SessionManagerDeps): SessionManager {
  const { profiles, store, authorizer, partitions, clipboard, clock } = deps;
  const log = deps.log ?? silentLogger;
  const renewBeforeMs = deps.renewBeforeMs ?? DEFAULT_RENEW_BEFORE_MS;
  const sessions = new Map<string, ProfileSession>();
  const listeners = new Set<(state: SessionState) => void>();

  function sessionOf(profileId: string): ProfileSession {
    let session = sessions.get(profileId);
    if (!session) {
      session = { facts: signedOutFacts(), epoch: 0 };
      sessions.set(profileId, session);
    }
    return session;
  }

  function state(profileId: string): SessionState {
    const profile = profiles.get(profileId);
    const facts = sessions.get(profileId)?.facts ?? signedOutFacts();
    const system = profile ? systemLabel(profile.system, profile.apiUrl) : 'Unknown system';
    return { profileId, system, ...facts };
  }

  function emit(profileId: string): void {
    const snapshot = state(profileId);
    for (const listener of listeners) {
      try {
        listener(snapshot);
      } catch (error) {
        log.warn(`[session] a change listener failed: ${describeError(error)}`);
      }
    }
  }

  function partitionOf(profileId: string): string {
    const persistent = deps.persistSignIn?.() ?? true;
    return signInPartition(profileId, store.partitionGeneration(profileId), persistent);
  }

  async function persist(profileId: string, tokens: TokenSet): Promise<void> {
    try {
      await store.saveTokens(profileId, tokens);
    } catch (error) {
      // The session works without persistence; it just will not survive a restart.
      log.warn(`[session] ${profileId}: could not save the session: ${describeError(error)}`);
    }
  }

  function scheduleRenewal(profileId: string, session: ProfileSession): void {
    session.cancelTimer?.();
    session.cancelTimer = undefined;
    if (!session.tokens) return;
    const due = session.tokens.expiresAt - renewBeforeMs;
    const delay = Math.min(Math.max(0, due - clock.now()), MAX_TIMER_MS);
    session.cancelTimer = clock.setTimer(() => {
      session.cancelTimer = undefined;
      if (clock.now() < due) scheduleRenewal(profileId, session);
      // Failure is recorded in the state (expired + lastError); nobody awaits a scheduled renewal.
      else renew(profileId).catch(() => undefined);
    }, delay);
  }

  function lookUpAccountLater(profileId: string, session: ProfileSession, accessToken: string): void {
    void lookUpAccount(profileId, session, accessToken);
  }

  async function lookUpAccount(
    profileId: string,
    session: ProfileSession,
    accessToken: string,
  ): Promise<void> {
    const profile = profiles.get(profileId);
    if (!deps.account || !profile) return;
    const epoch = session.epoch;
    try {
      const found = await deps.account(profile, accessToken);
      if (session.epoch !== epoch || !session.tokens) return;
      patchFacts(session, { account: found.account, organizationCount: found.organizationCount });
      emit(profileId);
    } catch (error) {
      // Not knowing who is signed in does not make the sign-in fail.
      log.warn(`[session] ${profileId}: could not look up the signed-in account: ${describeError(error)}`);
    }
  }

  /** Stops everything running for the session and drops its tokens. */
  function endSession(session: ProfileSession): void {
    session.epoch += 1;
    session.cancelTimer?.();
    session.cancelTimer = undefined;
    if (session.signIn) {
      session.signIn.control.abandoned = true;
      session.signIn.control.attempt?.cancel();
      session.signIn = undefined;
    }
    session.silentAttempt?.cancel();
    session.silentAttempt = undefined;
    session.renewal = undefined;
    session.tokens = undefined;
    session.facts = signedOutFacts(session.facts);
  }

  async function runSignIn(
    profile: Profile,
    request: SignInRequest,
    session: ProfileSession,
    control: SignInControl,
  ): Promise<SessionState> {
    const profileId = profile.id;
    const mode = request.mode ?? profile.signInMode;
    if (request.freshAccount) {
      store.setPartitionGeneration(profileId, store.partitionGeneration(profileId) + 1);
    }
    const partition = partitionOf(profileId);
    patchFacts(session, { status: 'signing-in', signInMode: mode, lastError: undefined });
    emit(profileId);
    try {
      const clientSecret = await profiles.clientSecret(profileId);
      if (control.cancelled || control.abandoned) throw signInCancelled();
      const attempt = authorizer.begin(profile, clientSecret, { mode, partition, silent: false });
      control.attempt = attempt;
      if (control.focusPending) attempt.focus();
      const tokens = await attempt.result;
      if (control.abandoned) return state(profileId);

      // A new session: whatever was running for the old one is stale.
      session.epoch += 1;
      session.silentAttempt?.cancel();
      session.silentAttempt = undefined;
      session.renewal = undefined;
      session.tokens = tokens;
      patchFacts(session, {
        ...tokenFacts(tokens),
        status: 'signed-in',
        account: undefined,
        organizationCount: undefined,
      });
      scheduleRenewal(profileId, session);
      // The attempt is over: from here a renewal's outcome applies to the session directly.
      if (session.signIn?.control === control) session.signIn = undefined;
      emit(profileId);
      await persist(profileId, tokens);
      await lookUpAccount(profileId, session, tokens.accessToken);
      return state(profileId);
    } catch (error) {
      if (control.abandoned) return state(profileId);
      const failure = error instanceof ProblemError ? error : new ProblemError(toProblem(error));
      if (failure.problem.code === 'cancelled') {
        patchFacts(session, { status: control.settledStatus, lastError: undefined });
        emit(profileId);
        return state(profileId);
      }
      patchFacts(session, {
        status: session.tokens ? control.settledStatus : 'signed-out',
        lastError: failure.problem,
      });
      emit(profileId);
      throw failure;
    }
  }

  function signIn(request: SignInRequest): Promise<SessionState> {
    const { profileId } = request;
    const session = sessionOf(profileId);
    if (session.signIn) {
      const { control } = session.signIn;
      if (control.attempt) control.attempt.focus();
      else control.focusPending = true;
      return session.signIn.promise;
    }
    const profile = profiles.get(profileId);
    if (!profile) return Promise.reject(unknownProfile());
    const control: SignInControl = {
      cancelled: false,
      abandoned: false,
      focusPending: false,
      settledStatus: session.facts.status,
    };
    // Deferred by a microtask so the flight is registered before anything (a listener) can call signIn again.
    const promise = Promise.resolve()
      .then(() => runSignIn(profile, request, session, control))
      .finally(() => {
        if (session.signIn?.control === control) session.signIn = undefined;
      });
    session.signIn = { control, promise };
    return promise;
  }

  async function cancelSignIn(profileId: string): Promise<SessionState> {
    const flight = sessions.get(profileId)?.signIn;
    if (flight) {
      flight.control.cancelled = true;
      flight.control.attempt?.cancel();
      await flight.promise.catch(() => undefined);
    }
    return state(profileId);
  }

  /** After a session started or ended during a renewal: answer for the session that is there now. */
  function currentToken(session: ProfileSession): string {
    if (session.tokens && session.facts.status === 'signed-in') return session.tokens.accessToken;
    throw notSignedIn();
  }

  async function runRenewal(profileId: string, session: ProfileSession): Promise<string> {
    const epoch = session.epoch;
    const current = session.tokens;
    if (!current) throw notSignedIn();
    patchFacts(session, { renewal: 'renewing' });
    emit(profileId);
    try {
      const profile = profiles.get(profileId);
      if (!profile) throw unknownProfile();
      const clientSecret = await profiles.clientSecret(profileId);
      const renewed = await renewTokens({
        authorizer,
        profile,
        clientSecret,
        current,
        partition: partitionOf(profileId),
        track: (attempt) => {
          if (session.epoch === epoch) session.silentAttempt = attempt;
        },
      });
      if (session.epoch !== epoch) return currentToken(session);
      session.tokens = renewed;
      patchFacts(session, tokenFacts(renewed));
      setSettledStatus(session, 'signed-in');
      scheduleRenewal(profileId, session);
      emit(profileId);
      await persist(profileId, renewed);
      return renewed.accessToken;
    } catch (error) {
      if (session.epoch !== epoch) return currentToken(session);
      const expired = sessionExpired(toProblem(error).message);
      session.cancelTimer?.();
      session.cancelTimer = undefined;
      // Account, scope and the rest stay, so the renderer keeps where it is behind the "sign in again" prompt.
      patchFacts(session, { renewal: 'failed', lastError: expired.problem });
      setSettledStatus(session, 'expired');
      emit(profileId);
      throw expired;
    }
  }

  function renew(profileId: string): Promise<string> {
    const session = sessions.get(profileId);
    if (session?.renewal) return session.renewal;
    if (!session?.tokens) return Promise.reject(notSignedIn());
    // Deferred by a microtask so the renewal is registered before its first state change is emitted.
    const renewal: Promise<string> = Promise.resolve()
      .then(() => runRenewal(profileId, session))
      .finally(() => {
        if (session.renewal === renewal) session.renewal = undefined;
      });
    session.renewal = renewal;
    return renewal;
  }

  function markExpired(profileId: string, reason: Problem): void {
    const session = sessions.get(profileId);
    if (!session?.tokens || session.facts.status !== 'signed-in') return;
    session.cancelTimer?.();
    session.cancelTimer = undefined;
    patchFacts(session, { renewal: 'failed', lastError: reason });
    setSettledStatus(session, 'expired');
    emit(profileId);
  }

  async function accessToken(profileId: string): Promise<string> {
    const session = sessions.get(profileId);
    if (session?.renewal) return session.renewal;
    if (!session?.tokens) throw notSignedIn();
    if (session.facts.status === 'expired') throw sessionExpired();
    if (clock.now() >= session.tokens.expiresAt - renewBeforeMs) return renew(profileId);
    return session.tokens.accessToken;
  }

  async function restore(profileId: string): Promise<SessionState> {
    const session = sessionOf(profileId);
    if (session.tokens || session.signIn || !profiles.get(profileId)) return state(profileId);
    let tokens: TokenSet | undefined;
    try {
      tokens = await store.loadTokens(profileId);
    } catch (error) {
      log.warn(`[session] ${profileId}: could not load the saved session: ${describeError(error)}`);
      return state(profileId);
    }
    // A sign-in may have started while the store was read; it wins.
    if (!tokens || session.tokens || session.signIn) return state(profileId);
    session.tokens = tokens;
    const alive = clock.now() < tokens.expiresAt;
    patchFacts(session, { ...tokenFacts(tokens), status: alive ? 'signed-in' : 'expired' });
    emit(profileId);
    if (alive) {
      // A token inside the renewal window gets a timer due now.
      scheduleRenewal(profileId, session);
      lookUpAccountLater(profileId, session, tokens.accessToken);
      return state(profileId);
    }
    try {
      lookUpAccountLater(profileId, session, await renew(profileId));
    } catch {
      // Recorded in the state: expired, with lastError session-expired.
    }
    return state(profileId);
  }

  async function signOut(profileId: string): Promise<SessionState> {
    endSession(sessionOf(profileId));
    emit(profileId);
    await store.removeTokens(profileId);
    return state(profileId);
  }

  async function forget(profileId: string): Promise<SessionState> {
    endSession(sessionOf(profileId));
    emit(profileId);
    const results = await Promise.allSettled([
      store.removeTokens(profileId),
      ...everySignInPartition(profileId, store.partitionGeneration(profileId)).map((partition) =>
        partitions.clear(partition),
      ),
    ]);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return state(profileId);
  }

  async function copyAccessToken(profileId: string): Promise<CopyTokenResult> {
    const token = await accessToken(profileId);
    const tokens = sessions.get(profileId)?.tokens;
    if (!tokens || tokens.accessToken !== token) throw notSignedIn();
    clipboard.writeText(token);
    return { expiresAt: tokens.expiresAt };
  }

  function onChange(listener: (state: SessionState) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  function dispose(): void {
    for (const session of sessions.values()) {
      const { tokens, facts } = session;
      endSession(session);
      // Disposing is not signing out: keep the facts for anyone still reading state() during shutdown.
      session.tokens = tokens;
      session.facts = facts;
    }
    listeners.clear();
  }

  return {
    state,
    restore,
    signIn,
    cancelSignIn,
    accessToken,
    renew,
    markExpired,
    signOut,
    forget,
    copyAccessToken,
    onChange,
    dispose,
  };
}
