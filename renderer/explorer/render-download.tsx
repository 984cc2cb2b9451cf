import type { RenderDownload } from '../resource-views';
import { DownloadButton } from './DownloadButton';

/** The download slot of the presentational views: the framework's button, named "Download <what>". */
export const renderDownload: RenderDownload = (target) => (
  <DownloadButton
    key={`${target.endpoint}:${JSON.stringify(target.params)}`}
    label={`Download ${target.label}`}
    endpoint={target.endpoint}
    params={target.params}
    projectName={target.projectName}
  />
);
