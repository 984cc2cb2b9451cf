import type { Profile } from '../../common/ipc-contract';

/**
 * application/x-www-form-urlencoded encoding of one value (space → '+', everything else outside
 * `A-Za-z0-9*-._` percent-encoded as UTF-8). URLSearchParams implements exactly that serializer.
 */
export function formUrlEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

/**
 * RFC 6749 §2.3.1: the client ID and secret are form-encoded before Base64. Mix client IDs contain ':'
 * (`appID:…:geo:…`), which would otherwise end the user name early.
 */
export function basicAuthorization(clientId: string, secret: string): string {
  const credentials = `${formUrlEncode(clientId)}:${formUrlEncode(secret)}`;
  return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}

export interface TokenRequest {
  headers: Record<string, string>;
  body: URLSearchParams;
}

/**
 * Headers and form body of a token request, with the profile's client authentication.
 * Without a secret (a public client) only `client_id` goes into the body.
 */
export function buildTokenRequest(
  profile: Profile,
  clientSecret: string | undefined,
  grant: Record<string, string>,
): TokenRequest {
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded',
    Accept: 'application/json',
  };
  const body = new URLSearchParams(grant);
  const hasSecret = clientSecret !== undefined && clientSecret !== '';
  if (hasSecret && profile.clientAuth === 'basic') {
    headers.Authorization = basicAuthorization(profile.clientId, clientSecret);
  } else {
    body.set('client_id', profile.clientId);
    if (hasSecret) body.set('client_secret', clientSecret);
  }
  return { headers, body };
}
