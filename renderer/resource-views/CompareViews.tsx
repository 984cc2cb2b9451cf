import { useState } from 'react';
import type { MixAppConfig, MixBuild, MixDataHost } from '../../common/mix-models';
import { records, textOf } from '../../common/tolerant-reader';
import { buildFacts, compareFacts, configFacts } from './compare';
import { ComparePicker, CompareTable, type CompareChoice } from './CompareTable';
import type { DeploymentMatrix } from './deployment-matrix';
import { Empty, Panel } from './ui';

/** The two chosen ids: the user's picks, else the first two there are. */
function usePair(ids: readonly string[]): [string, string, (id: string) => void, (id: string) => void] {
  const [left, setLeft] = useState<string>();
  const [right, setRight] = useState<string>();
  const pick = (chosen: string | undefined, fallback: string | undefined) =>
    chosen !== undefined && ids.includes(chosen) ? chosen : (fallback ?? '');
  return [pick(left, ids[0]), pick(right, ids[1] ?? ids[0]), setLeft, setRight];
}

export interface CompareBuildsProps {
  builds: readonly MixBuild[];
}

/** Panel (h2): two builds of a project side by side: metadata, errors, notes, data pack, model type. */
export function CompareBuilds({ builds }: CompareBuildsProps) {
  const list = records<MixBuild>(builds).filter((build) => textOf(build.buildLabel));
  const choices: CompareChoice[] = list.map((build) => ({
    id: textOf(build.buildLabel) ?? '',
    label: textOf(build.buildLabel) ?? '',
  }));
  const [left, right, setLeft, setRight] = usePair(choices.map((choice) => choice.id));
  const byLabel = (label: string) => list.find((build) => textOf(build.buildLabel) === label);
  return (
    <Panel title="Compare two builds" className="view-compare">
      {list.length < 2 ? (
        <Empty>Two builds of this type are needed to compare.</Empty>
      ) : (
        <>
          <div className="compare-pickers">
            <ComparePicker label="First build" choices={choices} value={left} onChange={setLeft} />
            <ComparePicker label="Second build" choices={choices} value={right} onChange={setRight} />
          </div>
          <CompareTable
            label="Build comparison"
            leftName={left}
            rightName={right}
            rows={compareFacts(buildFacts(byLabel(left)), buildFacts(byLabel(right)))}
          />
        </>
      )}
    </Panel>
  );
}

export interface CompareConfigsProps {
  configs: readonly MixAppConfig[];
  /** The matrix of these configs: names their flow and project, and each environment's status. */
  matrix: DeploymentMatrix;
  /** Data hosts of a config's dialog build; undefined when it has none or they are not read yet. */
  dataHostsOf: (configId: string) => readonly MixDataHost[] | undefined;
  /** Opens the two chosen configs in the comparison of their own, where either side may be any application's. */
  onOpenComparison?: (leftConfigId: string, rightConfigId: string) => void;
}

/**
 * Panel (h2): two configs of an application side by side (or one config's builds against another's in other
 * environments): builds per engine and locale, versions, data hosts, the status in each environment.
 */
export function CompareConfigs({ configs, matrix, dataHostsOf, onOpenComparison }: CompareConfigsProps) {
  const list = records<MixAppConfig>(configs).filter((config) => textOf(config.id));
  const choices: CompareChoice[] = list.map((config) => ({
    id: textOf(config.id) ?? '',
    label: `${textOf(config.tag) ?? 'Configuration'} #${textOf(config.id) ?? ''}`,
  }));
  const [left, right, setLeft, setRight] = usePair(choices.map((choice) => choice.id));
  const facts = (id: string) =>
    configFacts(
      list.find((config) => textOf(config.id) === id),
      matrix.rows.find((row) => row.configId === id),
      matrix.columns,
      dataHostsOf(id),
    );
  const name = (id: string) => choices.find((choice) => choice.id === id)?.label ?? id;
  return (
    <Panel
      title="Compare two configurations"
      className="view-compare"
      aside={
        onOpenComparison && list.length > 0 ? (
          <button type="button" className="button" onClick={() => onOpenComparison(left, right)}>
            Compare with other applications
          </button>
        ) : undefined
      }
    >
      {list.length < 2 ? (
        <Empty>This application has one configuration: there is nothing to compare it with.</Empty>
      ) : (
        <>
          <div className="compare-pickers">
            <ComparePicker label="First configuration" choices={choices} value={left} onChange={setLeft} />
            <ComparePicker label="Second configuration" choices={choices} value={right} onChange={setRight} />
          </div>
          <CompareTable
            label="Configuration comparison"
            leftName={name(left)}
            rightName={name(right)}
            rows={compareFacts(facts(left), facts(right))}
          />
        </>
      )}
    </Panel>
  );
}
