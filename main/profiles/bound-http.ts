import { credentialBindingChanged } from '../../common/credential-binding';
import type { Profile } from '../../common/ipc-contract';
import type { HttpClientFactory } from '../ports/http';
import { problem } from '../problem';

/**
 * HTTP clients that send nothing once the profile they were made for has moved to another authorization
 * server, Mix.api host or client ID, or is gone. A request prepared before the move (a read waiting to
 * retry, a download, a renewal under way) reads the current token right before sending: without this check
 * it would carry the token issued after the move to the old hosts.
 */
export function boundToProfile(
  http: HttpClientFactory,
  current: (profileId: string) => Profile | undefined,
): HttpClientFactory {
  return (profile) => {
    const client = http(profile);
    client.interceptors.request.use((config) => {
      const now = current(profile.id);
      if (now === undefined || credentialBindingChanged(profile, now)) {
        throw problem(
          'cancelled',
          'This request was not sent: the profile’s servers or client ID changed while it was waiting.',
        );
      }
      return config;
    });
    return client;
  };
}
