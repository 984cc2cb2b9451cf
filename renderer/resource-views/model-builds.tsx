import type { MixBuildRef, MixConfigBuilds } from '../../common/mix-models';
import { buildDownload, type RenderDownload } from './download';
import { isRecord, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DateTime, NameCell } from './ui';

interface ModelRow {
  engine: string;
  ref: MixBuildRef;
}

/** Rows of a `{asr{builds[]}, nlu{builds[]}, dialog{...}}` object (latest builds, app config builds). */
export function modelRows(models: MixConfigBuilds | undefined): ModelRow[] {
  if (!isRecord(models)) return [];
  const rows: ModelRow[] = [];
  for (const [key, engine] of [
    ['asr', 'ASR'],
    ['nlu', 'NLU'],
  ] as const) {
    const group = models[key];
    for (const ref of records<MixBuildRef>(isRecord(group) ? group.builds : undefined))
      rows.push({ engine, ref });
  }
  const dialog = models.dialog;
  if (isRecord(dialog) && (textOf(dialog.buildLabel) || textOf(dialog.buildVersion))) {
    rows.push({ engine: 'Dialog', ref: dialog });
  }
  return rows;
}

export interface ModelBuildsTableProps {
  models: MixConfigBuilds | undefined;
  label: string;
  projectName?: string;
  onOpenBuild?: (buildLabel: string) => void;
  renderDownload?: RenderDownload;
}

/** Builds per engine and locale; a build covering several locales offers its download once. */
export function ModelBuildsTable({
  models,
  label,
  projectName,
  onOpenBuild,
  renderDownload,
}: ModelBuildsTableProps) {
  const rows = modelRows(models);
  const offered = new Set<string>();
  // Latest-build entries carry no createTime (mix-api.md §10): no column of dashes for them.
  const withTimes = rows.some(({ ref }) => textOf(ref.createTime) !== undefined);
  return (
    <table className="view-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Engine</th>
          <th scope="col">Locale</th>
          <th scope="col">Build</th>
          <th scope="col">Version</th>
          {withTimes && <th scope="col">Created</th>}
          {renderDownload && <th scope="col">Download</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ engine, ref }, i) => {
          const buildLabel = textOf(ref.buildLabel);
          const offer = buildLabel !== undefined && !offered.has(buildLabel);
          if (buildLabel) offered.add(buildLabel);
          return (
            <tr key={i}>
              <th scope="row">{engine}</th>
              <td>{show(ref.locale)}</td>
              <td>
                <NameCell name={buildLabel} what="build" onOpen={onOpenBuild} />
              </td>
              <td>{show(ref.buildVersion)}</td>
              {withTimes && (
                <td>
                  <DateTime value={ref.createTime} />
                </td>
              )}
              {renderDownload && (
                <td>{offer && buildLabel ? buildDownload(renderDownload, buildLabel, projectName) : null}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
