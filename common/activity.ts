/** One logical Mix.api request as the activity panel shows it; crosses IPC, so plain data only. */
export interface ActivityEntry {
  /** Increases with every entry; the panel's key. */
  id: number;
  /** Epoch milliseconds at which the request started. */
  time: number;
  profileId: string;
  method: 'GET';
  /** The catalogue key, when the request came from the catalogue (for "copy as curl / mix CLI"). */
  endpoint?: string;
  /** Path and query, with secrets redacted. */
  path: string;
  /** The last HTTP status, when an answer came. */
  status?: number;
  durationMs: number;
  /** Body bytes received (written, for downloads). */
  bytes?: number;
  /** How many times the request was sent again (after a renewal, a 429 or a 5xx). */
  retried: number;
  /** Whether it waited for the session to be renewed. */
  waitedForRenewal: boolean;
  /** The problem's message when it failed; never a token. */
  error?: string;
}
