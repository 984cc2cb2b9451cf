import type { MixBuild } from '../../common/mix-models';
import type { MixBuildsBody } from './bodies';
import { BuildsTable } from './builds-table';
import type { RenderDownload } from './download';
import { records } from '../../common/tolerant-reader';
import type { SortState } from '../ui/table/table-model';
import { Empty, Panel } from './ui';
import { BUILD_TYPES, type BuildType } from './build-types';
import './BuildsPanel.css';

export { BUILD_TYPES, type BuildType } from './build-types';

const TYPE_NAMES: Record<BuildType, string> = { ASR: 'ASR', NLU: 'NLU', DIALOG: 'Dialog' };

export interface BuildsPanelProps {
  /** The engine `body` lists (`builds.list` needs `type`). */
  type: BuildType;
  /** `builds.list` body for that type. */
  body: MixBuildsBody | undefined;
  /** Shows the ASR / NLU / Dialog switcher; the framework fetches the new type. */
  onTypeChange?: (type: BuildType) => void;
  onOpenBuild?: (buildLabel: string) => void;
  /** Offered for completed builds: `builds.export` with `{ buildLabel }`. */
  renderDownload?: RenderDownload;
  projectName?: string;
  /** Set when Mix sorts the list (server paging): the order shown and where header clicks go. */
  sort?: SortState | null;
  onSort?: (columnId: string) => void;
}

/** Panel (h2): a project's builds of one engine, with a switcher between engines. */
export function BuildsPanel({
  type,
  body,
  onTypeChange,
  onOpenBuild,
  renderDownload,
  projectName,
  sort,
  onSort,
}: BuildsPanelProps) {
  const builds = records<MixBuild>(body?.builds);
  const name = TYPE_NAMES[type] ?? type;
  return (
    <Panel
      title={`${name} builds`}
      className="view-builds"
      aside={
        onTypeChange && (
          <div className="view-segmented" role="group" aria-label="Engine">
            {BUILD_TYPES.map((option) => (
              <button
                key={option}
                type="button"
                className="view-segment"
                aria-pressed={option === type}
                onClick={() => onTypeChange(option)}
              >
                {TYPE_NAMES[option]}
              </button>
            ))}
          </div>
        )
      }
    >
      {builds.length === 0 ? (
        <Empty>No {name} builds.</Empty>
      ) : (
        <BuildsTable
          builds={builds}
          label={`${name} builds`}
          projectName={projectName}
          onOpenBuild={onOpenBuild}
          renderDownload={renderDownload}
          sort={sort}
          onSort={onSort}
        />
      )}
    </Panel>
  );
}
