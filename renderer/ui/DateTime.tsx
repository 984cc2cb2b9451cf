import { formatDateTime, formatRelative, toEpochMs } from '../format';
import { useClock } from '../hooks/clock';

/**
 * Every date on screen: absolute (`2024-06-12 11:20`), with how long ago in its tooltip and the exact
 * value kept for machines. Text that is not a date is shown as given; nothing is "—".
 */
export function DateTime({ value }: { value: unknown }) {
  const now = useClock();
  const time = toEpochMs(value);
  if (time === undefined) return <span className="muted">{formatDateTime(value)}</span>;
  const exact = typeof value === 'string' ? value : new Date(time).toISOString();
  return (
    <time dateTime={exact} title={`${formatRelative(time, now())} · ${exact}`}>
      {formatDateTime(time)}
    </time>
  );
}
