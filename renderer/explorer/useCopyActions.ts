import { useCallback } from 'react';
import type { ExplorerRoute } from '../../common/explorer-routes';
import { deepLink } from '../../common/explorer-routes';
import type { MixCopyCommandRequest } from '../../common/ipc-contract';
import { call } from '../bridge';
import { copyText } from './clipboard';
import { useExplorer } from './explorer-context';
import type { MixRequest } from './route-requests';

export type CommandFormat = MixCopyCommandRequest['format'];

/** What a toast says once main copied a command. */
export const COPIED_COMMAND: Record<CommandFormat, string> = {
  curl: 'Copied curl command (reads the token from $MIX_TOKEN)',
  'curl-with-token': 'Copied curl command with your access token — treat it as a password',
  'mix-cli': 'Copied mix CLI command',
};

/** "Copy as curl / mix CLI" (main writes the clipboard: the token never reaches the renderer) and "Copy link". */
export function useCopyActions() {
  const { profileId, systemKey, notify } = useExplorer();

  const copyCommand = useCallback(
    async (request: MixRequest, format: CommandFormat) => {
      const result = await call('mix:copy-command', {
        profileId,
        endpoint: request.endpoint,
        params: { ...request.params },
        format,
      });
      notify(result.ok ? COPIED_COMMAND[format] : result.problem.message);
    },
    [profileId, notify],
  );

  const copyLink = useCallback(
    async (route: ExplorerRoute) => {
      if (!systemKey) {
        notify('This profile’s API URL cannot be put in a link.');
        return;
      }
      const link = deepLink(systemKey, route);
      notify((await copyText(link)) ? `Copied link ${link}` : 'The link could not be copied.');
    },
    [systemKey, notify],
  );

  return { copyCommand, copyLink };
}
