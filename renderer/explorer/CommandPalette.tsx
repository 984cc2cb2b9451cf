import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { ExplorerRoute } from '../../common/explorer-routes';
import type { MixGetResponse } from '../../common/ipc-contract';
import type { CachedAnswer, PaletteAction, PaletteEntry } from './palette-model';
import { PALETTE_ACTIONS, paletteResources, rankEntries } from './palette-model';
import './CommandPalette.css';

interface CommandPaletteProps {
  profileId: string;
  onOpen: (route: ExplorerRoute) => void;
  onAction: (action: PaletteAction) => void;
  onClose: () => void;
}

function useCachedAnswers(profileId: string): CachedAnswer[] {
  const client = useQueryClient();
  return useMemo(
    () =>
      client
        .getQueryCache()
        .getAll()
        .flatMap((query) => {
          const [owner, endpoint, params] = query.queryKey as [unknown, unknown, unknown];
          const response = query.state.data as MixGetResponse | undefined;
          if (owner !== profileId || typeof endpoint !== 'string' || !response) return [];
          const safeParams =
            typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
          return [{ endpoint, params: safeParams, body: response.data }];
        }),
    [client, profileId],
  );
}

/** Ctrl/Cmd+K: jump to any resource already loaded, or run an action. Arrows choose, Enter runs, Esc closes. */
export default function CommandPalette({ profileId, onOpen, onAction, onClose }: CommandPaletteProps) {
  const answers = useCachedAnswers(profileId);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  const entries = useMemo<PaletteEntry[]>(
    () => [
      ...PALETTE_ACTIONS.map(({ action, label }) => ({
        id: `action:${action}`,
        label,
        detail: 'Action',
        action,
      })),
      ...paletteResources(answers),
    ],
    [answers],
  );
  const shown = useMemo(() => rankEntries(entries, text), [entries, text]);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => previous?.focus();
  }, []);

  useEffect(() => {
    document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [listId, activeIndex]);

  function run(entry: PaletteEntry | undefined) {
    if (!entry) return;
    onClose();
    if ('route' in entry) onOpen(entry.route);
    else onAction(entry.action);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(Math.min(shown.length - 1, activeIndex + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(0, activeIndex - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(shown[activeIndex]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  return createPortal(
    <div className="dialog-overlay palette-overlay" onMouseDown={onClose}>
      <div
        className="dialog palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <input
          ref={inputRef}
          type="text"
          className="palette-input"
          role="combobox"
          aria-label="Go to a resource or run an action"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown.length > 0 ? `${listId}-${activeIndex}` : undefined}
          placeholder="Go to a project, application, organization… or run an action"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
        />
        <ul id={listId} role="listbox" aria-label="Results" className="palette-list">
          {shown.map((entry, index) => (
            <li
              key={entry.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={`palette-option${index === activeIndex ? ' active' : ''}`}
              onMouseEnter={() => setActive(index)}
              onClick={() => run(entry)}
            >
              <span className="palette-label">{entry.label}</span>
              <span className="palette-detail muted">{entry.detail}</span>
            </li>
          ))}
          {shown.length === 0 && (
            <li role="option" aria-selected="false" aria-disabled="true" className="palette-option muted">
              Nothing matches.
            </li>
          )}
        </ul>
      </div>
    </div>,
    document.body,
  );
}
