import { Button } from 'react-aria-components';
import type { CrawlProgress } from './crawl';
import type { SearchIndex } from './useSearchIndex';

/** What the walk is for where its progress shows: the palette's search, or checking for failures. */
export type WalkPurpose = 'search' | 'failures';

function failedReads(progress: CrawlProgress): string {
  return progress.failed > 0 ? ` (${progress.failed} reads failed)` : '';
}

function describeSearch(progress: CrawlProgress): string {
  const projects = `${progress.projectsDone} of ${progress.projectsTotal} projects`;
  switch (progress.state) {
    case 'running':
      return `Searching ${projects}…`;
    case 'done':
      return `Searched ${progress.projectsTotal} projects${failedReads(progress)}.`;
    case 'cancelled':
      return `Search stopped at ${projects}.`;
    case 'budget-spent':
      return `Searched ${projects}: the read budget is spent; Mix is asked directly for project names.`;
  }
}

/** The same walk, told as a check for failed builds and jobs: how far it got, and what it left out. */
export function describeFailureCheck(progress: CrawlProgress): string {
  const { projectsDone, projectsTotal } = progress;
  const projects = `${projectsDone} of ${projectsTotal} projects`;
  const left = projectsTotal - projectsDone;
  const state = progress.state !== 'running' && left === 0 ? 'done' : progress.state;
  switch (state) {
    case 'running':
      return `Checked ${projects} for failed builds and jobs…`;
    case 'done':
      return `Checked all ${projectsTotal} projects for failed builds and jobs${failedReads(progress)}.`;
    case 'cancelled':
      return `Checking stopped at ${projects}: failures in the other ${left} are not shown.`;
    case 'budget-spent':
      return `The read budget stopped the check after ${projects}: failures in the other ${left} are not shown.`;
  }
}

/** The background walk's progress (under the palette's field, on Home, in Recent failures), with Stop and Search again. */
export function SearchProgress({
  search,
  purpose = 'search',
}: {
  search: SearchIndex;
  purpose?: WalkPurpose;
}) {
  const { progress } = search;
  if (!progress) return null;
  return (
    <div className="palette-progress">
      <span role="status">
        {purpose === 'failures' ? describeFailureCheck(progress) : describeSearch(progress)}
      </span>
      {progress.state === 'running' ? (
        <Button className="button button-quiet button-small" onPress={search.cancel}>
          Stop
        </Button>
      ) : progress.state === 'cancelled' ? (
        <Button className="button button-quiet button-small" onPress={search.start}>
          {purpose === 'failures' ? 'Check again' : 'Search again'}
        </Button>
      ) : null}
    </div>
  );
}
