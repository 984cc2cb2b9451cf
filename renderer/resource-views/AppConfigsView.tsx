import type { MixAppConfig, MixDeploymentFlow } from '../../common/mix-models';
import type { MixConfigsBody } from './bodies';
import { ConfigCard, type ConfigCallbacks } from './ConfigCard';
import { records, textOf } from '../../common/tolerant-reader';
import { Empty, Panel } from './ui';

export interface AppConfigsViewProps extends ConfigCallbacks {
  /** `appConfigs.list` body, or an application fetched with `view=AV_FULL` (both carry `configs`). */
  body: MixConfigsBody | undefined;
  /** The organization's deployment flows, to name each deployment's environment and step. */
  flows?: readonly MixDeploymentFlow[];
}

/** Panel (h2): an application's configurations (h3 per tag), their builds and deployments per environment. */
export function AppConfigsView({ body, flows, ...callbacks }: AppConfigsViewProps) {
  const configs = records<MixAppConfig>(body?.configs);
  return (
    <Panel title="Configurations" className="view-configs">
      {configs.length === 0 ? (
        <Empty>No configurations.</Empty>
      ) : (
        <ul className="view-cards">
          {configs.map((config, i) => (
            <ConfigCard key={textOf(config.id) ?? i} config={config} flows={flows} {...callbacks} />
          ))}
        </ul>
      )}
    </Panel>
  );
}
