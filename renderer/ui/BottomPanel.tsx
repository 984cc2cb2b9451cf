import type { ReactNode } from 'react';
import { useId } from 'react';
import { Splitter } from './Splitter';
import { IconButton } from './IconButton';
import './BottomPanel.css';

interface BottomPanelProps {
  title: string;
  height: number;
  minHeight: number;
  maxHeight: number;
  onResize: (height: number) => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A panel docked under the main pane (Activity, later Downloads): its title, a close button, and a splitter
 * on its top edge. A pane of its own for F6.
 */
export function BottomPanel({
  title,
  height,
  minHeight,
  maxHeight,
  onResize,
  onClose,
  children,
}: BottomPanelProps) {
  const id = useId();
  const titleId = `${id}-title`;
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
      <section id={id} className="bottom-panel" aria-labelledby={titleId} style={{ height }} data-pane>
        <header className="bottom-panel-header">
          <h2 id={titleId} className="bottom-panel-title">
            {title}
          </h2>
          <IconButton label={`Close the ${title} panel`} onPress={onClose}>
            ×
          </IconButton>
        </header>
        <div className="bottom-panel-body">{children}</div>
      </section>
    </>
  );
}
