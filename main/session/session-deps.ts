import type { Profile, SignInMode } from '../../common/ipc-contract';
import type { TokenSet } from '../auth/token-set';

/** Options of one authorization-code attempt. */
export interface AuthorizeOptions {
  mode: SignInMode;
  /** Electron partition of the sign-in window, e.g. `persist:mix-signin-<profileId>-<generation>`. */
  partition: string;
  /** Silent renewal: hidden window, short timeout, gives up on the first page that is not the redirect. */
  silent: boolean;
}

/** One attempt in flight. `result` rejects with a ProblemError (code `cancelled` when cancelled or closed). */
export interface AuthorizationAttempt {
  readonly result: Promise<TokenSet>;
  /** Brings the sign-in window (or nothing, for the system browser) to the front. */
  focus(): void;
  cancel(): void;
  /** Adds a step to the attempt's timeline after it ended (the first Mix.api call with its tokens). */
  note?(event: string, url?: string, details?: { status?: number; outcome?: string }): void;
}

/** The authorization-code flow and the refresh grant (implemented in main/auth/authorizer.ts). */
export interface Authorizer {
  begin(profile: Profile, clientSecret: string | undefined, options: AuthorizeOptions): AuthorizationAttempt;
  /** `signal` abandons the request (a renewal attempt that took too long). */
  refresh(
    profile: Profile,
    clientSecret: string | undefined,
    refreshToken: string,
    signal?: AbortSignal,
  ): Promise<TokenSet>;
}

/** Where the session manager finds a profile and its client secret (main/profiles/profile-service.ts). */
export interface ProfileSource {
  get(profileId: string): Profile | undefined;
  clientSecret(profileId: string): Promise<string | undefined>;
}

/** Persistence of a profile's session: tokens (encrypted at rest) and the sign-in partition generation. */
export interface SessionStore {
  loadTokens(profileId: string): Promise<TokenSet | undefined>;
  saveTokens(profileId: string, tokens: TokenSet): Promise<void>;
  removeTokens(profileId: string): Promise<void>;
  /** Bumped by "Use another account" so the next sign-in starts in a fresh, empty partition. */
  partitionGeneration(profileId: string): number;
  setPartitionGeneration(profileId: string, generation: number): void;
}
