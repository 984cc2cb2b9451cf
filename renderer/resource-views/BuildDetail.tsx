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
  OpenButton,
  Page,
  StatusBadge,
  datapackText,
} from './ui';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';

type DynamicEntity = { name?: unknown; structureType?: unknown };

const DYNAMIC_ENTITY_COLUMNS: Column<DynamicEntity>[] = [
  { id: 'name', header: 'Entity', value: (entity) => textOf(entity.name), width: 'minmax(160px, 2fr)' },
  {
    id: 'type',
    header: 'Structure type',
    value: (entity) => textOf(entity.structureType),
    width: 'minmax(140px, 1fr)',
  },
];

export interface BuildDetailProps {
  /** `builds.get` body: the flat build object. */
  body: MixBuild | undefined;
  onOpenProject?: (projectId: string) => void;
  /** `builds.export` with `{ buildLabel }`, for completed builds only. */
  renderDownload?: RenderDownload;
  projectName?: string;
}

/** The build's project by its name when known, opening the project by its id. */
function ProjectName({
  projectId,
  projectName,
  onOpen,
}: {
  projectId: string | undefined;
  projectName: string | undefined;
  onOpen?: (projectId: string) => void;
}) {
  if (!projectId) return <span className="muted">—</span>;
  const name = projectName ?? projectId;
  if (!onOpen) return <span className="view-name">{name}</span>;
  return (
    <OpenButton label={`Open project ${name}`} onOpen={() => onOpen(projectId)}>
      {name}
    </OpenButton>
  );
}

/** Page-level (h1): one build with its status, errors, data pack, dynamic entities and data sources. */
export function BuildDetail({ body, onOpenProject, renderDownload, projectName }: BuildDetailProps) {
  const build = isRecord(body) ? body : ({} as Partial<MixBuild>);
  const buildLabel = textOf(build.buildLabel);
  const dynamicEntities = records<DynamicEntity>(build.dynamicEntities);
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
          <ProjectName projectId={textOf(build.projectId)} projectName={projectName} onOpen={onOpenProject} />
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
        <DataTable
          label="Dynamic entities"
          columns={DYNAMIC_ENTITY_COLUMNS}
          rows={dynamicEntities}
          rowKey={(_entity, index) => String(index)}
        />
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
