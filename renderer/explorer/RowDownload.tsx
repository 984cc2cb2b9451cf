import { useEffect } from 'react';
import type { MixEndpointKey, MixParams } from '../../common/mix-endpoints';
import { ActionMenu } from '../ui/Menu';
import { useExplorer } from './explorer-context';
import { outcomeText, progressText, useDownload } from './useDownload';
import './DownloadButton.css';

interface RowDownloadProps {
  /** The row's name, for the menu's accessible name: "Actions for NLU_1922_1". */
  rowName: string;
  /** What the file is: "Build NLU_1922_1". */
  what: string;
  endpoint: MixEndpointKey;
  params: MixParams;
  projectName?: string;
}

/**
 * A row's actions: one narrow menu button in the row's last cell, whatever the row offers. While its download
 * runs the cell shows the progress and a Cancel button; the outcome is told as a toast.
 */
export function RowDownload({ rowName, what, endpoint, params, projectName }: RowDownloadProps) {
  const { notify } = useExplorer();
  const { state, start, cancel } = useDownload({ what, endpoint, params, projectName });
  const outcome = state.phase === 'running' || state.phase === 'idle' ? undefined : outcomeText(state);

  useEffect(() => {
    if (outcome) notify(state.phase === 'done' ? `${what}: ${outcome.toLowerCase()}` : `${what}: ${outcome}`);
  }, [outcome, notify, what, state.phase]);

  if (state.phase === 'running') {
    const percent = state.total ? Math.round((state.bytes / state.total) * 100) : undefined;
    return (
      <button
        type="button"
        className="button-icon row-download-running"
        aria-label={`Cancel downloading ${what} (${progressText(state)})`}
        title={`Downloading ${what}: ${progressText(state)}. Click to cancel.`}
        onClick={cancel}
        disabled={state.cancelling}
      >
        <span className="spinner" aria-hidden="true" />
        {percent !== undefined && <span className="row-download-percent">{percent}%</span>}
      </button>
    );
  }
  return (
    <ActionMenu
      label={`Actions for ${rowName}`}
      trigger={<span aria-hidden="true">⋯</span>}
      buttonClassName="button-icon"
      actions={[
        {
          id: 'download',
          label: `Download ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
          onAction: () => void start(),
        },
      ]}
    />
  );
}
