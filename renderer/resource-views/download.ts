/**
 * The download slot: views say WHAT can be downloaded; the explorer framework renders the button that
 * asks main to stream it (progress, cancel, save dialog), so views stay free of bridge calls.
 */
import type { ReactNode } from 'react';
import type { MixParams } from '../../common/mix-params';

/** The catalogue entries whose `kind` is `download` (a test checks this list against the catalogue). */
export const DOWNLOAD_ENDPOINTS = [
  'projects.export',
  'projects.exportMetadata',
  'ontology.export',
  'samples.export',
  'literals.export',
  'grammars.export',
  'builds.export',
  'appConfigs.export',
] as const;

export type DownloadEndpoint = (typeof DOWNLOAD_ENDPOINTS)[number];

export interface DownloadTarget {
  endpoint: DownloadEndpoint;
  /** Path and query parameters, by the catalogue's names (`{ buildLabel }`, `{ projectId, locales }`). */
  params: MixParams;
  /** What the file is, in words; also the button's accessible name once prefixed with "Download". */
  label: string;
  /** For the proposed file name, as Mix names its exports. */
  projectName?: string;
}

/** Where the download is offered: on a page (a button), or in a table row (the row's actions menu). */
export type DownloadPlacement = { in: 'page' } | { in: 'row'; rowName: string };

export type RenderDownload = (target: DownloadTarget, placement?: DownloadPlacement) => ReactNode;

/** The download of one build's resources (`builds.export`), offered in its row of a builds table. */
export function buildDownload(
  renderDownload: RenderDownload,
  buildLabel: string,
  projectName: string | undefined,
): ReactNode {
  return renderDownload(
    { endpoint: 'builds.export', params: { buildLabel }, label: `Build ${buildLabel}`, projectName },
    { in: 'row', rowName: buildLabel },
  );
}
