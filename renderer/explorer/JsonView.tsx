import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { copyText } from './clipboard';
import { useOptionalExplorer } from './explorer-context';
import { formatBytes, formatNumber } from '../format';
import type { JsonPath } from './json-model';
import {
  ancestors,
  childCount,
  childEntries,
  isContainer,
  pointer,
  scalarText,
  searchJson,
  summarize,
} from './json-model';
import './JsonView.css';

/** Bodies larger than this are summarised until the user asks to see them. */
export const LARGE_JSON_BYTES = 2 * 1024 * 1024;
/** Children shown per step of an expanded array or object. */
export const JSON_CHILDREN_STEP = 200;

interface JsonViewProps {
  value: unknown;
  /** Size of the body as received; decides whether it is large. */
  bytes?: number;
  label: string;
}

interface NodeState {
  expanded: ReadonlySet<string>;
  toggle: (nodePointer: string) => void;
  /** How many children each expanded node shows. */
  limits: ReadonlyMap<string, number>;
  showMore: (nodePointer: string) => void;
  hits: ReadonlySet<string>;
  copy: (value: unknown, name: string) => void;
}

const JsonNode = memo(function JsonNode({
  name,
  value,
  path,
  state,
}: {
  name: string | number | null;
  value: unknown;
  path: JsonPath;
  state: NodeState;
}) {
  const here = pointer(path);
  const container = isContainer(value);
  const expanded = container && state.expanded.has(here);
  const hit = state.hits.has(here);
  const keyText = name === null ? 'root' : typeof name === 'number' ? `[${name}]` : name;
  const limit = state.limits.get(here) ?? JSON_CHILDREN_STEP;
  const count = childCount(value);

  return (
    <li className={`json-node${hit ? ' json-hit' : ''}`} data-pointer={here}>
      <div className="json-line">
        {container ? (
          <button
            type="button"
            className="json-toggle"
            aria-expanded={expanded}
            onClick={() => state.toggle(here)}
          >
            <span className={`tree-twisty${expanded ? ' open' : ''}`} aria-hidden="true" />
            <span className="json-key">{keyText}</span>
          </button>
        ) : (
          <span className="json-key json-leaf-key">{keyText}</span>
        )}
        <span
          className={`json-value json-${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`}
        >
          {container ? summarize(value) : scalarText(value)}
        </span>
        <button
          type="button"
          className="json-copy link-button"
          aria-label={`Copy ${keyText}`}
          onClick={() => state.copy(value, String(keyText))}
        >
          Copy
        </button>
      </div>
      {expanded && count > 0 && (
        <ul className="json-children">
          {childEntries(value)
            .slice(0, limit)
            .map(([key, child]) => (
              <JsonNode key={key} name={key} value={child} path={[...path, key]} state={state} />
            ))}
          {count > limit && (
            <li className="json-more">
              <button type="button" className="link-button" onClick={() => state.showMore(here)}>
                Show {formatNumber(Math.min(JSON_CHILDREN_STEP, count - limit))} more of{' '}
                {formatNumber(count - limit)}
              </button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
});

/**
 * A foldable JSON tree that never freezes: children are rendered only when their node is expanded, a
 * few hundred at a time, and bodies over 2 MB are summarised until asked for.
 */
export default function JsonView({ value, bytes, label }: JsonViewProps) {
  const explorer = useOptionalExplorer();
  const searchId = useId();
  const large = bytes !== undefined && bytes > LARGE_JSON_BYTES;
  const [renderLarge, setRenderLarge] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(['']));
  const [limits, setLimits] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [search, setSearch] = useState('');
  const [result, setResult] = useState<{ hits: ReadonlySet<string>; text: string; truncated: boolean }>({
    hits: new Set(),
    text: '',
    truncated: false,
  });

  const notify = explorer?.notify;
  const copy = useCallback(
    (copied: unknown, name: string) => {
      void copyText(JSON.stringify(copied, null, 2) ?? String(copied)).then((done) =>
        notify?.(done ? `Copied ${name}` : 'Could not copy.'),
      );
    },
    [notify],
  );

  const state = useMemo<NodeState>(
    () => ({
      expanded,
      toggle: (nodePointer) =>
        setExpanded((current) => {
          const next = new Set(current);
          if (next.has(nodePointer)) next.delete(nodePointer);
          else next.add(nodePointer);
          return next;
        }),
      limits,
      showMore: (nodePointer) =>
        setLimits((current) =>
          new Map(current).set(
            nodePointer,
            (current.get(nodePointer) ?? JSON_CHILDREN_STEP) + JSON_CHILDREN_STEP,
          ),
        ),
      hits: result.hits,
      copy,
    }),
    [expanded, limits, result.hits, copy],
  );

  function runSearch(event: FormEvent) {
    event.preventDefault();
    const found = searchJson(value, search);
    const open = new Set(expanded);
    for (const hit of found.matches) for (const above of ancestors(hit)) open.add(above);
    setExpanded(open);
    setResult({ hits: new Set(found.matches), text: search.trim(), truncated: found.truncated });
  }

  if (large && !renderLarge) {
    return (
      <div className="json-large card">
        <p>
          This answer is {formatBytes(bytes)}: {summarize(value)}. It is not shown until you ask, so the
          window stays responsive.
        </p>
        <div className="toolbar">
          <button type="button" className="button button-primary" onClick={() => setRenderLarge(true)}>
            Render anyway
          </button>
          <button type="button" className="button" onClick={() => copy(value, 'the whole answer')}>
            Copy JSON
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="json-view">
      <form className="json-toolbar" role="search" onSubmit={runSearch}>
        <label htmlFor={searchId} className="visually-hidden">
          Search JSON
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search keys and values"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <button type="submit" className="button">
          Search
        </button>
        {result.text && (
          <span className="muted" role="status">
            {result.hits.size === 0
              ? 'No matches'
              : `${formatNumber(result.hits.size)}${result.truncated ? '+' : ''} ${result.hits.size === 1 ? 'match' : 'matches'}`}
          </span>
        )}
        <button type="button" className="button button-quiet" onClick={() => setExpanded(new Set(['']))}>
          Collapse all
        </button>
        <button type="button" className="button button-quiet" onClick={() => copy(value, 'the whole answer')}>
          Copy JSON
        </button>
      </form>
      <ul className="json-tree" aria-label={label}>
        <JsonNode name={null} value={value} path={[]} state={state} />
      </ul>
    </div>
  );
}
