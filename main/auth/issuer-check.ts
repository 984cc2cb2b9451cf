import type { Profile } from '../../common/ipc-contract';
import { normaliseServerUrl } from '../../common/profile-validation';
import { problem } from '../problem';
import type { IssuerExpectation } from './issuer-discovery';
import { toPlainText } from './plain-text';

function hostOf(value: string): string {
  try {
    return new URL(value).host;
  } catch {
    return toPlainText(value, 80);
  }
}

/**
 * The mix-up defence (RFC 9207 §2.4, RFC 9700 §4.4): a sign-in response that names its issuer must name
 * this profile's authorization server, or it was produced by another server (a malicious one among the
 * profiles bouncing the browser to a real one) and its code must go to no token endpoint at all.
 *
 * With the server's metadata, `iss` must equal the issuer it names, exactly. Without metadata (Mix's
 * exact issuer string is not known), `iss` must have the scheme, host and port of the profile's
 * authorization server, so a real sign-in never breaks over a trailing slash. A response without `iss` is
 * refused when the profile requires it or the metadata says the server always sends it.
 */
export function checkIssuer(
  iss: string | undefined,
  profile: Pick<Profile, 'authServerUrl' | 'requireIss'>,
  expected: IssuerExpectation,
): void {
  const ours = normaliseServerUrl(profile.authServerUrl);
  if (iss === undefined) {
    if (profile.requireIss === true || expected.issParameterSupported) {
      throw problem(
        'issuer-mismatch',
        `The sign-in response did not say which authorization server sent it (no "iss"), which ${profile.requireIss === true ? 'this profile requires' : `${hostOf(ours)} promises`}, so it was rejected and nothing was sent to a token endpoint.`,
        { host: hostOf(ours), actions: ['sign-in', 'open-settings'] },
      );
    }
    return;
  }
  let matches: boolean;
  if (expected.issuer !== undefined) {
    matches = iss === expected.issuer;
  } else {
    try {
      matches = new URL(iss).origin === ours;
    } catch {
      matches = false;
    }
  }
  if (!matches) {
    throw problem(
      'issuer-mismatch',
      `The sign-in response came from another authorization server (${hostOf(iss)}) than this profile's (${hostOf(ours)}), so it was rejected and nothing was sent to a token endpoint. Another server may be trying to intercept this sign-in: check the profile's authorization server URL.`,
      { host: hostOf(ours), actions: ['sign-in', 'open-settings'] },
    );
  }
}
