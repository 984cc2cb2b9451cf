import { PAGE_SIZE, pageSummary } from './usePagedList';
import './PageControls.css';

interface PageControlsProps {
  offset: number;
  count: number;
  total: number | undefined;
  busy: boolean;
  onOffset: (offset: number) => void;
}

/** Previous / next page of a server-paged list, with where the page sits in the whole. */
export function PageControls({ offset, count, total, busy, onOffset }: PageControlsProps) {
  const hasNext = total !== undefined ? offset + count < total : count >= PAGE_SIZE;
  return (
    <div className="page-controls" role="group" aria-label="Pages">
      <span className="page-summary" aria-live="polite">
        {pageSummary(offset, count, total)}
      </span>
      <button
        type="button"
        className="button"
        disabled={offset === 0 || busy}
        onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))}
      >
        Previous page
      </button>
      <button
        type="button"
        className="button"
        disabled={!hasNext || busy}
        onClick={() => onOffset(offset + PAGE_SIZE)}
      >
        Next page
      </button>
    </div>
  );
}
