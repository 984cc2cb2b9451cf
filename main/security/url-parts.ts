/** `new URL` that returns undefined instead of throwing: every policy here treats junk as "deny". */
export function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
