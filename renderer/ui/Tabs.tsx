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

/** Room kept for the "More" menu button when some tabs do not fit. */
const MORE_WIDTH = 84;

/** How many tabs fit in `width`, given each tab's width; the rest go into the "More" menu. */
export function tabsThatFit(widths: readonly number[], width: number, moreWidth = MORE_WIDTH): number {
  const total = widths.reduce((sum, each) => sum + each, 0);
  if (total <= width) return widths.length;
  let used = moreWidth;
  let count = 0;
  for (const each of widths) {
    if (used + each > width) break;
    used += each;
    count += 1;
  }
  return Math.max(1, count);
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

  useLayoutEffect(() => {
    const row = rowRef.current;
    const ruler = rulerRef.current;
    // No layout to measure (jsdom in tests): every tab stays in the row.
    if (!row || !ruler || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const widths = Array.from(ruler.children, (child) => (child as HTMLElement).offsetWidth + 2);
      // Nothing laid out (a hidden view): keep every tab rather than guess.
      if (row.clientWidth === 0 || widths.every((width) => width === 0)) return;
      setFit(tabsThatFit(widths, row.clientWidth));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    return () => observer.disconnect();
  }, [tabKey, active]);

  const shown = shownTabs(tabs, fit, active);
  const hidden = tabs.filter((tab) => !shown.includes(tab));

  return (
    <AriaTabs
      className="tabs"
      selectedKey={active}
      onSelectionChange={(key) => {
        if (String(key) !== active) onSelect(String(key));
      }}
    >
      <div ref={rowRef} className="tabs-row">
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
              onAction: () => onSelect(tab.id),
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
