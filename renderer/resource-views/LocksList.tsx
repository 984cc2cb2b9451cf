import type { MixLock } from '../../common/mix-models';
import type { MixLocksBody } from './bodies';
import { lockOwnerText } from './LockBadge';
import { records, textOf } from '../../common/tolerant-reader';
import { DataTable } from '../ui/table/DataTable';
import { DATE_WIDTH, type Column } from '../ui/table/table-model';
import { DateTime, Empty, NameCell, Panel } from './ui';

export interface LocksListProps {
  /** `locks.list` body: `{ locks }`. */
  body: MixLocksBody | undefined;
  onOpenProject?: (projectId: string) => void;
  /** Project names by id, when the framework knows them; ids are shown otherwise. */
  projectNames?: Readonly<Record<string, string>>;
}

/** Panel (h2): who holds which project's lock, why and since when. */
export function LocksList({ body, onOpenProject, projectNames = {} }: LocksListProps) {
  const locks = records<MixLock>(body?.locks);
  const projectName = (lock: MixLock) => {
    const projectId = textOf(lock.projectId);
    return projectId ? (projectNames[projectId] ?? projectId) : undefined;
  };
  const columns: Column<MixLock>[] = [
    {
      id: 'project',
      header: 'Project',
      value: projectName,
      render: (lock) => {
        const projectId = textOf(lock.projectId);
        const name = projectName(lock);
        return projectId && onOpenProject ? (
          <button
            type="button"
            className="link-button"
            aria-label={`Open project ${name ?? projectId}`}
            onClick={() => onOpenProject(projectId)}
          >
            {name ?? projectId}
          </button>
        ) : (
          <NameCell name={name} what="project" />
        );
      },
      width: 'minmax(140px, 1fr)',
    },
    {
      id: 'owner',
      header: 'Owner',
      value: (lock) => (lock.lockOwner ? lockOwnerText(lock) : undefined),
      width: 'minmax(160px, 1.5fr)',
    },
    { id: 'notes', header: 'Notes', value: (lock) => textOf(lock.notes), width: 'minmax(160px, 2fr)' },
    {
      id: 'since',
      header: 'Locked since',
      value: (lock) => textOf(lock.createTime),
      render: (lock) => <DateTime value={lock.createTime} />,
      width: DATE_WIDTH,
    },
  ];
  return (
    <Panel title="Project locks" className="view-locks">
      {locks.length === 0 ? (
        <Empty>No project is locked.</Empty>
      ) : (
        <DataTable
          label="Project locks"
          columns={columns}
          rows={locks}
          rowKey={(lock, i) => textOf(lock.lockId) ?? String(i)}
        />
      )}
    </Panel>
  );
}
