import { Button } from 'react-aria-components';
import type { CrawlProgress } from './crawl';
import type { SearchIndex } from './useSearchIndex';

function describe(progress: CrawlProgress): string {
  const projects = `${progress.projectsDone} of ${progress.projectsTotal} projects`;
  const failed = progress.failed > 0 ? ` (${progress.failed} reads failed)` : '';
  switch (progress.state) {
    case 'running':
      return `Searching ${projects}…`;
    case 'done':
      return `Searched ${progress.projectsTotal} projects${failed}.`;
    case 'cancelled':
      return `Search stopped at ${projects}.`;
    case 'budget-spent':
      return `Searched ${projects}: the read budget is spent; Mix is asked directly for project names.`;
  }
}

/** The background walk's progress under the palette's field, with Stop and Search again. */
export function SearchProgress({ search }: { search: SearchIndex }) {
  const { progress } = search;
  if (!progress) return null;
  return (
    <div className="palette-progress">
      <span role="status">{describe(progress)}</span>
      {progress.state === 'running' ? (
        <Button className="button button-quiet button-small" onPress={search.cancel}>
          Stop
        </Button>
      ) : progress.state === 'cancelled' ? (
        <Button className="button button-quiet button-small" onPress={search.start}>
          Search again
        </Button>
      ) : null}
    </div>
  );
}
