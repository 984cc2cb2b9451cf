import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../../common/ipc-contract';
import type { MixEndpointKey, MixParams } from '../../common/mix-endpoints';
import { bridge, call } from '../bridge';
import { formatBytes } from '../format';
import { useExplorer } from './explorer-context';
import { newId } from './ids';
import { notifyInBackground } from './notify';

type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; downloadId: string; bytes: number; total?: number; cancelling: boolean }
  | { phase: 'done'; path?: string; bytes?: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; problem: Problem };

interface DownloadButtonProps {
  label: string;
  endpoint: MixEndpointKey;
  params: MixParams;
  /** Used by main in the proposed file name. */
  projectName?: string;
  disabled?: boolean;
}

/**
 * Saves a Mix.api file: main asks where, then streams it. Progress comes from `download:progress`;
 * Cancel stops it and main removes the partial file.
 */
export function DownloadButton({ label, endpoint, params, projectName, disabled }: DownloadButtonProps) {
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
      if (result.value.saved)
        notifyInBackground(
          'Download finished',
          `${label.replace(/^Download\s+/, '')} saved (${formatBytes(result.value.bytes ?? 0)}).`,
        );
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

  if (state.phase === 'running') {
    const { bytes, total } = state;
    return (
      <div className="download" role="group" aria-label={label}>
        <span className="download-label">{label}</span>
        <progress
          className="download-progress"
          aria-label={`${label} progress`}
          max={total ?? undefined}
          value={total !== undefined ? bytes : undefined}
        />
        <span className="muted download-bytes">
          {formatBytes(bytes)}
          {total !== undefined ? ` of ${formatBytes(total)}` : ''}
        </span>
        <button type="button" className="button" onClick={cancel} disabled={state.cancelling}>
          Cancel
        </button>
      </div>
    );
  }

  return (
    <div className="download">
      <button type="button" className="button" onClick={() => void start()} disabled={disabled}>
        {label}
      </button>
      {state.phase === 'done' && (
        <span className="download-note" role="status">
          Saved{state.bytes !== undefined ? ` ${formatBytes(state.bytes)}` : ''}
          {state.path ? ` to ${state.path}` : ''}
        </span>
      )}
      {state.phase === 'cancelled' && (
        <span className="download-note muted" role="status">
          Download cancelled.
        </span>
      )}
      {state.phase === 'failed' && (
        <span className="download-note inline-error" role="alert">
          {state.problem.message}
        </span>
      )}
    </div>
  );
}
