import type { Profile } from '../../common/ipc-contract';
import type { Clock } from '../ports/clock';
import { problem, ProblemError, toProblem } from '../problem';
import type { AuthorizationAttempt, AuthorizeOptions } from '../session/session-deps';
import { buildAuthorizeUrl } from './authorize-url';
import { startLoopbackRedirectServer } from './loopback-redirect-server';
import type { LoopbackRedirectServer } from './loopback-redirect-server';
import { createPkce, createState } from './pkce';
import { checkIssuer } from './issuer-check';
import type { IssuerExpectation } from './issuer-discovery';
import { authorizationCode, isRedirectTarget, readRedirectResponse } from './redirect-match';
import type {
  ExternalBrowser,
  SignInSurface,
  SignInSurfaceHandle,
  SignInSurfaceObserver,
} from '../ports/sign-in-surface';
import type { TokenClient } from './token-client';
import type { AuthRateLimiter } from './auth-rate-limiter';
import type { TokenSet } from './token-set';
import { toPlainText } from './plain-text';
import { createSignInTimeline, type FinishedSignIn } from './sign-in-timeline';
import { tokenEndpoint } from './endpoints';
import { diagnoseLoadFailure, diagnoseRedirectNearMiss, diagnoseStalledSignIn } from './credential-doctor';

/** Chromium's ERR_ABORTED: our own cancellation of the redirect request, not a failure. */
const ERR_ABORTED = -3;

export interface SignInAttemptContext {
  profile: Profile;
  clientSecret: string | undefined;
  options: AuthorizeOptions;
  surface: SignInSurface;
  browser: ExternalBrowser;
  tokens: TokenClient;
  /** The profile's authorization server as its metadata names it; looked up while the user logs in. */
  issuer: Promise<IssuerExpectation>;
  clock: Clock;
  /** The one limiter of requests to the authorization service: opening the authorize URL is one. */
  limiter: AuthRateLimiter;
  timeoutMs: number;
  silentTimeoutMs: number;
  /** When the attempt began (before its issuer discovery was asked); default: now. */
  startedAt?: number;
  /** Told once the attempt is over, with its steps ("Copy diagnostics" keeps the last few). */
  onFinished?: (finished: FinishedSignIn) => void;
}

type Outcome = { ok: true; tokens: TokenSet } | { ok: false; error: unknown };

function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) {
    const minutes = ms / 60_000;
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const seconds = Math.max(1, Math.round(ms / 1000));
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return toPlainText(url, 80);
  }
}

const cancelled = () => problem('cancelled', 'Sign-in was cancelled.');

/**
 * One authorization-code attempt: authorize URL → redirect (embedded surface or system browser plus
 * loopback server) → code exchange. It settles exactly once; whatever reports arrive later are ignored.
 */
