import type { SessionState, SessionStatus } from '../common/ipc-contract';

/**
 * Main says when it renews (`renewsAt`: a minute before expiry, or half-way through a short token's life);
 * for a state that does not say, a minute before expiry.
 */
export const RENEW_LEAD_MS = 60_000;

const STATUS_LABELS: Record<SessionStatus, string> = {
  'signed-out': 'Signed out',
  'signing-in': 'Signing in…',
  'signed-in': 'Signed in',
  expired: 'Session expired',
};

export function statusLabel(status: SessionStatus): string {
  return STATUS_LABELS[status];
}

export interface ExpiryCountdown {
  /** `renews` while an automatic renewal is still ahead; `expires` once it failed or its moment passed. */
  kind: 'renews' | 'expires';
  remainingMs: number;
}

export function expiryCountdown(session: SessionState, now: number): ExpiryCountdown | null {
  if (session.status !== 'signed-in' || session.expiresAt === undefined) return null;
  const renewAt = session.renewsAt ?? session.expiresAt - RENEW_LEAD_MS;
  const ahead = session.renewal === 'idle' || session.renewal === 'renewing';
  if (ahead && now < renewAt) return { kind: 'renews', remainingMs: renewAt - now };
  return { kind: 'expires', remainingMs: Math.max(0, session.expiresAt - now) };
}

export type Health = 'ok' | 'busy' | 'warning' | 'off';

/** Renewal failed for a passing reason and main tries again: "renewing…, retrying in 20 s". */
export function retryingText(session: SessionState, now: number): string | null {
  if (session.renewal !== 'retrying') return null;
  const left = session.renewalRetryAt === undefined ? 0 : Math.max(0, session.renewalRetryAt - now);
  return left >= 1_000 ? `renewing…, retrying in ${Math.ceil(left / 1000)} s` : 'renewing…, retrying';
}

/** The colour of the status-bar dot. */
export function sessionHealth(session: SessionState | null, signingIn: boolean): Health {
  if (signingIn || session?.status === 'signing-in' || session?.renewal === 'renewing') return 'busy';
  if (!session || session.status === 'signed-out') return 'off';
  if (session.status === 'expired' || session.renewal !== 'idle') return 'warning';
  return 'ok';
}
