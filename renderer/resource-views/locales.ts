import type { MixProject } from '../../common/mix-models';
import { field, records, textOf } from '../../common/tolerant-reader';

/** A project's locales: the display names of its data packs (`en-US`, `fr-CA`), in order, once each. */
export function projectLocales(project: Pick<MixProject, 'datapacks'> | undefined): string[] {
  const names = records(project?.datapacks)
    .map((pack) => textOf(field(pack, 'displayName')))
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}
