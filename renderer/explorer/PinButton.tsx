import { resourcePath } from '../../common/explorer-routes';
import { useExplorer } from './explorer-context';
import { useWorkspaceItems } from './workspace-items';

/**
 * "Pin" in a view's toolbar: a toggle (aria-pressed) that keeps the view on Home's Pinned list. Its name
 * stays the same pressed or not; the star and the pressed state say which.
 */
export function PinButton({ path, label }: { path: string; label: string }) {
  const { profileId, notify } = useExplorer();
  const { items, pin } = useWorkspaceItems(profileId);
  const resource = resourcePath(path);
  const pinned = items.pinned.some((item) => resourcePath(item.path) === resource);
  return (
    <button
      type="button"
      className="button pin-button"
      aria-pressed={pinned}
      title={pinned ? 'Pinned on Home: press to unpin' : 'Keep this view on Home'}
      onClick={() => {
        void pin(path, label, !pinned).then((problem) => {
          if (problem) notify(problem.message);
          else notify(pinned ? `${label} is no longer pinned on Home.` : `${label} is pinned on Home.`);
        });
      }}
    >
      <span aria-hidden="true">{pinned ? '★' : '☆'}</span> Pin
    </button>
  );
}
