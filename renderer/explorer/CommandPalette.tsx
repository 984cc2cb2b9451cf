import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import {
  Autocomplete,
  Dialog,
  Header,
  Input,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Modal,
  ModalOverlay,
  TextField,
} from 'react-aria-components';
import type { ExplorerRoute } from '../../common/explorer-routes';
import type { PaletteAction, PaletteEntry } from './palette-model';
import { PALETTE_ACTIONS, paletteResources, rankSections } from './palette-model';
import type { SearchIndex } from './search/useSearchIndex';
import { useCachedAnswers } from './search/useCachedAnswers';
import { SearchProgress } from './search/SearchProgress';
import { useServerProjectSearch } from './search/useServerProjectSearch';
import './CommandPalette.css';

interface CommandPaletteProps {
  profileId: string;
  /** What was typed before the palette opened (the tree's search field). */
  initialText?: string;
  search: SearchIndex;
  onOpen: (route: ExplorerRoute) => void;
  onAction: (action: PaletteAction) => void;
  onClose: () => void;
}

const ACTION_ENTRIES: PaletteEntry[] = PALETTE_ACTIONS.map(({ action, label }) => ({
  id: `action:${action}`,
  label,
  detail: 'Action',
  group: 'Actions',
  action,
}));

/**
 * Ctrl/Cmd+K: search anything (what the background walk and the views have read, and Mix's server-side
 * project filter) or run an action. A React Aria autocomplete over a sectioned list box: arrows choose,
 * Enter runs (the first result when none is chosen), Esc closes. Not lazily loaded, so the keys typed
 * right after Ctrl+K land in its field.
 */
export default function CommandPalette({
  profileId,
  initialText = '',
  search,
  onOpen,
  onAction,
  onClose,
}: CommandPaletteProps) {
  const answers = useCachedAnswers(profileId);
  const [text, setText] = useState(initialText);
  const inputRef = useRef<HTMLInputElement>(null);
  useServerProjectSearch(profileId, text, answers);

  const entries = useMemo<PaletteEntry[]>(() => [...ACTION_ENTRIES, ...paletteResources(answers)], [answers]);
  const sections = useMemo(() => rankSections(entries, text), [entries, text]);
  const byId = useMemo(
    () => new Map(sections.flatMap((section) => section.entries.map((entry) => [entry.id, entry] as const))),
    [sections],
  );

  // Focus in the commit that shows the palette (React Aria's own autofocus comes a frame later), so the
  // very next key lands in the field; text carried over from the tree's field keeps the caret after it.
  useLayoutEffect(() => {
    const input = inputRef.current;
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  }, []);

  function run(entry: PaletteEntry | undefined) {
    if (!entry) return;
    onClose();
    if ('route' in entry) onOpen(entry.route);
    else onAction(entry.action);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter with no option chosen yet runs the best match (the autocomplete runs a chosen one). An option
    // chosen for earlier text that the results no longer hold counts as none: the autocomplete keeps
    // pointing at it, and Enter would do nothing.
    const active = event.currentTarget.getAttribute('aria-activedescendant');
    if (event.key === 'Enter' && (!active || !document.getElementById(active))) {
      event.preventDefault();
      run(sections[0]?.entries[0]);
    }
  }

  return (
    <ModalOverlay
      className="palette-overlay"
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="palette">
        <Dialog aria-label="Command palette" className="palette-dialog">
          <Autocomplete inputValue={text} onInputChange={setText}>
            <TextField aria-label="Go to a resource or run an action" autoFocus className="palette-field">
              <Input
                ref={inputRef}
                role="combobox"
                aria-expanded="true"
                className="palette-input"
                placeholder="Search projects, applications, configs, builds, jobs, intents… or run an action"
                onKeyDown={onKeyDown}
              />
            </TextField>
            <SearchProgress search={search} />
            <ListBox
              aria-label="Results"
              className="palette-list"
              onAction={(key) => run(byId.get(String(key)))}
              renderEmptyState={() => <div className="palette-empty muted">Nothing matches.</div>}
            >
              {sections.map((section) => (
                <ListBoxSection key={section.group} id={section.group} className="palette-section">
                  <Header className="palette-header">{section.group}</Header>
                  {section.entries.map((entry) => (
                    <ListBoxItem
                      key={entry.id}
                      id={entry.id}
                      textValue={entry.label}
                      className="palette-option"
                    >
                      <span className="palette-label">{entry.label}</span>
                      <span className="palette-detail muted">{entry.detail}</span>
                    </ListBoxItem>
                  ))}
                </ListBoxSection>
              ))}
            </ListBox>
          </Autocomplete>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
