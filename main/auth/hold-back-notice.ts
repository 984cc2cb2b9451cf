import type { Notice } from '../../common/ipc-contract';
import type { Clock } from '../ports/clock';
import { holdBackMessage, RATE_WINDOW_MS, type HoldBack } from './auth-rate-limiter';

/**
 * Turns hold-backs into app notices, at most one per host a minute: the user learns why a renewal or a
 * sign-in is slow without a notice per request (and main keeps no list of them).
 */
export function holdBackNotices(
  clock: Clock,
  perMinute: number,
  notify: (notice: Notice) => void,
): (event: HoldBack) => void {
  const lastShown = new Map<string, number>();
  return (event) => {
    const now = clock.now();
    const last = lastShown.get(event.host);
    if (last !== undefined && now - last < RATE_WINDOW_MS) return;
    lastShown.set(event.host, now);
    // A notice id the renderer has not seen, so one dismissed earlier does not hide this one.
    notify({
      id: `auth-rate-limit:${event.host}:${now}`,
      level: 'info',
      message: holdBackMessage(event, perMinute),
    });
  };
}
