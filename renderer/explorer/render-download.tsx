import type { RenderDownload } from '../resource-views';
import { Fragment } from 'react';
import { DownloadButton } from './DownloadButton';
import { ExportPreview, isInlineExport } from './ExportPreview';
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
  const button = (
    <DownloadButton
      key={key}
      label={`Download ${target.label}`}
      endpoint={target.endpoint}
      params={target.params}
      projectName={target.projectName}
    />
  );
  // Samples and literals can also be read right here; the download stays beside them.
  if (!isInlineExport(target.endpoint)) return button;
  return (
    <Fragment key={target.endpoint}>
      {button}
      <ExportPreview endpoint={target.endpoint} params={target.params} label={target.label} />
    </Fragment>
  );
};
