import type { Profile } from '../../common/ipc-contract';

/** `authServerUrl` is an origin, but users paste it with a trailing slash often enough to tolerate one. */
function base(profile: Profile): string {
  return profile.authServerUrl.trim().replace(/\/+$/, '');
}

export function authorizeEndpoint(profile: Profile): string {
  return `${base(profile)}/oauth2/auth`;
}

export function tokenEndpoint(profile: Profile): string {
  return `${base(profile)}/oauth2/token`;
}
