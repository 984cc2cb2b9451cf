import type {
  CopyTokenResult,
  Problem,
  Profile,
  SessionState,
  SessionStatus,
  SignInRequest,
} from '../../common/ipc-contract';
import { systemLabel } from '../../common/mix-systems';
import { MIX_ENDPOINTS } from '../../common/mix-catalogue';
import { normaliseServerUrl } from '../../common/profile-validation';
import type { TokenSet } from '../auth/token-set';
import { describeError } from '../log/describe-error';
import type { BrowserPartitions } from '../ports/browser-partitions';
import type { Clipboard } from '../ports/clipboard';
import type { Clock } from '../ports/clock';
import { silentLogger, type Logger } from '../ports/logger';
import { problem, ProblemError, toProblem } from '../problem';
import { RenewalFailure, renewTokens } from './renew-tokens';
import {
  DEFAULT_RENEW_BEFORE_MS,
  DEFAULT_RENEWAL_ATTEMPT_TIMEOUT_MS,
  MIN_RENEWAL_INTERVAL_MS,
  RENEWAL_WAIT_GRACE_MS,
  renewalBackoffMs,
  renewalDue,
} from './renewal-policy';
import type { AuthorizationAttempt, Authorizer, ProfileSource, SessionStore } from './session-deps';
import { notSignedIn, sessionExpired, signInCancelled, unknownProfile } from './session-problems';
import { everySignInPartition, signInPartition } from './sign-in-partition';

export { DEFAULT_RENEW_BEFORE_MS } from './renewal-policy';

// setTimeout fires at once for delays above 2^31-1 ms; long-lived tokens are re-checked daily instead.
const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

/**
 * Who is signed in (main/mix/account-lookup.ts): asked through the profile's own Mix client, after the
 * session is signed in, so it never delays it.
 */
export type AccountLookup = (profileId: string) => Promise<{ account?: string; organizationCount?: number }>;

