import type { ReactNode } from 'react';
import type { MixEntityBody, MixEntityKind } from '../../common/mix-models';
import { field, isRecord, texts, textOf } from '../../common/tolerant-reader';
import { formatNumber, humanize, show } from '../format';
import { Chips, NameCell } from './ui';

const KIND_NAMES: Record<MixEntityKind, string> = {
  list: 'List',
  freeform: 'Freeform',
  base: 'Base',
  regex: 'Regex',
  relational: 'Relational',
  ruleBased: 'Rule-based',
};

export function entityKindName(kind: string): string {
  return (
    (KIND_NAMES as Record<string, string | undefined>)[kind] ??
    humanize(kind.replace(/([a-z])([A-Z])/g, '$1_$2'))
  );
}

export interface EntityFact {
  label: string;
  value: ReactNode;
}

function flag(value: unknown): string {
  return typeof value === 'boolean' ? (value ? 'Yes' : 'No') : '—';
}

/**
 * The facts that matter for each kind (literals for lists, the pattern for regexes, isA/hasA...), then what
 * every kind may carry: the data source and the settings (lists, freeform and regex entities send them, base
 * entities do not: mix-api.md §5, §10).
 */
export function entityFacts(
  kind: string,
  entity: MixEntityBody,
  onOpenEntity?: (name: string) => void,
): EntityFact[] {
  const settings = entity.settings;
  const facts: EntityFact[] = [{ label: 'Data type', value: show(entity.dataType) }];
  switch (kind) {
    case 'list':
      facts.push(
        { label: 'Literals', value: formatNumber(entity.numLiterals) },
        { label: 'Dynamic', value: flag(entity.isDynamic) },
      );
      break;
    case 'regex':
      facts.push({ label: 'Pattern', value: textOf(entity.pattern) ? <code>{entity.pattern}</code> : '—' });
      break;
    case 'relational': {
      const isA = textOf(entity.isA);
      facts.push(
        { label: 'Is a', value: <NameCell name={isA} what="entity" onOpen={onOpenEntity} /> },
        {
          label: 'Has a',
          value: (
            <Chips
              label="Has a"
              items={texts(field(entity.hasA, 'entities')).map((name) => (
                <NameCell name={name} what="entity" onOpen={onOpenEntity} />
              ))}
            />
          ),
        },
      );
      break;
    }
    case 'ruleBased':
      facts.push({ label: 'Grammars', value: 'GrXML (export: Professional Services users only)' });
      break;
    default:
      break;
  }
  if (textOf(entity.dataSource)) facts.push({ label: 'Data source', value: show(entity.dataSource) });
  if (isRecord(settings)) {
    facts.push(
      { label: 'Sensitive', value: flag(settings.isSensitive) },
      { label: 'Canonicalize', value: flag(settings.canonicalize) },
    );
  }
  return facts;
}
