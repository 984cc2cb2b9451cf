import type { ReactNode } from 'react';
import { humanize } from '../../format';
import { scalarFields } from './view-format';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** A definition list of facts about a resource; facts without a value are left out. */
export function Facts({ facts, label }: { facts: readonly Fact[]; label?: string }) {
  const shown = facts.filter((fact) => fact.value !== undefined && fact.value !== null && fact.value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="facts" aria-label={label}>
      {shown.map((fact) => (
        <div className="fact" key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every scalar field of an answer as a fact: the generic detail view. */
export function ScalarFacts({ value, label }: { value: unknown; label?: string }) {
  return (
    <Facts
      label={label}
      facts={scalarFields(value).map(([key, text]) => ({ label: humanize(key), value: text }))}
    />
  );
}
