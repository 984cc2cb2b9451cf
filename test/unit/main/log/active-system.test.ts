import { describe, expect, it } from 'vitest';
import type { EventChannel, SessionState } from '../../../../common/ipc-contract';
import { trackActiveSystem } from '../../../../main/log/active-system';
import type { EventSink } from '../../../../main/ipc/ipc-router';

function session(profileId: string, system: string): SessionState {
  return { profileId, system, status: 'signed-in', renewal: 'idle' };
}

function setUp() {
  const forwarded: EventChannel[] = [];
  const sink: EventSink = (event) => forwarded.push(event);
  return { tracker: trackActiveSystem(sink), forwarded };
}

describe('trackActiveSystem', () => {
  it('forwards every event unchanged', () => {
    const { tracker, forwarded } = setUp();
    tracker.sink('app:deep-link', { system: 'us', path: '/' });
    tracker.sink('session:changed', session('p1', 'US'));
    expect(forwarded).toEqual(['app:deep-link', 'session:changed']);
  });

  it('knows nothing before any session is reported', () => {
    expect(setUp().tracker.activeSystem()).toBeUndefined();
  });

  it('names the active profile’s system once profiles and sessions are known', () => {
    const { tracker } = setUp();
    tracker.sink('session:changed', session('p1', 'US'));
    tracker.sink('session:changed', session('p2', 'Local sandbox'));
    expect(tracker.activeSystem()).toBe('Local sandbox');
    tracker.sink('profiles:changed', { profiles: [], activeProfileId: 'p1' });
    expect(tracker.activeSystem()).toBe('US');
    tracker.sink('profiles:changed', { profiles: [], activeProfileId: null });
    expect(tracker.activeSystem()).toBeUndefined();
  });
});
