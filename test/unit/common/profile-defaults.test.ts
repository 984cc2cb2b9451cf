import { describe, expect, it } from 'vitest';
import { MIX_SYSTEMS } from '../../../common/mix-systems';
import { applyPreset, newProfileDraft, sandboxProfileDraft } from '../../../common/profile-defaults';
import { validateProfile } from '../../../common/profile-validation';

describe('newProfileDraft', () => {
  it.each(MIX_SYSTEMS.map((system) => [system.preset, system] as const))(
    'uses the %s hosts',
    (preset, system) => {
      const draft = newProfileDraft(preset);
      expect(draft).toMatchObject({
        system: preset,
        authServerUrl: system.authServerUrl,
        apiUrl: system.apiUrl,
        redirectUrl: 'http://localhost:3000/callback',
        tenant: 'mix',
        scope: 'mix-api',
        signInMode: 'embedded',
        usePkce: true,
        clientAuth: 'basic',
      });
      expect(draft.id).toBeUndefined();
      // Only the client ID is left for the user to fill in.
      expect(Object.keys(validateProfile(draft).errors)).toEqual(['clientId']);
    },
  );

  it('defaults to US and leaves the hosts empty for a custom system', () => {
    expect(newProfileDraft().authServerUrl).toBe('https://auth.crt.nuance.com');
    expect(newProfileDraft('custom')).toMatchObject({ system: 'custom', authServerUrl: '', apiUrl: '' });
  });
});

describe('applyPreset', () => {
  it('sets the hosts of a known system and keeps everything else', () => {
    const draft = { ...newProfileDraft('us'), name: 'Mine', clientId: 'abc' };
    expect(applyPreset(draft, 'eu')).toEqual({
      ...draft,
      system: 'eu',
      authServerUrl: 'https://auth.crt.nuance.eu',
      apiUrl: 'https://mix.api.nuance.eu',
    });
  });

  it('keeps the typed hosts when switching to custom', () => {
    const draft = { ...newProfileDraft('uk'), apiUrl: 'https://mix.api.example.com' };
    expect(applyPreset(draft, 'custom')).toEqual({ ...draft, system: 'custom' });
  });
});

describe('sandboxProfileDraft', () => {
  it('points both services at the sandbox with the demo client, and is valid', () => {
    const draft = sandboxProfileDraft('http://127.0.0.1:4010');
    expect(draft).toMatchObject({
      name: 'Local sandbox',
      system: 'custom',
      authServerUrl: 'http://127.0.0.1:4010',
      apiUrl: 'http://127.0.0.1:4010',
      clientId: 'mix-explorer-demo',
      clientSecret: 'sandbox-secret',
      redirectUrl: 'http://localhost:3000/callback',
    });
    expect(validateProfile(draft)).toEqual({ errors: {}, warnings: {} });
  });
});
