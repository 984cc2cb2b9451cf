import { randomBytes } from 'node:crypto';

/** A validated /oauth2/auth request waiting for login and consent; pages carry only its opaque id. */
export interface PendingAuthorization {
  clientId: string;
  redirectUri: string;
  state: string | undefined;
  scope: string;
  codeChallenge: string | undefined;
  codeChallengeMethod: 'S256' | 'plain' | undefined;
  /** prompt=consent: ask again even if the user allowed this client before. */
  forceConsent: boolean;
  expiresAt: number;
}

export interface AuthorizationCode {
  clientId: string;
  redirectUri: string;
  email: string;
  scope: string;
  codeChallenge: string | undefined;
  codeChallengeMethod: 'S256' | 'plain' | undefined;
  expiresAt: number;
  used: boolean;
  /** Tokens minted from this code, revoked if the code is replayed (RFC 6749 §4.1.2). */
  minted: string[];
}

/** Who an access token acts for: a signed-in user, or a client itself (client credentials). */
export type TokenSubject = { kind: 'user'; email: string } | { kind: 'client'; clientId: string };

export interface AccessToken {
  clientId: string;
  subject: TokenSubject;
  scope: string;
  expiresAt: number;
}

export interface RefreshToken {
  clientId: string;
  email: string;
  scope: string;
}

export interface SsoSession {
  email: string;
  expiresAt: number;
}

const PENDING_LIFETIME_MS = 10 * 60_000;
const CODE_LIFETIME_MS = 60_000;
const SSO_LIFETIME_MS = 12 * 60 * 60_000;

/** Opaque, unguessable handle (256 bits). */
export function randomHandle(): string {
  return randomBytes(32).toString('base64url');
}

/** Everything the sandbox remembers, in memory, with expiry decided by the injected clock. */
export class SandboxStore {
  private readonly pending = new Map<string, PendingAuthorization>();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();
  private readonly sessions = new Map<string, SsoSession>();
  private readonly consents = new Set<string>();

  constructor(private readonly now: () => number) {}

  addPending(request: Omit<PendingAuthorization, 'expiresAt'>): string {
    const id = randomHandle();
    this.pending.set(id, { ...request, expiresAt: this.now() + PENDING_LIFETIME_MS });
    return id;
  }

  findPending(id: string): PendingAuthorization | undefined {
    const found = this.pending.get(id);
    if (found && found.expiresAt <= this.now()) this.pending.delete(id);
    return this.pending.get(id);
  }

  /** A pending request is answered once: a replayed form post must not mint a second code. */
  finishPending(id: string): void {
    this.pending.delete(id);
  }

  startSession(email: string): string {
    const id = randomHandle();
    this.sessions.set(id, { email, expiresAt: this.now() + SSO_LIFETIME_MS });
    return id;
  }

  findSession(id: string | undefined): SsoSession | undefined {
    if (id === undefined) return undefined;
    const found = this.sessions.get(id);
    if (found && found.expiresAt <= this.now()) this.sessions.delete(id);
    return this.sessions.get(id);
  }

  endAllSessions(): void {
    this.sessions.clear();
  }

  rememberConsent(email: string, clientId: string): void {
    this.consents.add(consentKey(email, clientId));
  }

  hasConsent(email: string, clientId: string): boolean {
    return this.consents.has(consentKey(email, clientId));
  }

  issueCode(grant: Omit<AuthorizationCode, 'expiresAt' | 'used' | 'minted'>): string {
    const code = randomHandle();
    this.codes.set(code, { ...grant, expiresAt: this.now() + CODE_LIFETIME_MS, used: false, minted: [] });
    return code;
  }

  findCode(code: string): AuthorizationCode | undefined {
    return this.codes.get(code);
  }

  issueAccessToken(token: Omit<AccessToken, 'expiresAt'>, lifetimeSeconds: number): string {
    const value = randomHandle();
    this.accessTokens.set(value, { ...token, expiresAt: this.now() + lifetimeSeconds * 1000 });
    return value;
  }

  /** The token if it exists and has not expired by the injected clock. */
  findAccessToken(value: string): AccessToken | undefined {
    const found = this.accessTokens.get(value);
    if (!found || found.expiresAt <= this.now()) return undefined;
    return found;
  }

  expireAllAccessTokens(): void {
    this.accessTokens.clear();
  }

  issueRefreshToken(token: RefreshToken): string {
    const value = randomHandle();
    this.refreshTokens.set(value, token);
    return value;
  }

  /** Rotation: a refresh token is good for one use. */
  takeRefreshToken(value: string): RefreshToken | undefined {
    const found = this.refreshTokens.get(value);
    this.refreshTokens.delete(value);
    return found;
  }

  peekRefreshToken(value: string): RefreshToken | undefined {
    return this.refreshTokens.get(value);
  }

  revoke(values: readonly string[]): void {
    for (const value of values) {
      this.accessTokens.delete(value);
      this.refreshTokens.delete(value);
    }
  }
}

function consentKey(email: string, clientId: string): string {
  return JSON.stringify([email.toLowerCase(), clientId]);
}
