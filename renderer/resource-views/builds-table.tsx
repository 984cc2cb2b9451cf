import type { MixBuild } from '../../common/mix-models';
import { buildDownload, type RenderDownload } from './download';
import { textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DateTime, ErrorList, NameCell, StatusBadge, datapackText } from './ui';

export interface BuildsTableProps {
  builds: readonly MixBuild[];
  label: string;
  projectName?: string;
  onOpenBuild?: (buildLabel: string) => void;
  renderDownload?: RenderDownload;
}

/** Mix refuses to export a build that did not complete, so only completed builds offer the download. */
export function canDownloadBuild(build: MixBuild): boolean {
  return build.status === 'BST_COMPLETED';
}

/** One row per build: label, version, status (with a failed build's errors), locale, model, notes, created. */
export function BuildsTable({ builds, label, projectName, onOpenBuild, renderDownload }: BuildsTableProps) {
  return (
    <table className="view-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Label</th>
          <th scope="col">Version</th>
          <th scope="col">Status</th>
          <th scope="col">Data pack</th>
          <th scope="col">Model type</th>
          <th scope="col">Notes</th>
          <th scope="col">Created</th>
          {renderDownload && <th scope="col">Download</th>}
        </tr>
      </thead>
      <tbody>
        {builds.map((build, i) => {
          const buildLabel = textOf(build.buildLabel);
          return (
            <tr key={buildLabel ?? i}>
              <th scope="row">
                <NameCell name={buildLabel} what="build" onOpen={onOpenBuild} />
              </th>
              <td>{show(build.buildVersion)}</td>
              <td>
                <StatusBadge status={build.status} spinner />
                <ErrorList errors={build.errors} label={`Errors of ${buildLabel ?? 'the build'}`} />
              </td>
              <td>{datapackText(build.datapack)}</td>
              <td>{show(build.modelType)}</td>
              <td>{show(build.notes)}</td>
              <td>
                <DateTime value={build.createTime} />
              </td>
              {renderDownload && (
                <td>
                  {buildLabel && canDownloadBuild(build)
                    ? buildDownload(renderDownload, buildLabel, projectName)
                    : null}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
