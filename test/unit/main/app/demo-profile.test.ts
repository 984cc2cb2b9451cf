import { describe, expect, it } from 'vitest';
import { startMixHost, startServices } from './services-kit';

describe('the demo profile', () => {
  it('under npm run demo there is exactly one "Local sandbox" profile, and it is the selected one', async () => {
    const host = await startMixHost('sandbox');
    const kit = await startServices({ sandboxUrl: host.url });
    await kit.services.restoreSessions();
    const { profiles, activeProfileId } = await kit.invoke('profiles:list', null);
    const sandbox = profiles.filter((profile) => profile.name === 'Local sandbox');
    expect(sandbox).toHaveLength(1);
    expect(activeProfileId).toBe(sandbox[0]?.id);
  });
});
