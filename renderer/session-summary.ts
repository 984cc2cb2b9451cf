import type { SessionState, SessionStatus } from '../common/ipc-contract';
import { formatCountdown } from './format';

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

/** The session in one line, as the status bar and the account menu say it: "Signed in · renews in 12:45". */
export function sessionLine(session: SessionState | null, signingIn: boolean, now: number): string {
  if (signingIn) return statusLabel('signing-in');
  if (!session) return 'Loading session…';
  const label = statusLabel(session.status);
  if (session.renewal === 'renewing') return `${label} · renewing…`;
  const retrying = retryingText(session, now);
  if (retrying) return `${label} · ${retrying}`;
  const countdown = expiryCountdown(session, now);
  if (!countdown) return label;
  const verb = countdown.kind === 'renews' ? 'renews in' : 'expires in';
  return `${label} · ${verb} ${formatCountdown(countdown.remainingMs)}`;
}

/** How the session renews, or why it does not: "Automatic (refresh token)", "Renewal failed". */
export function renewalText(session: SessionState, now: number, serviceAccount: boolean): string {
  if (session.renewal === 'renewing') return 'Renewing…';
  const retrying = retryingText(session, now);
  if (retrying) {
    const why = session.lastError?.detail;
    return `${retrying[0]?.toUpperCase()}${retrying.slice(1)}${why ? ` (${why})` : ''}`;
  }
  if (session.renewal === 'failed') return 'Renewal failed';
  if (serviceAccount) return 'Automatic (client credentials)';
  return session.canRefresh ? 'Automatic (refresh token)' : 'Automatic (silent sign-in)';
}
