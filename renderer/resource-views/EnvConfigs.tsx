import type { MixEnvConfigs } from '../../common/mix-models';
import { field, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
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

const DEFAULT_COLUMNS: Column<Setting>[] = [
  {
    id: 'setting',
    header: 'Setting',
    value: (setting) => textOf(setting.label),
    width: 'minmax(160px, 1fr)',
  },
  {
    id: 'value',
    header: 'Value',
    value: (setting) => textOf(setting.value),
    render: (setting) => <span className="view-value">{show(setting.value)}</span>,
    width: 'minmax(200px, 2fr)',
  },
];

const ROW_COLUMNS: Column<Row>[] = [
  { id: 'environment', header: 'Environment', value: (row) => row.environment, width: 'minmax(110px, 1fr)' },
  { id: 'geography', header: 'Geography', value: (row) => row.geography, width: 'minmax(110px, 1fr)' },
  {
    id: 'setting',
    header: 'Setting',
    value: (row) => textOf(row.setting?.label),
    render: (row) =>
      row.setting ? show(row.setting.label) : <span className="muted">Project defaults</span>,
    width: 'minmax(140px, 1fr)',
  },
  {
    id: 'value',
    header: 'Value',
    value: (row) => textOf(row.setting?.value),
    render: (row) => <span className="view-value">{row.setting ? show(row.setting.value) : '—'}</span>,
    width: 'minmax(180px, 2fr)',
  },
];

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
        <DataTable
          label="Project defaults"
          columns={DEFAULT_COLUMNS}
          rows={defaults}
          rowKey={(setting, i) => textOf(setting.label) ?? String(i)}
        />
      )}
      <h3>Per environment and geography</h3>
      {rows.length === 0 ? (
        <Empty>No environment-specific values.</Empty>
      ) : (
        <DataTable
          label="Environment values"
          columns={ROW_COLUMNS}
          rows={rows}
          rowKey={(_row, i) => String(i)}
        />
      )}
    </Panel>
  );
}
