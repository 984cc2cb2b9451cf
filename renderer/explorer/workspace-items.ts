import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Problem, WorkspaceItems } from '../../common/ipc-contract';
import { call } from '../bridge';

const NONE: WorkspaceItems = { recent: [], pinned: [] };

/** Not a Mix answer: its key does not start with the profile id, so the search index never reads it. */
const workspaceKey = (profileId: string) => ['workspace-items', profileId] as const;

export interface WorkspaceItemsApi {
  items: WorkspaceItems;
  /** The view is on screen: first in Home's recent list. Failures are not the user's business. */
  visit(path: string, label: string): void;
  /** Resolves to the problem when main refused (e.g. too many pins), for a plain message. */
  pin(path: string, label: string, pinned: boolean): Promise<Problem | undefined>;
}

/**
 * Records that a view is on screen, first in Home's recent list, without reading the lists: every view
 * calls it, and a view that read them would render again each time any view is shown.
 */
export function useRecordVisit(profileId: string): (path: string, label: string) => void {
  const client = useQueryClient();
  return useCallback(
    (path: string, label: string) => {
      void call('workspace:visit', { profileId, path, label }).then((result) => {
        if (result.ok) client.setQueryData(workspaceKey(profileId), result.value);
      });
    },
    [client, profileId],
  );
}

/** Home's recently opened and pinned views of the profile, kept by main in the settings file. */
export function useWorkspaceItems(profileId: string): WorkspaceItemsApi {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: workspaceKey(profileId),
    queryFn: async () => {
      const result = await call('workspace:items', { profileId });
      if (!result.ok) throw result.problem;
      return result.value;
    },
    staleTime: Infinity,
  });
  const visit = useRecordVisit(profileId);
  const pin = useCallback(
    async (path: string, label: string, pinned: boolean) => {
      const result = await call('workspace:pin', { profileId, path, label, pinned });
      if (!result.ok) return result.problem;
      client.setQueryData(workspaceKey(profileId), result.value);
      return undefined;
    },
    [client, profileId],
  );
  const items = query.data ?? NONE;
  return useMemo(() => ({ items, visit, pin }), [items, visit, pin]);
}
