/**
 * The Electron partition a profile's sign-in windows use. Persistent, so the Mix SSO cookies survive a restart
 * and silent renewal works; the generation changes for "Use another account", which starts from an empty one.
 */
export function signInPartition(profileId: string, generation: number): string {
  return `persist:mix-signin-${profileId}-${generation}`;
}
