import type { SandboxFaults } from './faults';

/** A registered OAuth client of the sandbox authorization service. */
export interface SandboxClient {
  clientId: string;
  clientSecret: string;
  /** Compared by exact string equality, like the safe assumption in mix-api.md §7. */
  redirectUris: string[];
  name?: string;
}

export interface SandboxUser {
  email: string;
  password: string;
  name?: string;
  /** Nuance Professional Services users may export rule-based grammars; others get 403 code 7. Default false. */
  professionalServices?: boolean;
}

export interface SandboxOptions {
  /** Default '127.0.0.1' (loopback only). */
  host?: string;
  /** 0 = ephemeral (tests); the CLI defaults to 4780. */
  port?: number;
  clients?: SandboxClient[];
  users?: SandboxUser[];
  /** Value the `tenant` query parameter of /oauth2/auth must carry. Default 'mix'. */
  tenant?: string;
  /** Access-token life in seconds. Default 900 (Mix: 15 minutes). */
  tokenLifetimeSeconds?: number;
  /** Default false, like Mix. When true, code and refresh grants also return a rotating refresh token. */
  issueRefreshTokens?: boolean;
  /** Default false. When true, /oauth2/auth rejects requests without a PKCE code_challenge. */
  requirePkce?: boolean;
  /** Injected clock (epoch ms) so expiry, and job progress, can be tested without waiting. */
  now?: () => number;
  /**
   * Large data for benchmarks: organization "Scale Org" (id 500) with N projects, and project 200000 with
   * N intents. Default 0 (none).
   */
  scale?: number;
  /** Deterministic failures on /v4 (counters, no randomness). */
  faults?: SandboxFaults;
  /** HTTPS: `true` makes a self-signed certificate at start (see RunningSandbox.certificate); or bring PEMs. */
  tls?: boolean | { key: string; cert: string };
}

/** Options the auth service reads; `now`, `scale`, `faults` and `tls` are used once at start and not kept here. */
export type ResolvedSandboxOptions = Required<Omit<SandboxOptions, 'now' | 'scale' | 'faults' | 'tls'>>;

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:53211; the auth service and Mix.api share this origin. */
  url: string;
  authServerUrl: string;
  apiUrl: string;
  /** Resolved defaults; `port` is the port actually bound. */
  options: ResolvedSandboxOptions;
  /** With `tls`: the certificate (PEM) a client must trust; undefined over plain HTTP. */
  certificate?: string;
  /**
   * Jobs follow the injected clock: a job is RUNNING until its duration has passed on `now()` (the seeded
   * running job: 20 s after start). This moves job time forward by `ms` on top of the clock, for tests that
   * run on the real clock; with no argument, far enough that every seeded job has finished.
   */
  advanceJobs(ms?: number): void;
  /** Makes every access token issued so far invalid now (refresh tokens stay valid). */
  expireAllTokens(): void;
  /** Forgets every login cookie session, so a silent (prompt=none or remembered-consent) renewal shows the login page. */
  endSsoSessions(): void;
  close(): Promise<void>;
}
