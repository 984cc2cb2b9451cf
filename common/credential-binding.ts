import type { ProfileSettings } from './ipc-contract';
import { normaliseServerUrl } from './profile-validation';

/**
 * Where a profile's client secret and tokens were issued and may be sent: the authorization server's
 * origin, Mix.api's origin and the client ID. Changing any of them ends the session, clears the remembered
 * sign-in and asks for the secret again, so a credential never reaches a host it was not issued for.
 */
export interface CredentialBinding {
  authServerOrigin: string;
  apiOrigin: string;
  clientId: string;
}

type BindingFields = Pick<ProfileSettings, 'authServerUrl' | 'apiUrl' | 'clientId'>;

export function credentialBinding(profile: BindingFields): CredentialBinding {
  return {
    authServerOrigin: normaliseServerUrl(profile.authServerUrl),
    apiOrigin: normaliseServerUrl(profile.apiUrl),
    clientId: profile.clientId,
  };
}

/** True when credentials issued for `before` must not be used for `after`. */
export function credentialBindingChanged(before: BindingFields, after: BindingFields): boolean {
  const a = credentialBinding(before);
  const b = credentialBinding(after);
  return (
    a.authServerOrigin !== b.authServerOrigin || a.apiOrigin !== b.apiOrigin || a.clientId !== b.clientId
  );
}

/** What the profile form says before a change of binding is saved. */
export const REBIND_NOTICE =
  'Changing the authorization server, Mix.api URL or client ID signs this profile out, clears its remembered Mix login and needs the client secret again.';
