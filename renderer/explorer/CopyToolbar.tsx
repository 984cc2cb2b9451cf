import { useState } from 'react';
import type { ExplorerRoute } from '../../common/explorer-routes';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { MixRequest } from './route-requests';
import { useCopyActions } from './useCopyActions';

interface CopyToolbarProps {
  request?: MixRequest;
  route: ExplorerRoute;
}

/** Copy the request in view as a command, or the view itself as a link. */
export function CopyToolbar({ request, route }: CopyToolbarProps) {
  const { copyCommand, copyLink } = useCopyActions();
  const [confirmToken, setConfirmToken] = useState(false);
  return (
    <>
      {request && (
        <>
          <button type="button" className="button" onClick={() => void copyCommand(request, 'curl')}>
            Copy as curl
          </button>
          <button type="button" className="button" onClick={() => setConfirmToken(true)}>
            Copy as curl with token…
          </button>
          <button type="button" className="button" onClick={() => void copyCommand(request, 'mix-cli')}>
            Copy as mix CLI command
          </button>
        </>
      )}
      <button type="button" className="button" onClick={() => void copyLink(route)}>
        Copy link
      </button>
      {confirmToken && request && (
        <ConfirmDialog
          title="Copy a command with your access token?"
          confirmLabel="Copy with token"
          onCancel={() => setConfirmToken(false)}
          onConfirm={() => {
            setConfirmToken(false);
            void copyCommand(request, 'curl-with-token');
          }}
        >
          <p>
            Anyone who gets the copied command can act as you on Mix until the token expires. Paste it only
            into a terminal you trust. The plain “Copy as curl” reads the token from $MIX_TOKEN instead.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
