import type { ProfilesState, SessionState } from '../../common/ipc-contract';
import type { EventSink } from '../ipc/ipc-router';

export interface ActiveSystemTracker {
  /** The sink to hand to the router: it forwards every event unchanged. */
  readonly sink: EventSink;
  /** The display label of the active profile's Mix system (`US`, `Local sandbox`), when known. */
  activeSystem(): string | undefined;
}

/**
 * Learns which Mix system is in use from the events main already sends the renderer, so diagnostics
 * can name it without another path into the services: `profiles:changed` says which profile is
 * active, `session:changed` carries each profile's system label.
 */
export function trackActiveSystem(sink: EventSink): ActiveSystemTracker {
  const systems = new Map<string, string>();
  let activeProfileId: string | null | undefined;
  let latest: string | undefined;

  const tap: EventSink = (event, payload) => {
    if (event === 'profiles:changed') {
      // A generic sink's payload does not narrow with its event name: the contract says what it is.
      activeProfileId = (payload as ProfilesState).activeProfileId;
    } else if (event === 'session:changed') {
      const session = payload as SessionState;
      systems.set(session.profileId, session.system);
      latest = session.system;
    }
    sink(event, payload);
  };

  return {
    sink: tap,
    activeSystem: () => {
      if (activeProfileId === null) return undefined;
      if (activeProfileId !== undefined) return systems.get(activeProfileId);
      // Before any profile change, the session most recently reported is the one on screen.
      return latest;
    },
  };
}
