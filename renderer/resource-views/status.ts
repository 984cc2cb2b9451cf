/** How a Mix status reads: a tone for its colour and words for its text (badges never rely on colour alone). */
import { humanize } from '../format';

export type Tone = 'ok' | 'danger' | 'warn' | 'info' | 'neutral';

const PREFIXES = ['BST_', 'EST_'];

const TONES: Readonly<Record<string, Tone>> = {
  COMPLETED: 'ok',
  DEPLOYED: 'ok',
  SUCCEEDED: 'ok',
  SUCCESS: 'ok',
  FAILED: 'danger',
  ERROR: 'danger',
  CANCELLED: 'danger',
  RUNNING: 'warn',
  PENDING: 'warn',
  QUEUED: 'warn',
  STARTED: 'warn',
  IN_PROGRESS: 'warn',
  PENDING_REQUEST: 'warn',
  PARTIALLY_COMPLETED: 'warn',
  UNDEPLOYED: 'neutral',
  STATUS_UNSPECIFIED: 'neutral',
  UNSPECIFIED: 'neutral',
};

function bare(status: string): string {
  const prefix = PREFIXES.find((p) => status.startsWith(p));
  return prefix ? status.slice(prefix.length) : status;
}

export function statusTone(status: string): Tone {
  return TONES[bare(status)] ?? 'neutral';
}

export function statusLabel(status: string): string {
  if (bare(status) === 'STATUS_UNSPECIFIED') return 'Unspecified';
  return humanize(status, PREFIXES);
}

/** Running or waiting: a job or build that may still change. */
export function isInProgress(status: string): boolean {
  return ['RUNNING', 'PENDING', 'QUEUED', 'STARTED', 'IN_PROGRESS'].includes(bare(status));
}
