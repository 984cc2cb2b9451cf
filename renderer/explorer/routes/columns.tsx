/** Columns of the generic list views, per Mix.api list. */
import type { MixApplication, MixGeography, MixLock, MixProject } from '../../../common/mix-models';
import { lockOwnerText } from '../../resource-views';
import { Badge } from '../../resource-views/ui';
import { DATE_WIDTH, type Column } from '../../ui/table/table-model';
import { records, textOf } from '../../../common/tolerant-reader';
import { DateTime } from '../../ui/DateTime';
import { joinNames } from './view-format';

export const PROJECT_COLUMNS: Column<MixProject>[] = [
  {
    id: 'name',
    header: 'Name',
    value: (row) => row.displayName,
    width: 'minmax(160px, 2fr)',
    serverSort: 'displayName',
  },
  { id: 'id', header: 'ID', value: (row) => row.id, width: '90px', serverSort: 'id' },
  { id: 'topic', header: 'Language topic', value: (row) => row.languageTopic, width: '150px' },
  {
    id: 'channels',
    header: 'Channels',
    value: (row) =>
      joinNames(
        records<{ channel?: { displayName?: string } }>(row.channels).map(
          (item) => item.channel?.displayName,
        ),
      ),
    width: 'minmax(120px, 2fr)',
  },
  {
    id: 'locales',
    header: 'Locales',
    value: (row) =>
      joinNames(records<{ displayName?: string }>(row.datapacks).map((pack) => pack.displayName)),
    width: 'minmax(100px, 1fr)',
  },
  {
    id: 'updated',
    header: 'Updated',
    value: (row) => row.updateTime,
    render: (row) => <DateTime value={row.updateTime} />,
    width: DATE_WIDTH,
    serverSort: 'updateTime',
  },
];

/** The projects list with a Lock column after the id: who holds each project's lock (its note in the tooltip). */
export function projectColumnsWithLocks(locks: readonly MixLock[]): Column<MixProject>[] {
  const byProject = new Map<string, MixLock>();
  for (const lock of locks) {
    const projectId = textOf(lock.projectId);
    if (projectId) byProject.set(projectId, lock);
  }
  const lockOf = (row: MixProject) => byProject.get(textOf(row.id) ?? '');
  const column: Column<MixProject> = {
    id: 'lock',
    header: 'Lock',
    value: (row) => {
      const lock = lockOf(row);
      return lock ? `Locked by ${lockOwnerText(lock)}` : undefined;
    },
    render: (row) => {
      const lock = lockOf(row);
      if (!lock) return null;
      // The owner's name keeps the badge short; who exactly and why are in its tooltip.
      const name = textOf(lock.lockOwner?.name) ?? lockOwnerText(lock);
      const notes = textOf(lock.notes);
      return (
        <Badge tone="warn" title={`${lockOwnerText(lock)}${notes ? `: ${notes}` : ''}`}>
          Locked by {name}
        </Badge>
      );
    },
    width: 'minmax(150px, 1.2fr)',
  };
  return [...PROJECT_COLUMNS.slice(0, 2), column, ...PROJECT_COLUMNS.slice(2)];
}

export const APPLICATION_COLUMNS: Column<MixApplication>[] = [
  { id: 'name', header: 'Name', value: (row) => row.applicationName, width: 'minmax(160px, 2fr)' },
  { id: 'id', header: 'ID', value: (row) => row.id, width: '90px' },
  {
    id: 'configs',
    header: 'Configurations',
    value: (row) => records(row.configs).length,
    width: '130px',
    align: 'end',
  },
  { id: 'org', header: 'Organization', value: (row) => row.organizationName, width: 'minmax(120px, 1fr)' },
  {
    id: 'created',
    header: 'Created',
    value: (row) => row.createTime,
    render: (row) => <DateTime value={row.createTime} />,
    width: DATE_WIDTH,
  },
];

export const BOT_COLUMNS: Column<MixApplication>[] = APPLICATION_COLUMNS.filter(
  (column) => column.id !== 'org',
);

export const GEOGRAPHY_COLUMNS: Column<MixGeography>[] = [
  {
    id: 'name',
    header: 'Name',
    value: (row) => row.displayName,
    width: 'minmax(160px, 2fr)',
    serverSort: 'displayName',
  },
  { id: 'id', header: 'ID', value: (row) => row.id, width: '90px', serverSort: 'id' },
];
