import type { SystemPreset } from './ipc-contract';

/** Hosts of each Mix geography (see mix-api.md §2). Australia's auth host follows the pattern but is unconfirmed. */
export interface MixSystem {
  preset: Exclude<SystemPreset, 'custom'>;
  label: string;
  authServerUrl: string;
  apiUrl: string;
}

export const MIX_SYSTEMS: readonly MixSystem[] = [
  {
    preset: 'us',
    label: 'US',
    authServerUrl: 'https://auth.crt.nuance.com',
    apiUrl: 'https://mix.api.nuance.com',
  },
  {
    preset: 'eu',
    label: 'EU',
    authServerUrl: 'https://auth.crt.nuance.eu',
    apiUrl: 'https://mix.api.nuance.eu',
  },
  {
    preset: 'uk',
    label: 'UK',
    authServerUrl: 'https://auth.crt.nuance.co.uk',
    apiUrl: 'https://mix.api.nuance.co.uk',
  },
  {
    preset: 'au',
    label: 'Australia',
    authServerUrl: 'https://auth.crt.nuance.net.au',
    apiUrl: 'https://mix.api.nuance.net.au',
  },
];

export const DEFAULT_REDIRECT_URL = 'http://localhost:3000/callback';
export const DEFAULT_TENANT = 'mix';
export const DEFAULT_SCOPE = 'mix-api';

export function findMixSystem(preset: SystemPreset): MixSystem | undefined {
  return MIX_SYSTEMS.find((system) => system.preset === preset);
}

/** The name shown for a profile's system: the preset's label, or the API host for a custom system. */
export function systemLabel(preset: SystemPreset, apiUrl: string): string {
  const known = findMixSystem(preset);
  if (known) return known.label;
  try {
    return new URL(apiUrl).host;
  } catch {
    return 'Custom';
  }
}
