import type { MixLock } from '../../common/mix-models';
import { field, isRecord, textOf } from '../../common/tolerant-reader';
import { DateTime } from '../ui/DateTime';
import './LockBadge.css';

/** Who holds a project's lock: "Locked by Alice (alice@…)" with the notes, in words, not only an icon. */
export function lockOwnerText(lock: MixLock | undefined): string {
  const owner = isRecord(lock) ? lock.lockOwner : undefined;
  const name = textOf(field(owner, 'name'));
  const email = textOf(field(owner, 'email'));
  if (name && email && name !== email) return `${name} (${email})`;
  return name ?? email ?? textOf(field(owner, 'id')) ?? 'someone';
}

export interface LockBadgeProps {
  lock: MixLock;
}

export function LockBadge({ lock }: LockBadgeProps) {
  const notes = textOf(lock.notes);
  const since = textOf(lock.createTime);
  return (
    <div className="view-lock" role="note" aria-label="Project lock">
      <span className="view-badge view-badge-warn">Locked by {lockOwnerText(lock)}</span>
      {since && (
        <span className="muted">
          {' '}
          since <DateTime value={since} />
        </span>
      )}
      {notes && <p className="view-lock-notes">{notes}</p>}
    </div>
  );
}
