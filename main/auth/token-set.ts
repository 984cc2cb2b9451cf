/** What a successful token response leaves us with. Lives only in main. */
export interface TokenSet {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  scope?: string;
  refreshToken?: string;
}
