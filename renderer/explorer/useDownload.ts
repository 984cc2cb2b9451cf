import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../../common/ipc-contract';
import type { MixEndpointKey, MixParams } from '../../common/mix-endpoints';
import { bridge, call } from '../bridge';
import { formatBytes } from '../format';
import { useExplorer } from './explorer-context';
import { newId } from './ids';
import { notifyInBackground } from './notify';

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; downloadId: string; bytes: number; total?: number; cancelling: boolean }
  | { phase: 'done'; path?: string; bytes?: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; problem: Problem };

export interface DownloadRequest {
  /** What the file is, in words: `Build NLU_1922_1`. */
  what: string;
  endpoint: MixEndpointKey;
  params: MixParams;
  /** Used by main in the proposed file name. */
  projectName?: string;
}

export interface Download {
  state: DownloadState;
  start: () => Promise<void>;
  cancel: () => void;
}

/**
 * One file saved from Mix.api: main asks where, then streams it. Progress comes from `download:progress`;
 * cancel stops it and main removes the partial file. A finished download also says so on the desktop
 * when the window is in the background.
 */
export function useDownload({ what, endpoint, params, projectName }: DownloadRequest): Download {
  const { profileId } = useExplorer();
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const runningId = state.phase === 'running' ? state.downloadId : null;
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (runningId === null) return;
    return bridge.on('download:progress', (progress) => {
      if (progress.downloadId !== runningId) return;
      setState((current) =>
        current.phase === 'running' && current.downloadId === runningId
          ? { ...current, bytes: progress.bytes, total: progress.total ?? current.total }
          : current,
      );
    });
  }, [runningId]);

  async function start() {
    const downloadId = newId('download');
    setState({ phase: 'running', downloadId, bytes: 0, cancelling: false });
    const result = await call('mix:download', {
      profileId,
      endpoint,
      params: { ...params },
      downloadId,
      ...(projectName ? { projectName } : {}),
    });
    if (!live.current) return;
    if (result.ok) {
      if (result.value.saved) {
        notifyInBackground('Download finished', `${what} saved (${formatBytes(result.value.bytes ?? 0)}).`);
      }
      // The save dialog was closed: nothing happened, nothing to say.
      setState(
        result.value.saved
          ? { phase: 'done', path: result.value.path, bytes: result.value.bytes }
          : { phase: 'idle' },
      );
    } else if (result.problem.code === 'cancelled') {
      setState({ phase: 'cancelled' });
    } else {
      setState({ phase: 'failed', problem: result.problem });
    }
  }

  function cancel() {
    if (state.phase !== 'running') return;
    setState({ ...state, cancelling: true });
    void call('mix:cancel-download', { downloadId: state.downloadId });
  }

  return { state, start, cancel };
}

/** `1.2 KB of 3.4 KB`, or what arrived so far when the size is unknown. */
export function progressText(state: Extract<DownloadState, { phase: 'running' }>): string {
  return `${formatBytes(state.bytes)}${state.total !== undefined ? ` of ${formatBytes(state.total)}` : ''}`;
}

/** The line a finished, cancelled or failed download leaves. */
export function outcomeText(state: DownloadState): string | undefined {
  if (state.phase === 'done') {
    return `Saved${state.bytes !== undefined ? ` ${formatBytes(state.bytes)}` : ''}${state.path ? ` to ${state.path}` : ''}`;
  }
  if (state.phase === 'cancelled') return 'Download cancelled.';
  if (state.phase === 'failed') return state.problem.message;
  return undefined;
}
