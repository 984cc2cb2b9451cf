import { cleanup, render, screen, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import type { DownloadTarget, RenderDownload } from '../../../../renderer/resource-views';

afterEach(() => {
  cleanup();
});

export function renderView(ui: ReactElement): RenderResult {
  return render(ui);
}

/**
 * A download slot like the framework's: one "Download <label>" button per target, carrying what it would
 * download, so tests read the targets of the current render from the page.
 */
export const renderDownload: RenderDownload = (target, placement) => (
  <button
    type="button"
    className="button"
    data-placement={placement?.in ?? 'page'}
    data-endpoint={target.endpoint}
    data-params={JSON.stringify(target.params)}
    data-project-name={target.projectName ?? ''}
  >
    Download {target.label}
  </button>
);

export function downloadTarget(button: HTMLElement): DownloadTarget {
  return {
    endpoint: button.dataset['endpoint'] as DownloadTarget['endpoint'],
    params: JSON.parse(button.dataset['params'] ?? '{}') as DownloadTarget['params'],
    label: (button.textContent ?? '').replace(/^Download /, ''),
    projectName: button.dataset['projectName'] || undefined,
  };
}

/** Every download the page offers now, in page order. */
export function offeredDownloads(): DownloadTarget[] {
  return screen.queryAllByRole('button', { name: /^Download / }).map(downloadTarget);
}
