import type { MixBuild } from '../../common/mix-models';
import { canDownloadBuild } from './builds-table';
import type { RenderDownload } from './download';
import { field, isRecord, records, texts, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import {
  Chips,
  DateTime,
  Empty,
  ErrorList,
  Fact,
  Facts,
  NameCell,
  Page,
  StatusBadge,
  datapackText,
} from './ui';

export interface BuildDetailProps {
  /** `builds.get` body: the flat build object. */
  body: MixBuild | undefined;
  onOpenProject?: (projectId: string) => void;
  /** `builds.export` with `{ buildLabel }`, for completed builds only. */
  renderDownload?: RenderDownload;
  projectName?: string;
}

/** Page-level (h1): one build with its status, errors, data pack, dynamic entities and data sources. */
export function BuildDetail({ body, onOpenProject, renderDownload, projectName }: BuildDetailProps) {
  const build = isRecord(body) ? body : ({} as Partial<MixBuild>);
  const buildLabel = textOf(build.buildLabel);
  const dynamicEntities = records<{ name?: unknown; structureType?: unknown }>(build.dynamicEntities);
  const errors = field(build.errors, 'errors');
  return (
    <Page
      title={buildLabel ?? 'Build'}
      className="view-build"
      aside={<StatusBadge status={build.status} spinner />}
    >
      <Facts>
        <Fact label="Type">{show(build.buildType)}</Fact>
        <Fact label="Version">{show(build.buildVersion)}</Fact>
        <Fact label="Build ID">{show(build.buildId)}</Fact>
        <Fact label="Project">
          <NameCell name={textOf(build.projectId)} what="project" onOpen={onOpenProject} />
        </Fact>
        <Fact label="Language topic">{show(build.languageTopic)}</Fact>
        <Fact label="Data pack">{datapackText(build.datapack)}</Fact>
        <Fact label="Model type">{show(build.modelType)}</Fact>
        <Fact label="Created">
          <DateTime value={build.createTime} />
        </Fact>
        <Fact label="Notes">{show(build.notes)}</Fact>
      </Facts>
      {Array.isArray(errors) && errors.length > 0 && (
        <section className="view-problem" aria-label="Build errors">
          <h2>Errors</h2>
          <ErrorList errors={build.errors} label="Build errors" />
        </section>
      )}
      <h2>Dynamic entities</h2>
      {dynamicEntities.length === 0 ? (
        <Empty>No dynamic entities.</Empty>
      ) : (
        <table className="view-table" aria-label="Dynamic entities">
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Structure type</th>
            </tr>
          </thead>
          <tbody>
            {dynamicEntities.map((entity, i) => (
              <tr key={i}>
                <th scope="row">{show(entity.name)}</th>
                <td>{show(entity.structureType)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Data sources</h2>
      <Chips label="Data sources" items={texts(build.dataSources)} />
      {renderDownload && buildLabel && canDownloadBuild(build as MixBuild) && (
        <div className="view-actions">
          {renderDownload({
            endpoint: 'builds.export',
            params: { buildLabel },
            label: `Build ${buildLabel}`,
            projectName,
          })}
        </div>
      )}
    </Page>
  );
}
