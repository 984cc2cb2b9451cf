import type { MixAppConfig, MixDeploymentFlow } from '../../common/mix-models';
import type { MixConfigsBody } from './bodies';
import { ConfigCard, type ConfigCallbacks } from './ConfigCard';
import { records, textOf } from '../../common/tolerant-reader';
import { Empty, Panel } from './ui';

export interface BotConfigsViewProps extends ConfigCallbacks {
  /** `botConfigs.list` body, or a bot fetched with `view=BV_FULL` (both carry `configs`). */
  body: MixConfigsBody | undefined;
  flows?: readonly MixDeploymentFlow[];
  /** Offered for configs with `hasInterface`: the framework shows `botInterfaces.get`. */
  onOpenInterface?: (configId: string) => void;
}

/** Panel (h2): a bot's configurations (h3 per tag), whether each has an interface, builds and deployments. */
export function BotConfigsView({ body, flows, onOpenInterface, ...callbacks }: BotConfigsViewProps) {
  const configs = records<MixAppConfig>(body?.configs);
  return (
    <Panel title="Bot configurations" className="view-configs">
      {configs.length === 0 ? (
        <Empty>No configurations.</Empty>
      ) : (
        <ul className="view-cards">
          {configs.map((config, i) => (
            <ConfigCard
              key={textOf(config.id) ?? i}
              config={config}
              flows={flows}
              showInterface
              onOpenInterface={onOpenInterface}
              {...callbacks}
            />
          ))}
        </ul>
      )}
    </Panel>
  );
}
