import type { MixEndpointKey, MixParams } from '../../common/mix-endpoints';
import { outcomeText, progressText, useDownload } from './useDownload';
import './DownloadButton.css';

interface DownloadButtonProps {
  label: string;
  endpoint: MixEndpointKey;
  params: MixParams;
  /** Used by main in the proposed file name. */
  projectName?: string;
  disabled?: boolean;
}

/** A page's download: the button, then its progress with Cancel, then where the file went. */
export function DownloadButton({ label, endpoint, params, projectName, disabled }: DownloadButtonProps) {
  const what = label.replace(/^Download\s+/, '');
  const { state, start, cancel } = useDownload({ what, endpoint, params, projectName });

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
        <span className="muted download-bytes">{progressText(state)}</span>
        <button type="button" className="button" onClick={cancel} disabled={state.cancelling}>
          Cancel
        </button>
      </div>
    );
  }

  const outcome = outcomeText(state);
  return (
    <div className="download">
      <button type="button" className="button" onClick={() => void start()} disabled={disabled}>
        {label}
      </button>
      {outcome && (
        <span
          className={`download-note${state.phase === 'failed' ? ' inline-error' : state.phase === 'cancelled' ? ' muted' : ''}`}
          role={state.phase === 'failed' ? 'alert' : 'status'}
        >
          {outcome}
        </span>
      )}
    </div>
  );
}
