/**
 * Side-by-side comparison, as data: two things' facts in one list of rows, each row saying whether the two
 * differ. Pure: builds and app configs give their facts, the table shows them.
 */
import type { MixAppConfig, MixBuild, MixDataHost } from '../../common/mix-models';
import { field, isRecord, records, textOf, texts } from '../../common/tolerant-reader';
import { formatDateTime, show } from '../format';
import type { MatrixColumn, MatrixRow } from './deployment-matrix';
import { statusLabel } from './status';
import { datapackText } from './ui';

export type Facts = ReadonlyArray<readonly [field: string, value: string]>;

export interface CompareRow {
  field: string;
  left: string;
  right: string;
  differs: boolean;
}

export const MISSING = '—';

/** Every field either side has, in the order the left (then the right) gives them. */
export function compareFacts(left: Facts, right: Facts): CompareRow[] {
  const fields: string[] = [];
  for (const [name] of [...left, ...right]) if (!fields.includes(name)) fields.push(name);
  const valueOf = (facts: Facts, name: string) => facts.find(([key]) => key === name)?.[1] ?? MISSING;
  return fields.map((name) => {
    const a = valueOf(left, name);
    const b = valueOf(right, name);
    return { field: name, left: a, right: b, differs: a !== b };
  });
}

function errorsText(errors: unknown): string {
  const messages = records(field(errors, 'errors')).flatMap((error) => {
    const message = textOf(field(error, 'message'));
    return message ? [message] : [];
  });
  return messages.length > 0 ? messages.join('; ') : 'None';
}

/** What two builds of a project are compared by: metadata, errors, notes, data pack, model type. */
export function buildFacts(build: MixBuild | undefined): Facts {
  const b = isRecord(build) ? (build as MixBuild) : ({} as Partial<MixBuild>);
  return [
    ['Type', show(b.buildType)],
    ['Version', show(b.buildVersion)],
    ['Status', textOf(b.status) ? statusLabel(textOf(b.status) ?? '') : MISSING],
    ['Created', formatDateTime(b.createTime)],
    ['Language topic', show(b.languageTopic)],
    ['Data pack', datapackText(b.datapack)],
    ['Model type', show(b.modelType)],
    ['Notes', textOf(b.notes) || MISSING],
    ['Errors', errorsText(b.errors)],
    [
      'Dynamic entities',
      records(b.dynamicEntities)
        .map((entity) => textOf(field(entity, 'name')))
        .filter(Boolean)
        .join(', ') || 'None',
    ],
    ['Data sources', texts(b.dataSources).join(', ') || 'None'],
  ];
}

/**
 * What two app configs are compared by: tag, flow, project, each engine's build per locale (label and
 * version), data hosts (of their dialog builds), and the status in each environment of the matrix.
 */
export function configFacts(
  config: MixAppConfig | undefined,
  row: MatrixRow | undefined,
  columns: readonly MatrixColumn[],
  dataHosts: readonly MixDataHost[] | undefined,
): Facts {
  const facts: [string, string][] = [
    ['Tag', textOf(config?.tag) ?? MISSING],
    ['Deployment flow', row?.flowName ?? row?.flowId ?? MISSING],
    ['Project', row?.projectName ?? row?.projectId ?? MISSING],
    ['Overrides', row?.parentId ? `#${row.parentId}` : 'None'],
  ];
  for (const build of row?.builds ?? []) {
    const name = build.locale ? `${build.engine} build, ${build.locale}` : `${build.engine} build`;
    facts.push([name, `${build.buildLabel ?? MISSING}${build.version ? ` (version ${build.version})` : ''}`]);
  }
  for (const host of records<MixDataHost>(dataHosts)) {
    const alias = textOf(host.alias) ?? textOf(host.id) ?? 'host';
    const where = textOf(host.environmentGeographyId);
    const column = columns.find((item) => item.id === where);
    const place = column
      ? `${column.environment} ${column.geography}`
      : where
        ? `env-geography ${where}`
        : '';
    facts.push([`Data host ${alias}${place ? `, ${place}` : ''}`, show(host.value)]);
  }
  if (dataHosts === undefined) facts.push(['Data hosts', 'Not read (no dialog build)']);
  for (const column of columns) {
    const cell = row?.cells.get(column.id);
    facts.push([
      `${column.environment} ${column.geography}`,
      cell ? `${statusLabel(cell.status)}${cell.isOverridden ? ' (override)' : ''}` : 'Not deployed',
    ]);
  }
  return facts;
}