export function startSignInAttempt(context: SignInAttemptContext): AuthorizationAttempt {
  const { profile, clientSecret, options, clock } = context;
  // A system browser can be neither hidden nor watched for "showed a login page instead of redirecting",
  // so a silent renewal there would pop up a tab: silent renewal always uses the hidden embedded surface.
  const mode = options.silent ? 'embedded' : options.mode;
  const matchesRedirect = (url: string) => isRedirectTarget(url, profile.redirectUrl);

  let resolveResult: (tokens: TokenSet) => void = () => undefined;
  let rejectResult: (error: unknown) => void = () => undefined;
  const result = new Promise<TokenSet>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });

  let phase: 'waiting' | 'exchanging' | 'settled' = 'waiting';
  let stopTimer: () => void = () => undefined;
  /** Closes the window or the loopback server; set by the mode that opened one. */
  let release: (outcome: Outcome) => Promise<void> | void = () => undefined;
  let focus: () => void = () => undefined;
  let closeSurfaceEarly: () => void = () => undefined;

  const timeline = createSignInTimeline(clock);

  const settle = (outcome: Outcome): void => {
    if (phase === 'settled') return;
    phase = 'settled';
    stopTimer();
    if (!outcome.ok) outcome = { ok: false, error: withTimeline(outcome.error) };
    report(outcome);
    // Release synchronously (the window closes now); report only once a loopback server has stopped listening.
    let released: Promise<void> | void;
    try {
      released = release(outcome);
    } catch {
      released = undefined;
    }
    void Promise.resolve(released)
      .catch(() => undefined)
      .then(() => (outcome.ok ? resolveResult(outcome.tokens) : rejectResult(outcome.error)));
  };
  const fail = (error: unknown) => settle({ ok: false, error });

  /** The failure as the user sees it, with "What happened" under it. */
  const withTimeline = (error: unknown): ProblemError => {
    const failure = error instanceof ProblemError ? error : new ProblemError(toProblem(error));
    // A cancellation is the user's own choice and is not shown: nothing to explain.
    if (failure.problem.code === 'cancelled') return failure;
    // The code, not the message: a message may quote what a server said, and the timeline quotes no server.
    timeline.add('failed', undefined, { outcome: failure.problem.code });
    return new ProblemError({ ...failure.problem, timeline: timeline.steps() });
  };

  /** The record "Copy diagnostics" keeps; steps noted after the end are added to it. */
  let finished: FinishedSignIn | undefined;
  const report = (outcome: Outcome): void => {
    if (!context.onFinished) return;
    if (outcome.ok) timeline.add('signed in');
    try {
      finished = {
        profileName: profile.name,
        silent: options.silent,
        outcome: outcome.ok ? 'signed in' : toProblem(outcome.error).code,
        steps: timeline.steps(),
      };
      context.onFinished(finished);
    } catch {
      // Keeping diagnostics must never change how a sign-in ends.
    }
  };

  // The metadata requests (issuer discovery) as steps, once known; one made for an earlier attempt is named once.
  const startedAt = context.startedAt ?? clock.now();
  void context.issuer.then((expectation) => {
    if (phase === 'settled') return;
    const lookups = expectation.lookups ?? [];
    const earlier = lookups.filter((lookup) => lookup.at < startedAt);
    if (earlier.length > 0) {
      timeline.add('metadata', earlier[0]?.url, { at: startedAt, outcome: 'known from an earlier sign-in' });
    }
    for (const lookup of lookups.filter((candidate) => candidate.at >= startedAt)) {
      timeline.add('metadata', lookup.url, {
        at: lookup.at,
        outcome: lookup.outcome,
        ...(lookup.status === undefined ? {} : { status: lookup.status }),
      });
    }
  });

  const state = createState();
  const pkce = profile.usePkce === false ? undefined : createPkce();

  /**
   * Where the attempt's outcome is decided, one step after the other; each throws the ProblemError that
   * ends the attempt: the redirect is this attempt's (state), it comes from this profile's authorization
   * server (iss, the mix-up defence), it carries a code rather than a refusal, and the code is exchanged.
   * Nothing reaches a token endpoint before the first three steps passed.
   */
  const onRedirect = async (url: string): Promise<void> => {
    // The surface may report one redirect through several hooks; only the first one counts.
    if (phase !== 'waiting' || !matchesRedirect(url)) return;
    phase = 'exchanging';
    timeline.add('redirect caught', url, {
      outcome: mode === 'embedded' ? 'stopped in the sign-in window' : 'received by the loopback server',
    });
    // The token request has its own timeout; the sign-in window has done its job.
    stopTimer();
    closeSurfaceEarly();
    try {
      const response = readRedirectResponse(url, state);
      checkIssuer(response.iss, profile, await context.issuer);
      const code = authorizationCode(response);
      const endpoint = tokenEndpoint(profile);
      timeline.add('token exchange', endpoint, { outcome: 'sent' });
      let tokens: TokenSet;
      try {
        tokens = await context.tokens.exchangeCode(profile, clientSecret, {
          code,
          ...(pkce ? { codeVerifier: pkce.verifier } : {}),
        });
      } catch (error) {
        const { status, code: problemCode } = toProblem(error);
        timeline.add('token exchange', endpoint, {
          ...(status === undefined ? {} : { status }),
          outcome: `refused (${problemCode})`,
        });
        throw error;
      }
      timeline.add('token exchange', endpoint, { outcome: 'tokens received' });
      settle({ ok: true, tokens });
    } catch (error) {
      fail(error);
    }
  };

  /** Host of the last page the sign-in window showed: where a stalled sign-in stood. */
  let lastPageHost: string | undefined;

  /**
   * The window was sent to a near miss of the redirect URL (`127.0.0.1` for `localhost`, a trailing slash…):
   * the sign-in cannot come back, so say which part differs instead of waiting for the timeout.
   */
  const failOnNearMiss = (url: string): boolean => {
    const diagnosis = diagnoseRedirectNearMiss(url, profile.redirectUrl);
    if (diagnosis === undefined) return false;
    timeline.add('sent elsewhere', url, { outcome: 'not the profile’s redirect URL' });
    fail(
      problem('authorization-error', 'Mix sent the sign-in to another redirect URL than this profile’s.', {
        diagnosis,
        actions: ['open-settings', 'sign-in'],
      }),
    );
    return true;
  };

  const observer: SignInSurfaceObserver = {
    redirect: (url) => void onRedirect(url),
    pageLoaded(url) {
      if (phase !== 'waiting' || matchesRedirect(url)) return;
      if (failOnNearMiss(url)) return;
      timeline.add('page loaded', url);
      lastPageHost = hostOf(url);
      if (!options.silent) return;
      // The SSO session would have redirected straight back; a page means it wants the user.
      fail(
        problem('session-expired', 'Your Mix sign-in has expired. Please sign in again.', {
          actions: ['sign-in'],
        }),
      );
    },
    loadFailed(url, errorCode, description) {
      if (phase !== 'waiting' || errorCode === ERR_ABORTED || matchesRedirect(url)) return;
      if (failOnNearMiss(url)) return;
      const host = hostOf(url);
      const said = toPlainText(description, 120);
      timeline.add('load failed', url, { outcome: said || `net error ${errorCode}` });
      fail(
        problem(
          'load-failed',
          `Mix Explorer could not load the sign-in page from ${host}${said ? ` (${said})` : ''}.`,
          {
            host,
            actions: ['retry', 'use-system-browser'],
            diagnosis: diagnoseLoadFailure(host, errorCode, said),
          },
        ),
      );
    },
    closed() {
      if (phase === 'waiting') timeline.add('window closed');
      if (phase === 'waiting') fail(cancelled());
    },
  };

  const openEmbedded = (url: string): void => {
    let handle: SignInSurfaceHandle | undefined;
    let open = true;
    const closeSurface = () => {
      if (!open) return;
      open = false;
      handle?.close();
    };
    release = closeSurface;
    closeSurfaceEarly = closeSurface;
    focus = () => {
      if (open) handle?.focus();
    };
    try {
      handle = context.surface.open(
        {
          url,
          partition: options.partition,
          redirectUrl: profile.redirectUrl,
          hidden: options.silent,
          isRedirect: matchesRedirect,
        },
        observer,
      );
    } catch (error) {
      open = false;
      fail(
        error instanceof ProblemError
          ? error
          : problem('load-failed', 'Mix Explorer could not open the sign-in window.'),
      );
      return;
    }
    // The surface reported an outcome before open() returned.
    if (!open) handle.close();
  };

  const openSystemBrowser = async (url: string): Promise<void> => {
    let server: LoopbackRedirectServer | undefined;
    release = async (outcome) => {
      if (server === undefined) return;
      server.finish(outcome.ok ? { ok: true } : { ok: false, message: toProblem(outcome.error).message });
      await server.close();
    };
    try {
      const started = await startLoopbackRedirectServer(
        profile.redirectUrl,
        state,
        (callbackUrl) => void onRedirect(callbackUrl),
        // A near miss with this attempt's state: the server will never send the registered URL.
        { onNearMiss: (nearMiss) => void failOnNearMiss(nearMiss) },
      );
      if (phase === 'settled') {
        // Cancelled or timed out while the server was starting.
        await started.close();
        return;
      }
      server = started;
      await context.browser.open(url);
    } catch (error) {
      fail(
        error instanceof ProblemError
          ? error
          : problem('load-failed', 'Mix Explorer could not open your web browser.', { actions: ['retry'] }),
      );
    }
  };

  const timeoutMs = options.silent ? context.silentTimeoutMs : context.timeoutMs;
  const startTimer = () => {
    stopTimer = clock.setTimer(onTimeout, timeoutMs);
  };
  const onTimeout = () => {
    timeline.add('timed out', undefined, { outcome: `no redirect within ${formatDuration(timeoutMs)}` });
    const message = options.silent
      ? `Silent sign-in renewal timed out after ${formatDuration(timeoutMs)}.`
      : `Sign-in timed out after ${formatDuration(timeoutMs)}. Please try again.`;
    const interactiveWindow = mode === 'embedded' && !options.silent;
    const authorizeHost = authorizeUrl === undefined ? undefined : hostOf(authorizeUrl);
    fail(
      problem('timeout', message, {
        actions: interactiveWindow ? ['retry', 'use-system-browser'] : ['retry'],
        ...(interactiveWindow && authorizeHost !== undefined
          ? {
              host: lastPageHost ?? authorizeHost,
              diagnosis: diagnoseStalledSignIn(authorizeHost, lastPageHost),
            }
          : {}),
      }),
    );
  };

  let authorizeUrl: string | undefined;
  try {
    new URL(profile.redirectUrl);
    authorizeUrl = buildAuthorizeUrl(profile, { state, ...(pkce ? { codeChallenge: pkce.challenge } : {}) });
  } catch {
    fail(
      problem('invalid-input', 'The profile’s authorization server URL or redirect URL is not a valid URL.', {
        actions: ['open-settings'],
      }),
    );
  }
  if (authorizeUrl !== undefined) {
    const url = authorizeUrl;
    const open = () => {
      if (phase !== 'waiting') return;
      // The clock runs from the moment the page is asked for, not while the limiter holds the attempt back.
      startTimer();
      const where = options.silent
        ? 'opened in a hidden window (silent renewal)'
        : mode === 'embedded'
          ? 'opened in the sign-in window'
          : 'opened in the system browser';
      timeline.add('authorize', url, { outcome: where });
      if (mode === 'embedded') openEmbedded(url);
      else void openSystemBrowser(url);
    };
    // A person clicking Sign in is told at once; a background renewal waits its turn.
    const purpose = options.silent ? 'silent renewal' : 'sign-in';
    if (context.limiter.tryTake(url, purpose, false)) open();
    else if (options.silent) {
      timeline.add('held back', url, { outcome: 'waiting for the rate limiter' });
      context.limiter.take(url, purpose).then(open, fail);
    } else {
      timeline.add('held back', url, { outcome: 'refused by the rate limiter' });
      fail(context.limiter.refusal(url, purpose));
    }
  }

  return {
    result,
    focus: () => focus(),
    cancel: () => {
      if (phase === 'waiting') timeline.add('cancelled');
      fail(cancelled());
    },
    note: (event, url, details) => {
      timeline.add(event, url, details);
      if (finished) finished.steps = timeline.steps();
    },
  };
}
