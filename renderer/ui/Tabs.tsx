import type { ReactNode } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs as AriaTabs } from 'react-aria-components';
import { ActionMenu } from './Menu';
import './Tabs.css';

export interface TabSpec {
  id: string;
  label: string;
}

interface TabsProps {
  tabs: readonly TabSpec[];
  active: string;
  onSelect: (id: string) => void;
  /** The tab list's accessible name, e.g. "Coffee Assistant views". */
  label: string;
  /** The selected tab's panel. */
  children: ReactNode;
  /** Extra props of the panel (busy state). */
  panelBusy?: boolean;
}

/** A tab was just picked in a tab row, and the view that shows it has not taken the focus yet. */
let tabPicked = false;

/**
 * Whether a tab was just picked (and forgets it): a view shown because of the pick moves the focus to its
 * own tab row, since the row the user used may belong to a view now hidden.
 */
export function takeTabPick(): boolean {
  const picked = tabPicked;
  tabPicked = false;
  return picked;
}

function pickTab(onSelect: (id: string) => void, id: string): void {
  tabPicked = true;
  onSelect(id);
  // A pick that did not move to another view (Raw JSON) leaves nothing to take.
  queueMicrotask(() => void takeTabPick());
}

/** Room kept for the "More" menu button when some tabs do not fit. */
const MORE_WIDTH = 84;

/**
 * How many tabs the row shows in `width`, given each tab's width; the rest go into the "More" menu. When the
 * active tab (index `active`) is not among the first ones, `shownTabs` puts it in the last place: its own
 * width is what must fit there.
 */
export function tabsThatFit(
  widths: readonly number[],
  width: number,
  active = -1,
  moreWidth = MORE_WIDTH,
): number {
  const sum = (values: readonly number[]) => values.reduce((total, each) => total + each, 0);
  if (sum(widths) <= width) return widths.length;
  let count = 1;
  for (let k = 2; k <= widths.length; k += 1) {
    const row = active < k ? sum(widths.slice(0, k)) : sum(widths.slice(0, k - 1)) + (widths[active] ?? 0);
    if (moreWidth + row > width) break;
    count = k;
  }
  return count;
}

/** The tabs shown in the row: the ones that fit, with the active one always among them. */
export function shownTabs<T extends TabSpec>(tabs: readonly T[], fit: number, active: string): T[] {
  const shown = tabs.slice(0, fit);
  if (shown.some((tab) => tab.id === active)) return shown;
  const activeTab = tabs.find((tab) => tab.id === active);
  return activeTab ? [...shown.slice(0, Math.max(0, fit - 1)), activeTab] : shown;
}

/**
 * React Aria tabs (arrows move and select, Home/End jump) whose tabs that do not fit the width go into a
 * "More" menu at the end of the row, so no tab is ever cut off at a narrow width.
 */
export function Tabs({ tabs, active, onSelect, label, children, panelBusy }: TabsProps) {
  const rowRef = useRef<HTMLDivElement>(null);
  const rulerRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(tabs.length);
  const tabKey = tabs.map((tab) => tab.label).join('|');
  const activeIndex = tabs.findIndex((tab) => tab.id === active);

  useLayoutEffect(() => {
    const row = rowRef.current;
    const ruler = rulerRef.current;
    // No layout to measure (jsdom in tests): every tab stays in the row.
    if (!row || !ruler || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const widths = Array.from(ruler.children, (child) => (child as HTMLElement).offsetWidth + 2);
      // Nothing laid out (a hidden view): keep every tab rather than guess.
      if (row.clientWidth === 0 || widths.every((width) => width === 0)) return;
      setFit(tabsThatFit(widths, row.clientWidth, activeIndex));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    return () => observer.disconnect();
  }, [tabKey, active, activeIndex]);

  const shown = shownTabs(tabs, fit, active);
  const hidden = tabs.filter((tab) => !shown.includes(tab));

  return (
    <AriaTabs
      className="tabs"
      selectedKey={active}
      onSelectionChange={(key) => {
        if (String(key) !== active) pickTab(onSelect, String(key));
      }}
    >
      <div
        ref={rowRef}
        className="tabs-row"
        onPointerDownCapture={(event) => {
          // A primary press on another tab picks it here, before React Aria's press handling: the pick
          // usually shows another (kept) view and hides this row with its view, and React Aria would first
          // render this whole row and its panel again to mark a selection nobody will see. Keys, and
          // presses on the selected tab, stay with React Aria.
          const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
          const id = tab?.getAttribute('data-key');
          if (event.button !== 0 || !id || id === active || tab?.getAttribute('aria-disabled') === 'true')
            return;
          event.stopPropagation();
          pickTab(onSelect, id);
        }}
        onMouseDownCapture={(event) => {
          // The press picked a tab of another view, and this row went out of sight with its view before
          // the mousedown: the browser would move the focus to the nearest ancestor it can still focus
          // (the main pane), making both rows render again inside the click. The view now shown puts the
          // focus on its own tab once it is on screen. (Capture: React Aria's tab stops the mousedown.)
          if (event.currentTarget.closest('[aria-hidden="true"]')) event.preventDefault();
        }}
      >
        <TabList aria-label={label} className="tab-list">
          {shown.map((tab) => (
            <Tab key={tab.id} id={tab.id} className="tab">
              {tab.label}
            </Tab>
          ))}
        </TabList>
        {hidden.length > 0 && (
          <ActionMenu
            label={`More ${label}`}
            trigger={
              <>
                More<span aria-hidden="true"> ▾</span>
              </>
            }
            buttonClassName="tab tab-more"
            actions={hidden.map((tab) => ({
              id: tab.id,
              label: tab.label,
              onAction: () => pickTab(onSelect, tab.id),
            }))}
          />
        )}
        <div ref={rulerRef} className="tabs-ruler" aria-hidden="true">
          {tabs.map((tab) => (
            // Only the selected tab is bold: measuring every tab bold kept tabs out of a row they fit in.
            <span key={tab.id} className="tab" data-selected={tab.id === active || undefined}>
              {tab.label}
            </span>
          ))}
        </div>
      </div>
      <TabPanel id={active} className="tab-panel" aria-busy={panelBusy || undefined}>
        {children}
      </TabPanel>
    </AriaTabs>
  );
}