export interface SessionManagerDeps {
  profiles: ProfileSource;
  store: SessionStore;
  authorizer: Authorizer;
  partitions: BrowserPartitions;
  clipboard: Clipboard;
  clock: Clock;
  log?: Logger;
  renewBeforeMs?: number;
  /** Time one renewal attempt may take before it counts as a passing failure. */
  renewalAttemptTimeoutMs?: number;
  /** Jitter source in [0, 1) for the pauses between renewal attempts; defaults to Math.random. */
  random?: () => number;
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
  /**
   * The current token. Read it on every request. During a renewal it waits for the renewal (while the
   * current token still works, at most a few seconds).
   */
  accessToken(profileId: string, signal?: AbortSignal): Promise<string>;
  /**
   * A token to retry with. With `rejectedToken` (Mix.api answered 401 to it): the current token if that one
   * is already newer, otherwise the token of the one renewal of this token generation. Without: a renewal
   * is started (or joined) whatever the schedule says.
   */
  renew(profileId: string, rejectedToken?: string, signal?: AbortSignal): Promise<string>;
  /** Mix.api refused a token fresh from renewal: if it is still the current one, the session is over. */
  rejected(profileId: string, token: string, reason: Problem): void;
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

/** What a renewal attempt ended with, as told to the reads waiting for it. */
type StepOutcome = { ok: true; token: string } | { ok: false; error: ProblemError; definitive: boolean };

/** The one renewal of a token generation: attempts until new tokens or a definitive answer. */
interface RenewalRun {
  readonly generation: number;
  /** Reads waiting for the next attempt's outcome. */
  readonly waiters: Set<(outcome: StepOutcome) => void>;
  /** Ends a pause between attempts early (a read needs a token and the current one no longer works). */
  wake(): void;
  /** Ends the run (sign-out, a new sign-in, dispose); its waiters get `outcome`. */
  stop(outcome: StepOutcome): void;
  stopped: boolean;
  /** An attempt is in flight (otherwise the run is pausing after a passing failure). */
  attempting: boolean;
}

interface ProfileSession {
  facts: SessionFacts;
  tokens?: TokenSet;
  /** Changes when a session starts or ends, so a renewal or lookup that outlived it is discarded. */
  epoch: number;
  /** Changes whenever the tokens change: one renewal at most per generation. */
  generation: number;
  /** Mix.api answered 401 to the current token. */
  rejected: boolean;
  /** When the last renewal attempt started: attempts are at least MIN_RENEWAL_INTERVAL_MS apart. */
  lastAttemptAt?: number;
  signIn?: { control: SignInControl; promise: Promise<SessionState> };
  renewal?: RenewalRun;
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

/** A renewal or lookup that finishes during a sign-in attempt changes where the attempt returns to. */
function setSettledStatus(session: ProfileSession, status: SessionStatus): void {
  if (session.signIn) session.signIn.control.settledStatus = status;
  else patchFacts(session, { status });
}

function retryingProblem(failure: ProblemError, retryInMs: number): Problem {
  const { code, message, host, status } = failure.problem;
  const seconds = Math.max(1, Math.round(retryInMs / 1000));
  return {
    code,
    message: `Mix Explorer could not renew your session yet and will try again in ${seconds} s.`,
    detail: message,
    ...(host ? { host } : {}),
    ...(status ? { status } : {}),
    actions: ['retry', 'sign-in'],
  };
}

/** Told to a read that needs a token while renewal keeps failing for a passing reason. */
function stillRenewing(failure: ProblemError): ProblemError {
  const { host } = failure.problem;
  return problem(
    'network',
    'Mix Explorer is renewing your session and could not reach the sign-in service yet.',
    {
      detail: failure.problem.message,
      ...(host ? { host } : {}),
      actions: ['retry'],
    },
  );
}

export function createSessionManager(deps: SessionManagerDeps): SessionManager {
  const { profiles, store, authorizer, partitions, clipboard, clock } = deps;
  const log = deps.log ?? silentLogger;
  const renewBeforeMs = deps.renewBeforeMs ?? DEFAULT_RENEW_BEFORE_MS;
  const attemptTimeoutMs = deps.renewalAttemptTimeoutMs ?? DEFAULT_RENEWAL_ATTEMPT_TIMEOUT_MS;
  const random = deps.random ?? Math.random;
  const sessions = new Map<string, ProfileSession>();
  const listeners = new Set<(state: SessionState) => void>();

  function sessionOf(profileId: string): ProfileSession {
    let session = sessions.get(profileId);
    if (!session) {
      session = { facts: signedOutFacts(), epoch: 0, generation: 0, rejected: false };
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

  /** The current token still works: not past its expiry, not refused by Mix.api. */
  function usable(session: ProfileSession): boolean {
    return session.tokens !== undefined && !session.rejected && clock.now() < session.tokens.expiresAt;
  }

  /** When the next renewal may start: due by the token's lifetime, and never within 10 s of the last. */
  function nextRenewalAt(session: ProfileSession): number {
    const due = session.tokens ? renewalDue(session.tokens, renewBeforeMs) : Infinity;
    return Math.max(due, (session.lastAttemptAt ?? -Infinity) + MIN_RENEWAL_INTERVAL_MS);
  }

  function tokenFacts(session: ProfileSession, tokens: TokenSet): Partial<SessionFacts> {
    return {
      expiresAt: tokens.expiresAt,
      renewsAt: nextRenewalAt(session),
      scope: tokens.scope,
      canRefresh: tokens.refreshToken !== undefined,
      renewal: 'idle',
      renewalRetryAt: undefined,
      lastError: undefined,
    };
  }

  function cancelTimer(session: ProfileSession): void {
    session.cancelTimer?.();
    session.cancelTimer = undefined;
  }

  function scheduleRenewal(profileId: string, session: ProfileSession): void {
    cancelTimer(session);
    if (!session.tokens) return;
    const due = nextRenewalAt(session);
    const delay = Math.min(Math.max(0, due - clock.now()), MAX_TIMER_MS);
    session.cancelTimer = clock.setTimer(() => {
      session.cancelTimer = undefined;
      if (clock.now() < due) scheduleRenewal(profileId, session);
      else if (!session.renewal && session.facts.status !== 'expired') startRenewal(profileId, session);
    }, delay);
  }

  /**
   * New tokens for the session: a new generation, with the next renewal scheduled. Tokens just received
   * were issued now (when the token endpoint did not say); restored ones keep what was saved.
   */
  function accept(profileId: string, session: ProfileSession, tokens: TokenSet, fresh = true): void {
    session.tokens = fresh ? { ...tokens, issuedAt: tokens.issuedAt ?? clock.now() } : tokens;
    session.generation += 1;
    session.rejected = false;
    patchFacts(session, tokenFacts(session, session.tokens));
    scheduleRenewal(profileId, session);
  }

  /** @param attempt the sign-in that just succeeded: the lookup is its first Mix.api call, a step of its timeline. */
  function lookUpAccountLater(
    profileId: string,
    session: ProfileSession,
    attempt?: AuthorizationAttempt,
  ): void {
    const lookup = deps.account;
    const profile = profiles.get(profileId);
    if (!lookup || !profile) return;
    const epoch = session.epoch;
    // The account lookup reads organizations.list (main/mix/account-lookup.ts).
    const url = `${normaliseServerUrl(profile.apiUrl)}${MIX_ENDPOINTS['organizations.list'].path}`;
    const note = (details: { status?: number; outcome: string }) => {
      try {
        attempt?.note?.('first Mix.api call', url, details);
      } catch {
        // The timeline is for explaining; it never changes the session.
      }
    };
    void lookup(profileId).then(
      (found) => {
        note({ outcome: `answered (${found.organizationCount ?? 'no'} organizations)` });
        if (session.epoch !== epoch || !session.tokens) return;
        patchFacts(session, { account: found.account, organizationCount: found.organizationCount });
        emit(profileId);
      },
      (error: unknown) => {
        const failure = toProblem(error);
        note({ ...(failure.status === undefined ? {} : { status: failure.status }), outcome: failure.code });
        // Not knowing who is signed in does not make the sign-in fail.
        if (session.epoch === epoch) {
          log.warn(
            `[session] ${profileId}: could not look up the signed-in account: ${describeError(error)}`,
          );
        }
      },
    );
  }

  /** Stops the renewal run, telling the reads waiting for it `outcome`. */
  function stopRenewal(session: ProfileSession, outcome: StepOutcome): void {
    session.renewal?.stop(outcome);
    session.renewal = undefined;
    session.silentAttempt?.cancel();
    session.silentAttempt = undefined;
  }

  /** Stops everything running for the session and drops its tokens. */
  function endSession(session: ProfileSession): void {
    session.epoch += 1;
    cancelTimer(session);
    if (session.signIn) {
      session.signIn.control.abandoned = true;
      session.signIn.control.attempt?.cancel();
      session.signIn = undefined;
    }
    stopRenewal(session, { ok: false, error: notSignedIn(), definitive: true });
    session.tokens = undefined;
    session.rejected = false;
    session.facts = signedOutFacts(session.facts);
  }

  /** A definitive answer: the user has to sign in again. What the renderer shows stays. */
  function expire(profileId: string, session: ProfileSession, reason: Problem): void {
    cancelTimer(session);
    patchFacts(session, { renewal: 'failed', renewalRetryAt: undefined, lastError: reason });
    setSettledStatus(session, 'expired');
    emit(profileId);
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

      // A new session: whatever was running for the old one is stale; reads waiting for it get the new token.
      session.epoch += 1;
      stopRenewal(session, { ok: true, token: tokens.accessToken });
      session.lastAttemptAt = undefined;
      accept(profileId, session, tokens);
      patchFacts(session, { status: 'signed-in', account: undefined, organizationCount: undefined });
      // The attempt is over: from here a renewal's outcome applies to the session directly.
      if (session.signIn?.control === control) session.signIn = undefined;
      emit(profileId);
      // Signed in first; who it is comes after, through the profile's own client.
      lookUpAccountLater(profileId, session, attempt);
      await persist(profileId, tokens);
      return state(profileId);
    } catch (error) {
      if (control.abandoned) return state(profileId);
      const failure = error instanceof ProblemError ? error : new ProblemError(toProblem(error));
      if (failure.problem.code === 'cancelled') {
        patchFacts(session, { status: control.settledStatus, lastError: undefined });
        emit(profileId);
        return state(profileId);
      }
      if (!(error instanceof ProblemError))
        log.error(`[session] ${profileId}: sign-in failed: ${describeError(error)}`);
      else log.warn(`[session] ${profileId}: sign-in failed: ${describeError(error)}`);
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

  /** One attempt: never throws; says whether it brought tokens, and if not, whether that is final. */
  async function attemptRenewal(
    profileId: string,
    session: ProfileSession,
  ): Promise<TokenSet | RenewalFailure> {
    const current = session.tokens;
    if (!current) return new RenewalFailure(notSignedIn(), true);
    const profile = profiles.get(profileId);
    if (!profile) return new RenewalFailure(unknownProfile(), true);
    const controller = new AbortController();
    const stopTimer = clock.setTimer(() => controller.abort(), attemptTimeoutMs);
    const epoch = session.epoch;
    try {
      const clientSecret = await profiles.clientSecret(profileId);
      return await renewTokens({
        authorizer,
        profile,
        clientSecret,
        current,
        partition: partitionOf(profileId),
        silentAfterAnyRefreshFailure: !usable(session),
        signal: controller.signal,
        timeoutMs: attemptTimeoutMs,
        track: (attempt) => {
          if (session.epoch === epoch) session.silentAttempt = attempt;
        },
      });
    } catch (error) {
      return error instanceof RenewalFailure ? error : new RenewalFailure(error);
    } finally {
      stopTimer();
    }
  }

  /**
   * The renewal of the current generation: attempts (at least 10 s apart) until new tokens or a definitive
   * answer. Passing failures keep the session in a visible "retrying" state with growing pauses; the reads
   * waiting are told after every attempt.
   */
  function startRenewal(profileId: string, session: ProfileSession): RenewalRun {
    if (session.renewal) return session.renewal;
    const epoch = session.epoch;
    let endPause: (() => void) | undefined;
    const run: RenewalRun = {
      generation: session.generation,
      waiters: new Set(),
      stopped: false,
      attempting: false,
      wake() {
        // Only a pause long enough to respect the interval is cut short.
        if (endPause && clock.now() >= (session.lastAttemptAt ?? -Infinity) + MIN_RENEWAL_INTERVAL_MS)
          endPause();
      },
      stop(outcome) {
        if (run.stopped) return;
        run.stopped = true;
        tell(outcome);
        endPause?.();
      },
    };
    const tell = (outcome: StepOutcome) => {
      for (const waiter of [...run.waiters]) waiter(outcome);
    };
    const pause = (ms: number, wakeable: boolean) =>
      new Promise<void>((resolve) => {
        let cancel: () => void = () => undefined;
        const done = () => {
          cancel();
          endPause = undefined;
          resolve();
        };
        cancel = clock.setTimer(done, Math.max(0, ms));
        endPause = wakeable ? done : () => (run.stopped ? done() : undefined);
      });
    const current = () => session.renewal === run && session.epoch === epoch && !run.stopped;

    const loop = async () => {
      let failures = 0;
      for (;;) {
        const allowedAt = (session.lastAttemptAt ?? -Infinity) + MIN_RENEWAL_INTERVAL_MS;
        if (clock.now() < allowedAt) await pause(allowedAt - clock.now(), false);
        if (!current()) return;
        session.lastAttemptAt = clock.now();
        patchFacts(session, { renewal: 'renewing', renewalRetryAt: undefined });
        emit(profileId);
        run.attempting = true;
        const outcome = await attemptRenewal(profileId, session);
        run.attempting = false;
        if (!current()) return;
        if (!(outcome instanceof RenewalFailure)) {
          session.renewal = undefined;
          accept(profileId, session, outcome);
          setSettledStatus(session, 'signed-in');
          emit(profileId);
          log.info(`[session] ${profileId}: renewed`);
          tell({ ok: true, token: outcome.accessToken });
          await persist(profileId, outcome);
          return;
        }
        if (outcome.definitive) {
          session.renewal = undefined;
          // The silent renewal's timeline stays with the expired session: "What happened" under it.
          const expired = sessionExpired(outcome.problem.message, outcome.problem);
          log.warn(
            `[session] ${profileId}: renewal refused, the session has expired: ${describeError(outcome)}`,
          );
          expire(profileId, session, expired.problem);
          tell({ ok: false, error: expired, definitive: true });
          return;
        }
        failures += 1;
        const wait = renewalBackoffMs(failures, random);
        log.warn(
          `[session] ${profileId}: renewal attempt ${failures} failed, retrying in ${Math.round(wait / 1000)} s: ${describeError(outcome)}`,
        );
        patchFacts(session, {
          renewal: 'retrying',
          renewalRetryAt: clock.now() + wait,
          lastError: retryingProblem(outcome, wait),
        });
        emit(profileId);
        tell({ ok: false, error: outcome, definitive: false });
        await pause(wait, true);
      }
    };
    session.renewal = run;
    // Deferred by a microtask so the run is registered before its first state change is emitted.
    void Promise.resolve()
      .then(loop)
      .catch((error: unknown) => {
        log.error(`[session] ${profileId}: renewal stopped unexpectedly: ${describeError(error)}`);
        if (session.renewal === run) session.renewal = undefined;
        run.stop({ ok: false, error: new ProblemError(toProblem(error)), definitive: false });
      });
    return run;
  }

  /**
   * Waits for the run's next outcome: new tokens, or a failure. After a passing failure a read still gets
   * the current token if it works; while it works, the wait lasts at most RENEWAL_WAIT_GRACE_MS.
   */
  function waitForRenewal(session: ProfileSession, run: RenewalRun, signal?: AbortSignal): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      if (signal?.aborted) {
        reject(problem('cancelled', 'The request was cancelled.'));
        return;
      }
      let stopGrace: () => void = () => undefined;
      const onAbort = () => {
        cleanUp();
        reject(problem('cancelled', 'The request was cancelled.'));
      };
      const cleanUp = () => {
        run.waiters.delete(waiter);
        stopGrace();
        signal?.removeEventListener('abort', onAbort);
      };
      const waiter = (outcome: StepOutcome) => {
        cleanUp();
        if (outcome.ok) resolve(outcome.token);
        else if (!outcome.definitive && usable(session) && session.tokens)
          resolve(session.tokens.accessToken);
        else reject(outcome.definitive ? outcome.error : stillRenewing(outcome.error));
      };
      run.waiters.add(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (usable(session)) {
        stopGrace = clock.setTimer(() => {
          if (!usable(session) || !session.tokens) return;
          cleanUp();
          resolve(session.tokens.accessToken);
        }, RENEWAL_WAIT_GRACE_MS);
      } else {
        run.wake();
      }
    });
  }

  function rejected(profileId: string, token: string, reason: Problem): void {
    const session = sessions.get(profileId);
    // A 401 for an older token says nothing about the current one.
    if (!session?.tokens || session.tokens.accessToken !== token) return;
    if (session.facts.status !== 'signed-in') return;
    log.warn(`[session] ${profileId}: Mix.api refused a freshly renewed token; the session has ended`);
    stopRenewal(session, { ok: false, error: new ProblemError(reason), definitive: true });
    expire(profileId, session, reason);
  }

  async function accessToken(profileId: string, signal?: AbortSignal): Promise<string> {
    const session = sessions.get(profileId);
    if (!session?.tokens) throw notSignedIn();
    // Between attempts of a renewal that keeps failing for a passing reason, a working token is used as is.
    if (session.renewal && (session.renewal.attempting || !usable(session))) {
      return waitForRenewal(session, session.renewal, signal);
    }
    if (session.renewal) return session.tokens.accessToken;
    if (session.facts.status === 'expired') throw sessionExpired();
    const due = clock.now() >= nextRenewalAt(session);
    if (!usable(session) || due) return waitForRenewal(session, startRenewal(profileId, session), signal);
    return session.tokens.accessToken;
  }

  async function renew(profileId: string, rejectedToken?: string, signal?: AbortSignal): Promise<string> {
    const session = sessions.get(profileId);
    if (!session?.tokens) throw notSignedIn();
    if (rejectedToken !== undefined) {
      // Already renewed since that token was sent: retry with the current one.
      if (rejectedToken !== session.tokens.accessToken) return accessToken(profileId, signal);
      if (session.facts.status === 'expired' && !session.renewal) throw sessionExpired();
      session.rejected = true;
    }
    return waitForRenewal(session, startRenewal(profileId, session), signal);
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
    accept(profileId, session, tokens, false);
    patchFacts(session, { status: 'signed-in' });
    emit(profileId);
    if (usable(session)) {
      lookUpAccountLater(profileId, session);
      return state(profileId);
    }
    try {
      await renew(profileId);
      lookUpAccountLater(profileId, session);
    } catch {
      // Recorded in the state: expired, or still signed in and retrying.
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
    rejected,
    signOut,
    forget,
    copyAccessToken,
    onChange,
    dispose,
  };
}
