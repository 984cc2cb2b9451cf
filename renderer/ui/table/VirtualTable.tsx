import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { DASH, formatNumber } from '../../format';
import type { Column, SortState } from './table-model';

export const ROW_HEIGHT = 32;
const OVERSCAN = 12;

interface VirtualTableProps<T> {
  /** The grid's accessible name, e.g. "Projects". */
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  sort?: SortState | null;
  /** Absent: headers do not sort. */
  onSort?: (columnId: string) => void;
  /** Whether a column can sort here (server lists sort only where Mix can). */
  canSort?: (column: Column<T>) => boolean;
  onOpen?: (row: T) => void;
  /** Rows before the first one shown (server paging), for aria-rowindex. */
  rowOffset?: number;
  /** All rows there are (server paging), for aria-rowcount. */
  totalRows?: number;
  emptyText?: string;
  /** Height of the scrolling body; a number of pixels or a CSS length. */
  height?: number | string;
}

function ariaSort(sort: SortState | null | undefined, columnId: string) {
  return sort?.columnId === columnId ? sort.direction : 'none';
}

/**
 * A grid that stays smooth at tens of thousands of rows: only the rows in view (plus a few) are in the
 * DOM. Focus stays on the grid; arrows, Page Up/Down, Home/End move the active row; Enter opens it.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { label, columns, rows, rowKey, sort, onSort, onOpen, rowOffset = 0 } = props;
  const canSort = props.canSort ?? ((column: Column<T>) => column.sortable !== false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const gridId = useId();
  const template = columns.map((column) => column.width ?? 'minmax(80px, 1fr)').join(' ');

  // The virtualizer is mutable by design; this component does not rely on the React Compiler memoizing it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });

  const activeIndex = rows.length === 0 ? -1 : Math.min(active, rows.length - 1);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || rows.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 320) / ROW_HEIGHT) - 1);
    const last = rows.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, activeIndex + 1),
      ArrowUp: Math.max(0, activeIndex - 1),
      PageDown: Math.min(last, activeIndex + page),
      PageUp: Math.max(0, activeIndex - page),
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setActive(target);
    } else if (event.key === 'Enter' && onOpen) {
      const row = rows[activeIndex];
      if (row !== undefined) {
        event.preventDefault();
        onOpen(row);
      }
    }
  }

  const items = virtualizer.getVirtualItems();
  const rowId = (index: number) => `${gridId}-row-${index}`;
  const activeRendered = items.some((item) => item.index === activeIndex);

  return (
    <div
      role="grid"
      aria-label={label}
      aria-rowcount={(props.totalRows ?? rows.length) + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeRendered ? rowId(activeIndex) : undefined}
      className="vt"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="vt-head">
        <div role="row" aria-rowindex={1} className="vt-row" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => {
            const sortable = onSort !== undefined && canSort(column);
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-sort={sortable ? ariaSort(sort, column.id) : undefined}
                className={`vt-cell vt-header${column.align === 'end' ? ' vt-end' : ''}`}
              >
                {sortable ? (
                  <button type="button" className="vt-sort" onClick={() => onSort(column.id)}>
                    {column.header}
                    <span className="vt-sort-mark" aria-hidden="true">
                      {sort?.columnId === column.id ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        className="vt-body"
        style={props.height !== undefined ? { height: props.height } : undefined}
      >
        {rows.length === 0 ? (
          <div role="row" className="vt-empty">
            <div role="gridcell">{props.emptyText ?? 'Nothing to show.'}</div>
          </div>
        ) : (
          <div className="vt-spacer" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows[item.index] as T;
              const isActive = item.index === activeIndex;
              return (
                <div
                  key={rowKey(row, item.index)}
                  id={rowId(item.index)}
                  role="row"
                  aria-rowindex={rowOffset + item.index + 2}
                  aria-selected={isActive}
                  className={`vt-row vt-data${isActive ? ' active' : ''}${onOpen ? ' openable' : ''}`}
                  style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
                  onClick={() => {
                    setActive(item.index);
                    onOpen?.(row);
                  }}
                >
                  {columns.map((column) => (
                    <div
                      key={column.id}
                      role="gridcell"
                      className={`vt-cell${column.align === 'end' ? ' vt-end' : ''}`}
                    >
                      {column.render ? column.render(row) : formatCell(column.value(row))}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

function formatCell(value: unknown): string {
  if (value === undefined || value === '') return DASH;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}
