import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../../common/ipc-contract';
import type { EmulatorStarter, RunningEmulator } from '../../../../main/demo/demo-mode';
import { startBuiltInEmulator } from '../../../../main/demo/start-emulator';
import { startServices, type ServicesKit } from '../app/services-kit';
import { confOpener } from '../storage/fakes';
import { listening } from '../../../support/ports';

// The in-app Demo through the real main services: the built-in emulator starts only when asked, on
// 127.0.0.1 and a port the system picks, its profile signs in without a browser, and signing out (or
// quitting) stops it and removes the profile.

/** The built-in emulator, counting starts and keeping what it started. */
function countingStarter() {
  const started: RunningEmulator[] = [];
  const start: EmulatorStarter = async () => {
    const running = await startBuiltInEmulator();
    started.push(running);
    return running;
  };
  return { start, started };
}

const lastSession = (kit: ServicesKit) =>
  kit.events
    .filter((event) => event.event === 'session:changed')
    .map((event) => event.payload as SessionState)
    .at(-1);

describe('the in-app Demo', () => {
  it('starts the emulator only when asked, on loopback and an ephemeral port, and signs its profile in', async () => {
    const emulator = countingStarter();
    const kit = await startServices({ startEmulator: emulator.start });
    await kit.services.restoreSessions();
    expect(emulator.started).toHaveLength(0);

    const state = await kit.invoke('demo:start', null);
    expect(emulator.started).toHaveLength(1);
    const url = new URL(emulator.started[0]?.url ?? '');
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).not.toBe(4780);
    const demo = state.profiles.find((profile) => profile.demo);
    expect(demo).toMatchObject({ kind: 'service-account', authServerUrl: url.origin, demo: true });
    expect(state.activeProfileId).toBe(demo?.id);
    expect(lastSession(kit)).toMatchObject({ profileId: demo?.id, status: 'signed-in' });
    expect(kit.surface.opened).toHaveLength(0);
    const orgs = await kit.invoke('mix:get', {
      profileId: demo?.id ?? '',
      endpoint: 'organizations.list',
      params: {},
    });
    expect(JSON.stringify(orgs.data)).toContain('Sandbox');

    // A second start while it runs reuses the same emulator and profile.
    const again = await kit.invoke('demo:start', null);
    expect(emulator.started).toHaveLength(1);
    expect(again.profiles.filter((profile) => profile.demo)).toHaveLength(1);
  });

  it('signing the Demo out stops the emulator and removes its profile', async () => {
    const emulator = countingStarter();
    const kit = await startServices({ startEmulator: emulator.start });
    const state = await kit.invoke('demo:start', null);
    const demoId = state.activeProfileId ?? '';
    const url = emulator.started[0]?.url ?? '';
    expect(await listening(url)).toBe(true);

    await kit.invoke('session:sign-out', { profileId: demoId });
    let left = await kit.invoke('profiles:list', null);
    for (let tries = 0; tries < 200 && left.profiles.length > 0; tries += 1) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      left = await kit.invoke('profiles:list', null);
    }
    expect(left.profiles).toEqual([]);
    for (let tries = 0; tries < 200 && (await listening(url)); tries += 1) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expect(await listening(url)).toBe(false);
  });

  it('quitting stops the emulator; the next start removes the Demo profile it left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mix-demo-'));
    try {
      const emulator = countingStarter();
      const first = await startServices({ settings: confOpener(dir), startEmulator: emulator.start });
      await first.invoke('demo:start', null);
      const url = emulator.started[0]?.url ?? '';
      first.services.dispose();
      for (let tries = 0; tries < 200 && (await listening(url)); tries += 1) {
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      expect(await listening(url)).toBe(false);

      const next = await startServices({ settings: confOpener(dir), startEmulator: emulator.start });
      expect((await next.invoke('profiles:list', null)).profiles.map((profile) => profile.demo)).toEqual([
        true,
      ]);
      await next.services.restoreSessions();
      expect((await next.invoke('profiles:list', null)).profiles).toEqual([]);
      expect(emulator.started).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
