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
  /** Injected clock (epoch ms) so expiry can be tested without waiting. */
  now?: () => number;
}

export type ResolvedSandboxOptions = Required<Omit<SandboxOptions, 'now'>>;

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:53211; the auth service and Mix.api share this origin. */
  url: string;
  authServerUrl: string;
  apiUrl: string;
  /** Resolved defaults; `port` is the port actually bound. */
  options: ResolvedSandboxOptions;
  /** Makes every access token issued so far invalid now (refresh tokens stay valid). */
  expireAllTokens(): void;
  /** Forgets every login cookie session, so a silent (prompt=none or remembered-consent) renewal shows the login page. */
  endSsoSessions(): void;
  close(): Promise<void>;
}
