import { useState, type ReactNode } from 'react';
import { entityKind, type MixEntityWrapper, type MixIntent } from '../../common/mix-models';
import type { MixProjectDetails } from './bodies';
import type { DownloadTarget, RenderDownload } from './download';
import { chosenLocales, LocalePicker } from './LocalePicker';
import { projectLocales } from './locales';
import { objectOf, records, textOf } from '../../common/tolerant-reader';
import { Empty, Panel } from './ui';
import './ProjectExports.css';

export interface ProjectExportsProps {
  /** The project (`projects.get` body's `project`): its id, name and data packs (the locales offered). */
  project: MixProjectDetails | undefined;
  /** `intents.list` items: one samples export each. */
  intents?: readonly MixIntent[];
  /** `entities.list` items: literals for list entities, grammars for rule-based ones. */
  entities?: readonly MixEntityWrapper[];
  renderDownload: RenderDownload;
}

interface Artefact {
  key: string;
  title: string;
  description: string;
  target: DownloadTarget;
}

function artefacts(
  projectId: string,
  projectName: string | undefined,
  locales: string[],
  intents: readonly MixIntent[],
  entities: readonly MixEntityWrapper[],
): { project: Artefact[]; intents: Artefact[]; entities: Artefact[] } {
  const target = (endpoint: DownloadTarget['endpoint'], params: DownloadTarget['params'], label: string) => ({
    endpoint,
    params,
    label,
    projectName,
  });
  const localeText = locales.join(', ');
  const project: Artefact[] = [
    {
      key: 'package',
      title: 'Project package',
      description: 'The whole project as a .zip (some files are for Nuance Professional Services only).',
      target: target('projects.export', { projectId }, 'Project package'),
    },
    {
      key: 'metadata',
      title: 'Project metadata',
      description: 'The project metadata as a .json file.',
      target: target('projects.exportMetadata', { projectId }, 'Project metadata'),
    },
  ];
  if (locales.length > 0) {
    project.push({
      key: 'ontology',
      title: `Ontology (${localeText})`,
      description: 'Intents, entities and their links as a .zip.',
      target: target('ontology.export', { projectId, locales }, `Ontology ${localeText}`),
    });
  }
  const intentArtefacts =
    locales.length === 0
      ? []
      : intents.flatMap((intent): Artefact[] => {
          const intentName = textOf(intent.name);
          if (!intentName) return [];
          return [
            {
              key: `samples-${intentName}`,
              title: `Samples of ${intentName}`,
              description: `Training samples (${localeText}).`,
              target: target(
                'samples.export',
                { projectId, intentName, locales },
                `Samples of ${intentName} ${localeText}`,
              ),
            },
          ];
        });
  const entityArtefacts = entities.flatMap((wrapper): Artefact[] => {
    const read = entityKind(wrapper);
    const entityName = textOf(read?.entity.name);
    if (!read || !entityName) return [];
    if (read.kind === 'list' && locales.length > 0) {
      return [
        {
          key: `literals-${entityName}`,
          title: `Literals of ${entityName}`,
          description: `Literal and value pairs (${localeText}).`,
          target: target(
            'literals.export',
            { projectId, entityName, locales },
            `Literals of ${entityName} ${localeText}`,
          ),
        },
      ];
    }
    if (read.kind === 'ruleBased') {
      return [
        {
          key: `grammars-${entityName}`,
          title: `Grammars of ${entityName}`,
          description: 'GrXML grammars as a .zip (Nuance Professional Services users only).',
          target: target('grammars.export', { projectId, entityName }, `Grammars of ${entityName}`),
        },
      ];
    }
    return [];
  });
  return { project, intents: intentArtefacts, entities: entityArtefacts };
}

function ArtefactList({
  items,
  label,
  renderDownload,
}: {
  items: Artefact[];
  label: string;
  renderDownload: RenderDownload;
}) {
  return (
    <ul className="view-artefacts" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="view-artefact">
          <div className="view-artefact-text">
            <strong>{item.title}</strong>
            <span className="muted">{item.description}</span>
          </div>
          <div className="view-artefact-action">{renderDownload(item.target)}</div>
        </li>
      ))}
    </ul>
  );
}

/** Panel (h2): everything of a project that can be downloaded, for the chosen locale. */
export function ProjectExports({
  project,
  intents = [],
  entities = [],
  renderDownload,
}: ProjectExportsProps) {
  const details = objectOf<MixProjectDetails>(project);
  const allLocales = projectLocales(details);
  const [locale, setLocale] = useState(allLocales[0] ?? '');
  const projectId = textOf(details?.id);
  if (!projectId) {
    return (
      <Panel title="Downloads" className="view-exports">
        <Empty>No project to export.</Empty>
      </Panel>
    );
  }
  const locales = chosenLocales(locale, allLocales);
  const lists = artefacts(
    projectId,
    textOf(details?.displayName),
    locales,
    records(intents),
    records(entities),
  );
  const section = (title: string, items: Artefact[], empty: ReactNode) => (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ArtefactList items={items} label={title} renderDownload={renderDownload} />
      )}
    </>
  );
  return (
    <Panel
      title="Downloads"
      className="view-exports"
      aside={
        allLocales.length > 0 && (
          <LocalePicker locales={allLocales} value={locale} onChange={setLocale} allowAll />
        )
      }
    >
      {section('Project', lists.project, 'Nothing to export.')}
      {section(
        'Intent samples',
        lists.intents,
        allLocales.length === 0 ? 'The project has no locale.' : 'No intents.',
      )}
      {section('Entity literals and grammars', lists.entities, 'No list or rule-based entities.')}
    </Panel>
  );
}
