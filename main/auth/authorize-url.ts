import type { Profile } from '../../common/ipc-contract';
import { authorizeEndpoint } from './endpoints';

export interface AuthorizeUrlOptions {
  state: string;
  /** S256 challenge; the caller leaves it out when the profile turns PKCE off. */
  codeChallenge?: string;
}

/** The authorize URL of one attempt. Throws (TypeError) when the profile's auth server URL is not a URL. */
export function buildAuthorizeUrl(profile: Profile, options: AuthorizeUrlOptions): string {
  const url = new URL(authorizeEndpoint(profile));
  const params = url.searchParams;
  params.set('response_type', 'code');
  params.set('client_id', profile.clientId);
  params.set('redirect_uri', profile.redirectUrl);
  params.set('scope', profile.scope);
  params.set('state', options.state);
  // Mix reads the tenant from the authorize URL (mix-cli sends `tenant=mix`); an empty one would only confuse it.
  if (profile.tenant.trim() !== '') params.set('tenant', profile.tenant.trim());
  if (options.codeChallenge !== undefined) {
    params.set('code_challenge', options.codeChallenge);
    params.set('code_challenge_method', 'S256');
  }
  return url.toString();
}
