import { TreeNote } from './TreeItem';

/** A tree level that failed to load: the problem and a Retry button named after what was loading. */
export function TreeLoadProblem({
  level,
  message,
  what,
  onRetry,
}: {
  level: number;
  message: string;
  /** "projects": the Retry button's name ends with it. */
  what: string;
  onRetry: () => void;
}) {
  return (
    <TreeNote level={level}>
      <span className="inline-error">{message}</span>{' '}
      <button type="button" className="link-button" aria-label={`Retry loading ${what}`} onClick={onRetry}>
        Retry
      </button>
    </TreeNote>
  );
}
