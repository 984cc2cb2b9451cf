import type { SessionState, SessionStatus } from '../common/ipc-contract';

/** Main renews about a minute before expiry (design notes §1.5); the countdown shows that moment. */
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
  const renewAt = session.expiresAt - RENEW_LEAD_MS;
  if (session.renewal !== 'failed' && now < renewAt) return { kind: 'renews', remainingMs: renewAt - now };
  return { kind: 'expires', remainingMs: Math.max(0, session.expiresAt - now) };
}

export type Health = 'ok' | 'busy' | 'warning' | 'off';

/** The colour of the status-bar dot. */
export function sessionHealth(session: SessionState | null, signingIn: boolean): Health {
  if (signingIn || session?.status === 'signing-in' || session?.renewal === 'renewing') return 'busy';
  if (!session || session.status === 'signed-out') return 'off';
  if (session.status === 'expired' || session.renewal === 'failed') return 'warning';
  return 'ok';
}
