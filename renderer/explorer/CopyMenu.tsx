import { Suspense, lazy, useState } from 'react';
import type { ExplorerRoute } from '../../common/explorer-routes';
import type { MenuAction } from '../ui/Menu';
import { ActionMenu } from '../ui/Menu';
import type { MixRequest } from './route-requests';
import { useCopyActions } from './useCopyActions';

const ConfirmDialog = lazy(() => import('../ui/ConfirmDialog'));

interface CopyMenuProps {
  request?: MixRequest;
  route: ExplorerRoute;
}

/** The toolbar's one "Copy" menu: the request in view as a command, or the view itself as a link. */
export function CopyMenu({ request, route }: CopyMenuProps) {
  const { copyCommand, copyLink } = useCopyActions();
  const [confirmToken, setConfirmToken] = useState(false);
  const actions: MenuAction[] = [
    ...(request
      ? [
          { id: 'curl', label: 'Copy as curl', onAction: () => void copyCommand(request, 'curl') },
          { id: 'curl-with-token', label: 'Copy as curl with token…', onAction: () => setConfirmToken(true) },
          {
            id: 'mix-cli',
            label: 'Copy as mix CLI command',
            onAction: () => void copyCommand(request, 'mix-cli'),
          },
        ]
      : []),
    {
      id: 'link',
      label: 'Copy link',
      onAction: () => void copyLink(route),
      separated: request !== undefined,
    },
  ];
  return (
    <>
      <ActionMenu label="Copy" actions={actions} />
      {confirmToken && request && (
        <Suspense fallback={null}>
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
        </Suspense>
      )}
    </>
  );
}
