/** What a successful token response leaves us with. Lives only in main. */
export interface TokenSet {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** Epoch milliseconds at which the token endpoint answered (renewal is due half-way through the lifetime). */
  issuedAt?: number;
  scope?: string;
  refreshToken?: string;
}
