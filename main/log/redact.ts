/**
 * Removes secrets from text before it is logged or shown: bearer tokens, Basic credentials, OAuth codes,
 * tokens and secrets in query strings, form bodies or JSON. Applied to every log line main writes.
 */
const PATTERNS: readonly [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [
    /\b(code|access_token|refresh_token|id_token|client_secret|code_verifier|password|state)=([^&\s"']+)/gi,
    '$1=[redacted]',
  ],
  [
    /("(?:access_token|refresh_token|id_token|client_secret|code|code_verifier|password|accessToken|refreshToken|clientSecret)"\s*:\s*)"[^"]*"/g,
    '$1"[redacted]"',
  ],
  [/\b(cookie|set-cookie)(\s*[:=]\s*)[^\n]+/gi, '$1$2[redacted]'],
];

export function redact(text: string): string {
  return PATTERNS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}
