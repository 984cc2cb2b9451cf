/** Names of a profile's entries in the secret vault, shared by the profile service and the session store. */
export function clientSecretKey(profileId: string): string {
  return `client-secret:${profileId}`;
}

export function tokensKey(profileId: string): string {
  return `tokens:${profileId}`;
}
