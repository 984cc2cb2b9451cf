import type { MixLatestBuilds } from '../../common/mix-models';
import type { RenderDownload } from './download';
import { modelRows, ModelBuildsTable } from './model-builds';
import { objectOf } from '../../common/tolerant-reader';
import { Empty, Panel } from './ui';

export interface LatestBuildsProps {
  /** `builds.latest` body: `{ models: { asr, nlu, dialog } }`, `{ models: {} }` when there are none. */
  body: MixLatestBuilds | undefined;
  onOpenBuild?: (buildLabel: string) => void;
  /** `builds.export` with `{ buildLabel }`, once per build. */
  renderDownload?: RenderDownload;
  projectName?: string;
}

/** Panel (h2): the latest completed build of each engine, per locale. */
export function LatestBuilds({ body, onOpenBuild, renderDownload, projectName }: LatestBuildsProps) {
  const models = objectOf<NonNullable<MixLatestBuilds['models']>>(body?.models);
  return (
    <Panel title="Latest builds" className="view-latest-builds">
      {modelRows(models).length === 0 ? (
        <Empty>No builds yet.</Empty>
      ) : (
        <ModelBuildsTable
          models={models}
          label="Latest builds"
          projectName={projectName}
          onOpenBuild={onOpenBuild}
          renderDownload={renderDownload}
        />
      )}
    </Panel>
  );
}
