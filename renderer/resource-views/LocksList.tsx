import type { MixLock } from '../../common/mix-models';
import type { MixLocksBody } from './bodies';
import { lockOwnerText } from './LockBadge';
import { records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
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
  return (
    <Panel title="Project locks" className="view-locks">
      {locks.length === 0 ? (
        <Empty>No project is locked.</Empty>
      ) : (
        <table className="view-table" aria-label="Project locks">
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Owner</th>
              <th scope="col">Notes</th>
              <th scope="col">Locked since</th>
            </tr>
          </thead>
          <tbody>
            {locks.map((lock, i) => {
              const projectId = textOf(lock.projectId);
              const name = projectId ? projectNames[projectId] : undefined;
              return (
                <tr key={textOf(lock.lockId) ?? i}>
                  <th scope="row">
                    {projectId && onOpenProject ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`Open project ${name ?? projectId}`}
                        onClick={() => onOpenProject(projectId)}
                      >
                        {name ?? projectId}
                      </button>
                    ) : (
                      <NameCell name={name ?? projectId} what="project" />
                    )}
                  </th>
                  <td>{lock.lockOwner ? lockOwnerText(lock) : '—'}</td>
                  <td>{show(lock.notes)}</td>
                  <td>
                    <DateTime value={lock.createTime} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
