import type { Profile } from '../../../../../common/ipc-contract';

export function testProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'p1',
    name: 'Test',
    system: 'custom',
    authServerUrl: 'https://auth.example.test',
    apiUrl: 'https://api.example.test',
    clientId: 'appID:TEST:geo:us:clientName:default',
    redirectUrl: 'http://localhost:3000/callback',
    tenant: 'mix',
    scope: 'mix-api',
    signInMode: 'embedded',
    usePkce: true,
    clientAuth: 'basic',
    hasClientSecret: true,
    ...overrides,
  };
}
