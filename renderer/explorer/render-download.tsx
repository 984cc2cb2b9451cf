import type { RenderDownload } from '../resource-views';
import { DownloadButton } from './DownloadButton';
import { RowDownload } from './RowDownload';

/**
 * The download slot of the presentational views: on a page, the framework's button named "Download <what>";
 * in a table row, the row's actions menu offering it.
 */
export const renderDownload: RenderDownload = (target, placement = { in: 'page' }) => {
  const key = `${target.endpoint}:${JSON.stringify(target.params)}`;
  if (placement.in === 'row') {
    return (
      <RowDownload
        key={key}
        rowName={placement.rowName}
        what={target.label}
        endpoint={target.endpoint}
        params={target.params}
        projectName={target.projectName}
      />
    );
  }
  return (
    <DownloadButton
      key={key}
      label={`Download ${target.label}`}
      endpoint={target.endpoint}
      params={target.params}
      projectName={target.projectName}
    />
  );
};
