import type { ReactNode } from 'react';
import { useId } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Splitter } from './Splitter';
import { IconButton } from './IconButton';
import './Tabs.css';
import './BottomPanel.css';

export interface BottomPanelTab<Id extends string> {
  id: Id;
  label: string;
}

interface BottomPanelProps<Id extends string> {
  tabs: readonly BottomPanelTab<Id>[];
  active: Id;
  onSelect: (id: Id) => void;
  height: number;
  minHeight: number;
  maxHeight: number;
  onResize: (height: number) => void;
  onClose: () => void;
  /** The active tab's content. */
  children: ReactNode;
}

/**
 * A panel docked under the main pane with its tabs (Activity, Downloads), a close button, and a splitter on
 * its top edge. A pane of its own for F6; it is named after the tab it shows.
 */
export function BottomPanel<Id extends string>({
  tabs,
  active,
  onSelect,
  height,
  minHeight,
  maxHeight,
  onResize,
  onClose,
  children,
}: BottomPanelProps<Id>) {
  const id = useId();
  const title = tabs.find((tab) => tab.id === active)?.label ?? '';
  return (
    <>
      <Splitter
        orientation="horizontal"
        label={`Resize the ${title} panel`}
        value={height}
        min={minHeight}
        max={maxHeight}
        onChange={onResize}
        growsBackwards
        controls={id}
      />
      <section id={id} className="bottom-panel" aria-label={title} style={{ height }} data-pane>
        <Tabs
          className="bottom-panel-tabs"
          selectedKey={active}
          onSelectionChange={(key) => {
            const next = tabs.find((tab) => tab.id === String(key));
            if (next && next.id !== active) onSelect(next.id);
          }}
        >
          <header className="bottom-panel-header">
            <TabList aria-label="Bottom panel" className="tab-list bottom-panel-tab-list">
              {tabs.map((tab) => (
                <Tab key={tab.id} id={tab.id} className="tab">
                  {tab.label}
                </Tab>
              ))}
            </TabList>
            <IconButton label={`Close the ${title} panel`} onPress={onClose}>
              ×
            </IconButton>
          </header>
          <TabPanel id={active} className="tab-panel bottom-panel-body">
            {children}
          </TabPanel>
        </Tabs>
      </section>
    </>
  );
}
