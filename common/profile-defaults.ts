import type { ProfileDraft, SystemPreset } from './ipc-contract';
import { DEFAULT_REDIRECT_URL, DEFAULT_SCOPE, DEFAULT_TENANT, findMixSystem } from './mix-systems';

/** Starting values of the "Add profile" form: Mix's best-known defaults (design notes §1.6). */
export function newProfileDraft(preset: SystemPreset = 'us'): ProfileDraft {
  const system = findMixSystem(preset);
  return {
    name: system ? `Mix ${system.label}` : 'Custom Mix system',
    system: preset,
    authServerUrl: system?.authServerUrl ?? '',
    apiUrl: system?.apiUrl ?? '',
    clientId: '',
    redirectUrl: DEFAULT_REDIRECT_URL,
    tenant: DEFAULT_TENANT,
    scope: DEFAULT_SCOPE,
    signInMode: 'embedded',
    usePkce: true,
    clientAuth: 'basic',
    requireIss: false,
  };
}

/** Switches a draft to another preset: a known system sets both hosts; `custom` keeps what is typed. */
export function applyPreset(draft: ProfileDraft, preset: SystemPreset): ProfileDraft {
  const system = findMixSystem(preset);
  if (!system) return { ...draft, system: preset };
  return { ...draft, system: preset, authServerUrl: system.authServerUrl, apiUrl: system.apiUrl };
}

/** The profile `npm run demo` preconfigures: the local Mix sandbox serves both services on one origin. */
export function sandboxProfileDraft(sandboxUrl: string): ProfileDraft {
  return {
    ...newProfileDraft('custom'),
    name: 'Local sandbox',
    authServerUrl: sandboxUrl,
    apiUrl: sandboxUrl,
    clientId: 'mix-explorer-demo',
    clientSecret: 'sandbox-secret',
    redirectUrl: 'http://localhost:3000/callback',
  };
}
