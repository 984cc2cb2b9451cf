/** Small building blocks every view shares: badges with words, facts, chips, dates, errors, empty states. */
import { createContext, useContext, useId, type ReactNode } from 'react';
import { cssColourOf } from './colours';
import { isRecord, records, textOf } from '../../common/tolerant-reader';
import { humanize, show } from '../format';
import { isInProgress, statusLabel, statusTone, type Tone } from './status';
import type { Column } from '../ui/table/table-model';
import { UnknownId } from './UnknownId';
import './ui.css';

export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: Tone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className={`view-badge view-badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

/** A Mix status as a coloured badge with words; "—" when Mix sent none. */
export function StatusBadge({ status, spinner = false }: { status: unknown; spinner?: boolean }) {
  const code = textOf(status);
  if (code === undefined) return <span className="muted">—</span>;
  return (
    <Badge tone={statusTone(code)} title={code}>
      {spinner && isInProgress(code) && <span className="spinner view-spinner" aria-hidden="true" />}
      {statusLabel(code)}
    </Badge>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="facts view-facts">{children}</dl>;
}

export { DateTime } from '../ui/DateTime';

export function Chips({ items, label }: { items: readonly ReactNode[]; label?: string }) {
  if (items.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="view-chips" aria-label={label}>
      {items.map((item, i) => (
        <li key={i} className="view-chip">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** A table column of short words (scopes, styles, versions) shown as chips and sorted/filtered as text. */
export function chipsColumn<T>(
  id: string,
  header: string,
  items: (row: T) => readonly string[],
  width: string,
  label = header,
): Column<T> {
  return {
    id,
    header,
    value: (row) => items(row).join(' '),
    render: (row) => <Chips label={label} items={items(row)} />,
    width,
  };
}

/** Upper-case Mix codes (channel modes, entity types) as chips of words. */
export function CodeChips({ codes, label }: { codes: readonly string[]; label?: string }) {
  return (
    <Chips
      label={label}
      items={codes.map((code) => (
        <span title={code}>{humanize(code)}</span>
      ))}
    />
  );
}

export function Swatch({ colour }: { colour: unknown }) {
  const name = textOf(colour);
  return (
    <span className="view-swatch-wrap">
      <span className="view-swatch" style={{ background: cssColourOf(name) }} aria-hidden="true" />
      {name ? humanize(name) : '—'}
    </span>
  );
}

/** Mix's error list (`{errors: [{message, code}]}`) as a list of messages. */
export function ErrorList({ errors, label = 'Errors' }: { errors: unknown; label?: string }) {
  const items = records<{ message?: unknown; code?: unknown }>(
    isRecord(errors) ? errors['errors'] : undefined,
  );
  if (items.length === 0) return null;
  return (
    <ul className="view-errors" aria-label={label}>
      {items.map((error, i) => (
        <li key={i}>
          {show(error.message)}
          {textOf(error.code) !== undefined && <span className="muted"> (code {show(error.code)})</span>}
        </li>
      ))}
    </ul>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="view-empty muted">{children}</p>;
}

/** A link-styled button for opening a resource; its accessible name says what it opens. */
export function OpenButton({
  label,
  onOpen,
  children,
}: {
  label: string;
  onOpen: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="link-button" aria-label={label} onClick={onOpen}>
      {children}
    </button>
  );
}

/** The resource's name: a button when it can be opened, plain text otherwise. */
export function NameCell({
  name,
  what,
  onOpen,
}: {
  name: string | undefined;
  what: string;
  onOpen?: (name: string) => void;
}) {
  if (name === undefined) return <span className="muted">—</span>;
  if (!onOpen) return <span className="view-name">{name}</span>;
  return (
    <OpenButton label={`Open ${what} ${name}`} onOpen={() => onOpen(name)}>
      {name}
    </OpenButton>
  );
}

/** `en-US 4.7.0`-style text of a datapack. */
export function datapackText(datapack: unknown): string {
  if (!isRecord(datapack)) return '—';
  const parts = [textOf(datapack['displayName']), textOf(datapack['version'])].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '—';
}

interface SectionProps {
  title: ReactNode;
  className?: string;
  /** Beside the heading: switchers, badges, actions. */
  aside?: ReactNode;
  children?: ReactNode;
}

/**
 * The id of the h1 of the frame a page is shown in (the explorer's view frame names the resource above its
 * tabs and toolbar), or null for a page on its own. In a frame the page shows no h1 of its own: one h1 per
 * screen, always in the same place, whichever tab is open.
 */
export const FrameHeadingContext = createContext<string | null>(null);

/** A page-level view: the resource name is the page's h1 (the frame's, when it is shown in one). */
export function Page({ title, className, aside, children }: SectionProps) {
  const id = useId();
  const frameHeading = useContext(FrameHeadingContext);
  if (frameHeading !== null) {
    return (
      <article className={`view ${className ?? ''}`} aria-labelledby={frameHeading}>
        {aside && <header className="view-header">{aside}</header>}
        {children}
      </article>
    );
  }
  return (
    <article className={`view ${className ?? ''}`} aria-labelledby={id}>
      <header className="view-header">
        <h1 id={id}>{title}</h1>
        {aside}
      </header>
      {children}
    </article>
  );
}

/** A panel inside a page: its title is an h2 (h3 for panels nested in panels). */
export function Panel({ title, className, aside, children, level = 2 }: SectionProps & { level?: 2 | 3 }) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`view view-panel ${className ?? ''}`} aria-labelledby={id}>
      <div className="view-panel-header">
        <Heading id={id}>{title}</Heading>
        {aside}
      </div>
      {children}
    </section>
  );
}

/**
 * A resource Mix refers to by id (a deployment flow, an engine pack, a project), shown by its name. When the
 * lists Mix returned do not know the id, the id is shown with a tooltip (on hover and on focus) saying so.
 */
export function NamedId({
  name,
  id,
  what,
}: {
  name: string | undefined;
  id: string | undefined;
  what: string;
}) {
  if (name !== undefined) return <span className="view-name">{name}</span>;
  if (id === undefined) return <span className="muted">—</span>;
  return <UnknownId id={id} what={what} />;
}
