import { parseRoutePath } from '../../../common/explorer-routes';
import type { WorkspaceItem } from '../../../common/ipc-contract';
import { useExplorer } from '../../explorer/explorer-context';
import { routeKindText } from '../../explorer/labels';
import { useWorkspaceItems } from '../../explorer/workspace-items';
import { formatRelative } from '../../format';
import { useClock } from '../../hooks/clock';
import { useMemo } from 'react';

interface ViewListProps {
  id: string;
  title: string;
  items: readonly WorkspaceItem[];
  empty: string;
  now: number;
  /** Pinned views can be unpinned from Home. */
  onUnpin?: (item: WorkspaceItem) => void;
}

function ViewList({ id, title, items, empty, now, onUnpin }: ViewListProps) {
  const { state } = useExplorer();
  return (
    <section className="workspace-section" aria-labelledby={id}>
      <h2 id={id} className="workspace-title">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="workspace-attention">
          {items.map((item) => {
            const route = parseRoutePath(item.path);
            if (!route) return null;
            return (
              <li key={item.path} className="workspace-view">
                <button type="button" className="workspace-item" onClick={() => state.navigate(route)}>
                  <span className="workspace-item-title">{item.label}</span>
                  <span className="workspace-item-detail muted">
                    {routeKindText(route)} · {formatRelative(item.at, now) ?? ''}
                  </span>
                </button>
                {onUnpin && (
                  <button
                    type="button"
                    className="button button-quiet workspace-unpin"
                    aria-label={`Unpin ${item.label}`}
                    onClick={() => onUnpin(item)}
                  >
                    Unpin
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Home's pinned views (in pin order) and recently opened ones (newest first), kept per profile by main. */
export function WorkspaceViews() {
  const { profileId, notify } = useExplorer();
  const { items, pin } = useWorkspaceItems(profileId);
  const clock = useClock();
  // Read when the lists change: "just now" for the view the user came from, never a time to come.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const now = useMemo(() => clock(), [clock, items]);
  return (
    <>
      <ViewList
        id="workspace-pinned"
        title="Pinned"
        items={items.pinned}
        empty="Pin a view with ☆ Pin in its toolbar to keep it here."
        now={now}
        onUnpin={(item) =>
          void pin(item.path, item.label, false).then((problem) => {
            if (problem) notify(problem.message);
          })
        }
      />
      <ViewList
        id="workspace-recent"
        title="Recently opened"
        items={items.recent}
        empty="The views you open appear here."
        now={now}
      />
    </>
  );
}
