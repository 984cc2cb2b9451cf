import type { ReactNode } from 'react';
import { overriddenConfigId, type MixAppConfig, type MixDeploymentFlow } from '../../common/mix-models';
import { DeploymentsTable } from './DeploymentsTable';
import { flowOf } from './env-geography';
import { modelRows, ModelBuildsTable } from './model-builds';
import { field, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Badge, DateTime, Empty, Fact, Facts, NamedId } from './ui';

export interface ConfigCallbacks {
  onOpenConfig?: (configId: string) => void;
  onOpenBuild?: (buildLabel: string) => void;
  onOpenProject?: (projectId: string) => void;
}

export interface ConfigBodyProps extends ConfigCallbacks {
  config: MixAppConfig;
  flows?: readonly MixDeploymentFlow[];
  /** Bot configs say whether they have an interface. */
  showInterface?: boolean;
  onOpenInterface?: (configId: string) => void;
  /** Heading level of the Builds / Deployments sub-sections. */
  level: 2 | 3 | 4;
}

export function configName(config: MixAppConfig): string {
  return textOf(config.tag) ?? textOf(config.id) ?? 'Configuration';
}

/** Tag and id: overrides share their parent's tag, so tables are named with both. */
export function configLabel(config: MixAppConfig): string {
  const tag = textOf(config.tag);
  const id = textOf(config.id);
  if (tag && id) return `${tag} #${id}`;
  return tag ?? (id ? `#${id}` : 'the configuration');
}

/** A config's facts, builds and deployments: shared by the lists (cards) and the detail page. */
export function ConfigBody({
  config,
  flows,
  showInterface,
  onOpenInterface,
  onOpenBuild,
  onOpenProject,
  level,
}: ConfigBodyProps) {
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 2] ?? 'h4';
  const id = textOf(config.id);
  const name = configLabel(config);
  const projectId = textOf(field(config.projectDetails, 'projectId'));
  const projectName = textOf(field(config.projectDetails, 'projectName'));
  const parentId = overriddenConfigId(config);
  const flowId = textOf(config.deploymentFlowId);
  const flowName = textOf(flowOf(flows, flowId)?.displayName);
  return (
    <>
      <Facts>
        <Fact label="Config ID">{show(config.id)}</Fact>
        <Fact label="Overrides">{parentId ? `#${parentId}` : 'None'}</Fact>
        <Fact label="Deployment flow">
          {flowName ? (
            `${flowName} (${flowId})`
          ) : flows && flows.length > 0 ? (
            <NamedId name={undefined} id={flowId} what="deployment flow" />
          ) : (
            show(flowId)
          )}
        </Fact>
        <Fact label="Project">
          {projectId && onOpenProject ? (
            <button
              type="button"
              className="link-button"
              aria-label={`Open project ${projectName ?? projectId}`}
              onClick={() => onOpenProject(projectId)}
            >
              {projectName ?? projectId}
            </button>
          ) : (
            show(projectName ?? projectId)
          )}
        </Fact>
        {typeof field(config.projectDetails, 'isChildDataCompliant') === 'boolean' && (
          <Fact label="Child data compliant">
            {show(field(config.projectDetails, 'isChildDataCompliant'))}
          </Fact>
        )}
        <Fact label="Created">
          <DateTime value={config.createTime} />
        </Fact>
        {showInterface && (
          <Fact label="Interface">
            {config.hasInterface === true ? (
              id && onOpenInterface ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Open interface of ${name}`}
                  onClick={() => onOpenInterface(id)}
                >
                  Yes, open
                </button>
              ) : (
                'Yes'
              )
            ) : (
              'No'
            )}
          </Fact>
        )}
      </Facts>
      <Heading>Builds</Heading>
      {modelRows(config.builds).length === 0 ? (
        <Empty>No builds.</Empty>
      ) : (
        <ModelBuildsTable models={config.builds} label={`Builds of ${name}`} onOpenBuild={onOpenBuild} />
      )}
      <Heading>Deployments</Heading>
      <DeploymentsTable config={config} flows={flows} label={`Deployments of ${name}`} />
    </>
  );
}

/** A config as a card in a list: h3 title (tag), override badge, Open button. */
export function ConfigCard(props: Omit<ConfigBodyProps, 'level'> & { extra?: ReactNode }) {
  const { config, onOpenConfig } = props;
  const id = textOf(config.id);
  const name = configName(config);
  const parentId = overriddenConfigId(config);
  return (
    <li className="card view-card">
      <div className="view-panel-header">
        <h3>
          {name} {id && <span className="muted">#{id}</span>}
        </h3>
        <div className="view-card-actions">
          {parentId && <Badge tone="info">Override of #{parentId}</Badge>}
          {id && onOpenConfig && (
            <button
              type="button"
              className="button"
              aria-label={`Open configuration ${name} #${id}`}
              onClick={() => onOpenConfig(id)}
            >
              Open
            </button>
          )}
        </div>
      </div>
      <ConfigBody {...props} level={4} />
      {props.extra}
    </li>
  );
}
