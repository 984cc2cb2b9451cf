/** Electron session partitions of sign-in windows. */
export interface BrowserPartitions {
  /** Clears cookies and storage of the partition and flushes the cookie store to disk. */
  clear(partition: string): Promise<void>;
}
