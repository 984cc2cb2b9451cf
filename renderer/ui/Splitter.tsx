import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef } from 'react';
import './Splitter.css';

interface SplitterProps {
  /** `vertical`: a line between side-by-side panes (drag left and right). */
  orientation: 'vertical' | 'horizontal';
  /** What it resizes, e.g. "Resize the sidebar". */
  label: string;
  /** The size in pixels of the pane it resizes. */
  value: number;
  min: number;
  max: number;
  onChange: (size: number) => void;
  /** Dragging or pressing towards the pane makes it bigger when true (a bottom panel grows upwards). */
  growsBackwards?: boolean;
  /** The id of the pane it resizes. */
  controls?: string;
}

const STEP = 16;

/**
 * A window splitter (WAI-ARIA APG): a focusable separator with its value; arrows resize by 16 px, Home and
 * End jump to the smallest and largest size, and the pointer drags it.
 */
export function Splitter({
  orientation,
  label,
  value,
  min,
  max,
  onChange,
  growsBackwards,
  controls,
}: SplitterProps) {
  const drag = useRef<{ start: number; size: number } | null>(null);
  const clamp = (size: number) => Math.round(Math.min(max, Math.max(min, size)));
  const sign = growsBackwards ? -1 : 1;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const grow = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    const shrink = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    let next: number | undefined;
    if (event.key === grow) next = value + sign * STEP;
    else if (event.key === shrink) next = value - sign * STEP;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === undefined) return;
    event.preventDefault();
    onChange(clamp(next));
  }

  function position(event: PointerEvent) {
    return orientation === 'vertical' ? event.clientX : event.clientY;
  }

  return (
    <div
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-controls={controls}
      tabIndex={0}
      className={`splitter splitter-${orientation}`}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { start: position(event), size: value };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        onChange(clamp(drag.current.size + sign * (position(event) - drag.current.start)));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
    />
  );
}
