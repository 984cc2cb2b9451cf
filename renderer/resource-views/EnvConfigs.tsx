import type { MixEnvConfigs } from '../../common/mix-models';
import { field, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Empty, Panel } from './ui';

export interface EnvConfigsProps {
  /** `envConfigs.list` body: `{ projectDefaults, environments[{ environmentGeographies[{ environmentGeographyDefaults }] }] }`. */
  body: MixEnvConfigs | undefined;
}

interface Setting {
  label?: unknown;
  value?: unknown;
}

interface Row {
  environment: string;
  geography: string;
  /** Absent for a geography that only uses the project defaults. */
  setting?: Setting;
}

/** Panel (h2): a project's environment configurations (e.g. GRAMMAR_BASE_PATH): defaults, then per environment and geography. */
export function EnvConfigs({ body }: EnvConfigsProps) {
  const defaults = records<Setting>(body?.projectDefaults);
  const rows: Row[] = records(body?.environments).flatMap((environment) =>
    records(field(environment, 'environmentGeographies')).flatMap((geo) => {
      const settings = records<Setting>(field(geo, 'environmentGeographyDefaults'));
      const where = {
        environment: show(field(environment, 'name') ?? field(environment, 'id')),
        geography: show(field(geo, 'name') ?? field(geo, 'id')),
      };
      return settings.length === 0 ? [where] : settings.map((setting): Row => ({ ...where, setting }));
    }),
  );
  return (
    <Panel title="Environment configurations" className="view-env-configs">
      <h3>Project defaults</h3>
      {defaults.length === 0 ? (
        <Empty>No project defaults.</Empty>
      ) : (
        <table className="view-table" aria-label="Project defaults">
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {defaults.map((setting, i) => (
              <tr key={textOf(setting.label) ?? i}>
                <th scope="row">{show(setting.label)}</th>
                <td className="view-value">{show(setting.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Per environment and geography</h3>
      {rows.length === 0 ? (
        <Empty>No environment-specific values.</Empty>
      ) : (
        <table className="view-table" aria-label="Environment values">
          <thead>
            <tr>
              <th scope="col">Environment</th>
              <th scope="col">Geography</th>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">{row.environment}</th>
                <td>{row.geography}</td>
                <td>
                  {row.setting ? show(row.setting.label) : <span className="muted">Project defaults</span>}
                </td>
                <td className="view-value">{row.setting ? show(row.setting.value) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
