import type { Profile } from '../../../../common/ipc-contract';
import type { TokenSet } from '../../../../main/auth/token-set';
import type { Clock } from '../../../../main/ports/clock';
import { problem } from '../../../../main/problem';
import type {
  AuthorizationAttempt,
  AuthorizeOptions,
  Authorizer,
  ProfileSource,
  SessionStore,
} from '../../../../main/session/session-deps';
import type { BrowserPartitions } from '../../../../main/ports/browser-partitions';
import type { Clipboard } from '../../../../main/ports/clipboard';

/** A clock whose time moves only when the test says so; due timers fire in order. */
export class FakeClock implements Clock {
  private time: number;
  private nextId = 0;
  private readonly timers = new Map<number, { due: number; callback: () => void }>();

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, ms: number): () => void {
    const id = this.nextId++;
    this.timers.set(id, { due: this.time + ms, callback });
    return () => this.timers.delete(id);
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward, firing every timer that falls due on the way, at its due time. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.timers.entries()]
        .filter(([, timer]) => timer.due <= end)
        .sort(([, a], [, b]) => a.due - b.due)[0];
      if (!next) break;
      const [id, timer] = next;
      this.timers.delete(id);
      this.time = timer.due;
      timer.callback();
    }
    this.time = end;
  }
}

export function testProfile(id = 'p1', overrides: Partial<Profile> = {}): Profile {
  return {
    id,
    name: 'Test',
    system: 'us',
    authServerUrl: 'https://auth.crt.nuance.com',
    apiUrl: 'https://mix.api.nuance.com',
    clientId: 'appID:TEST',
    redirectUrl: 'http://localhost:3000/callback',
    tenant: 'mix',
    scope: 'mix-api',
    signInMode: 'embedded',
    usePkce: true,
    clientAuth: 'basic',
    hasClientSecret: true,
    ...overrides,
  };
}

export class FakeProfiles implements ProfileSource {
  readonly profiles = new Map<string, Profile>();
  readonly secrets = new Map<string, string>();

  constructor(...profiles: Profile[]) {
    for (const profile of profiles) {
      this.profiles.set(profile.id, profile);
      this.secrets.set(profile.id, `secret-${profile.id}`);
    }
  }

  get(profileId: string): Profile | undefined {
    return this.profiles.get(profileId);
  }

  async clientSecret(profileId: string): Promise<string | undefined> {
    return this.secrets.get(profileId);
  }
}

export class FakeStore implements SessionStore {
  readonly tokens = new Map<string, TokenSet>();
  readonly generations = new Map<string, number>();

  async loadTokens(profileId: string): Promise<TokenSet | undefined> {
    return this.tokens.get(profileId);
  }

  async saveTokens(profileId: string, tokens: TokenSet): Promise<void> {
    this.tokens.set(profileId, tokens);
  }

  async removeTokens(profileId: string): Promise<void> {
    this.tokens.delete(profileId);
  }

  partitionGeneration(profileId: string): number {
    return this.generations.get(profileId) ?? 0;
  }

  setPartitionGeneration(profileId: string, generation: number): void {
    this.generations.set(profileId, generation);
  }
}

/** One attempt whose outcome the test decides. */
export class FakeAttempt implements AuthorizationAttempt {
  readonly result: Promise<TokenSet>;
  focusCount = 0;
  cancelCount = 0;
  /** Steps noted on the attempt's timeline after it ended. */
  readonly notes: { event: string; url?: string; details?: { status?: number; outcome?: string } }[] = [];
  private settle!: { resolve(tokens: TokenSet): void; reject(error: unknown): void };

  constructor(
    readonly profile: Profile,
    readonly clientSecret: string | undefined,
    readonly options: AuthorizeOptions,
  ) {
    this.result = new Promise<TokenSet>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    // The manager may drop an attempt it cancelled; keep Node from reporting that as unhandled.
    this.result.catch(() => undefined);
  }

  succeed(tokens: TokenSet): void {
    this.settle.resolve(tokens);
  }

  fail(error: unknown): void {
    this.settle.reject(error);
  }

  focus(): void {
    this.focusCount += 1;
  }

  note(event: string, url?: string, details?: { status?: number; outcome?: string }): void {
    this.notes.push({ event, ...(url === undefined ? {} : { url }), ...(details ? { details } : {}) });
  }

  cancel(): void {
    this.cancelCount += 1;
    this.settle.reject(problem('cancelled', 'Sign-in was cancelled.'));
  }
}

/**
 * Records every attempt and refresh. Silent attempts and refreshes answer through the handlers a test sets;
 * interactive attempts wait for the test to settle them.
 */
export class FakeAuthorizer implements Authorizer {
  readonly attempts: FakeAttempt[] = [];
  readonly refreshes: string[] = [];
  readonly refreshSignals: (AbortSignal | undefined)[] = [];
  onSilent: (attempt: FakeAttempt) => void = (attempt) =>
    attempt.fail(problem('authorization-error', 'The Mix sign-in session has ended.'));
  onRefresh: (refreshToken: string) => Promise<TokenSet> = () =>
    Promise.reject(problem('token-error', 'The refresh token was not accepted.', { status: 400 }));

  begin(profile: Profile, clientSecret: string | undefined, options: AuthorizeOptions): AuthorizationAttempt {
    const attempt = new FakeAttempt(profile, clientSecret, options);
    this.attempts.push(attempt);
    if (options.silent) this.onSilent(attempt);
    return attempt;
  }

  refresh(
    _profile: Profile,
    _clientSecret: string | undefined,
    refreshToken: string,
    signal?: AbortSignal,
  ): Promise<TokenSet> {
    this.refreshes.push(refreshToken);
    this.refreshSignals.push(signal);
    return this.onRefresh(refreshToken);
  }

  get interactive(): FakeAttempt[] {
    return this.attempts.filter((attempt) => !attempt.options.silent);
  }

  get silent(): FakeAttempt[] {
    return this.attempts.filter((attempt) => attempt.options.silent);
  }
}

export class FakePartitions implements BrowserPartitions {
  readonly cleared: string[] = [];

  async clear(partition: string): Promise<void> {
    this.cleared.push(partition);
  }
}

export class FakeClipboard implements Clipboard {
  text: string | undefined;

  writeText(text: string): void {
    this.text = text;
  }
}

/** Waits until a condition holds, checking after each turn of the microtask queue. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (condition()) return;
    await Promise.resolve();
  }
  throw new Error(`Timed out waiting for ${what}`);
}
