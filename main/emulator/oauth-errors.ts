import type { ServerResponse } from 'node:http';
import { sendJson } from './http-util';

/** An RFC 6749 §5.2 token-endpoint error. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
    /** Set when the client tried HTTP Basic: a 401 must then say how to authenticate. */
    readonly basicChallenge = false,
  ) {
    super(description);
  }
}

export function sendOAuthError(res: ServerResponse, failure: OAuthError): void {
  const headers: Record<string, string> = { Pragma: 'no-cache' };
  if (failure.status === 401 && failure.basicChallenge)
    headers['WWW-Authenticate'] = 'Basic realm="mix-sandbox"';
  sendJson(res, failure.status, { error: failure.error, error_description: failure.description }, headers);
}
