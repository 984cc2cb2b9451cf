import { OAuthError } from './oauth-errors';
import { sameSecret } from './secrets';
import type { SandboxClient } from './types';

/**
 * Token-endpoint client authentication: HTTP Basic (client_secret_basic) or client_id + client_secret
 * in the form body (client_secret_post), never both (RFC 6749 §2.3).
 * Basic carries base64(urlencode(id) ":" urlencode(secret)) (§2.3.1), which is how Mix ids such as
 * `appID:DEMO:geo:qa:clientName:x` survive the split at the first ':'.
 */
export function authenticateClient(
  authorization: string | undefined,
  form: URLSearchParams,
  clients: readonly SandboxClient[],
): SandboxClient {
  const basic = authorization === undefined ? undefined : parseBasic(authorization);
  const bodyId = form.get('client_id');
  const bodySecret = form.get('client_secret');

  if (basic) {
    if (bodySecret !== null) {
      throw new OAuthError(
        'invalid_request',
        'Use one client authentication method: HTTP Basic or client_secret in the body, not both.',
      );
    }
    if (bodyId !== null && bodyId !== basic.clientId) {
      throw new OAuthError(
        'invalid_request',
        'The client_id in the body differs from the one in HTTP Basic.',
      );
    }
    return verify(basic.clientId, basic.clientSecret, clients, true);
  }
  if (bodyId === null || bodySecret === null) {
    throw new OAuthError('invalid_client', 'Client authentication is required.', 401, true);
  }
  return verify(bodyId, bodySecret, clients, false);
}

function verify(
  id: string,
  secret: string,
  clients: readonly SandboxClient[],
  viaBasic: boolean,
): SandboxClient {
  const client = clients.find((c) => c.clientId === id);
  // One message for both cases, so the endpoint does not reveal which client ids exist.
  if (!client || !sameSecret(client.clientSecret, secret)) {
    throw new OAuthError('invalid_client', 'Client authentication failed.', 401, viaBasic);
  }
  return client;
}

interface BasicCredentials {
  clientId: string;
  clientSecret: string;
}

/** Undefined without a header; throws invalid_client for another scheme or a malformed Basic value. */
function parseBasic(header: string): BasicCredentials | undefined {
  const trimmed = header.trim();
  if (trimmed === '') return undefined;
  const match = /^Basic\s+(\S*)$/i.exec(trimmed);
  if (!match) {
    throw new OAuthError('invalid_client', 'Only HTTP Basic client authentication is supported.', 401, true);
  }
  const malformed = new OAuthError('invalid_client', 'The HTTP Basic credentials are malformed.', 401, true);
  const encoded = match[1] ?? '';
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw malformed;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw malformed;
  try {
    return {
      clientId: formDecode(decoded.slice(0, colon)),
      clientSecret: formDecode(decoded.slice(colon + 1)),
    };
  } catch {
    throw malformed;
  }
}

/** application/x-www-form-urlencoded decoding of one value: '+' is a space, then percent-decoding. */
function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}
