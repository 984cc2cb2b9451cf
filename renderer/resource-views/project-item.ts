import type { RenderDownload } from './download';

/**
 * What the page of one item of a project (an intent, an entity) needs besides Mix's answer: its project,
 * for the exports of one locale at a time and the links to other entities.
 */
export interface ProjectItemPageProps<Body> {
  body: Body | undefined;
  /** Needed, with `locales`, for the item's downloads (samples, literals, grammars). */
  projectId?: string;
  /** The project's locales (its data packs); Mix exports one locale at a time. */
  locales?: readonly string[];
  projectName?: string;
  onOpenEntity?: (entityName: string) => void;
  /** The download slot the explorer fills (samples.export, literals.export, grammars.export). */
  renderDownload?: RenderDownload;
}
