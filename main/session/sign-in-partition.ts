/**
 * The Electron partition a profile's sign-in windows use. Persistent, so the Mix SSO cookies survive a restart
 * and silent renewal works; the generation changes for "Use another account", which starts from an empty one.
 * When secrets are kept in memory only (no OS keyring), the Mix login is kept in memory only too: without
 * `persist:` Electron keeps the partition in memory (and with the basic_text backend Chromium would encrypt
 * cookies on disk with a fixed key).
 */
export function signInPartition(profileId: string, generation: number, persistent = true): string {
  return `${persistent ? 'persist:' : ''}mix-signin-${profileId}-${generation}`;
}

/**
 * Every partition a profile's sign-in may have used: each generation up to the current one, persistent and
 * in memory. Forget and Remove clear them all, so no older account's cookies stay behind.
 */
export function everySignInPartition(profileId: string, currentGeneration: number): string[] {
  const partitions: string[] = [];
  for (let generation = 0; generation <= currentGeneration; generation += 1) {
    partitions.push(signInPartition(profileId, generation), signInPartition(profileId, generation, false));
  }
  return partitions;
}
