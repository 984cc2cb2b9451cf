import { useReactTable, type Row, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { DASH, formatNumber } from '../../format';
import type { CellValue, Column, SortState } from './table-model';
import { columnDefs, fromSorting, nextSort, tableOptions, toSorting } from './table-model';
import './DataTable.css';

/** Row height of a virtualised list; its cells stay on one line. */
export const ROW_HEIGHT = 32;
/** Lists longer than this scroll in their own box and keep only the rows in view in the DOM. */
export const VIRTUALISE_ABOVE = 60;
const OVERSCAN = 12;

export interface DataTableProps<T> {
  /** The grid's accessible name, e.g. "Projects". */
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  /** The order before the user chooses one (builds and jobs: newest first). */
  defaultSort?: SortState;
  /** Sort order kept by the caller (with `onSort`), e.g. a server-paged list. */
  sort?: SortState | null;
  onSort?: (columnId: string) => void;
  /** The rows already come in `sort` order (Mix sorted them): the table only shows the order. */
  sortedElsewhere?: boolean;
  /** Whether a column can sort here (server lists sort only where Mix can). */
  canSort?: (column: Column<T>) => boolean;
  /** Filters the rows here: any column containing the text. */
  filter?: string;
  onOpen?: (row: T) => void;
  /** The row's actions (a menu button), in the last column: the one place a row's actions live. */
  rowActions?: (row: T) => ReactNode;
  /** Rows before the first one shown (server paging), for aria-rowindex. */
  rowOffset?: number;
  /** All rows there are (server paging), for aria-rowcount. */
  totalRows?: number;
  /** Instead of rows: a loading line, or why the rows could not be read. */
  status?: { loading: true } | { problem: ReactNode };
  emptyText?: string;
  /** Height of the scrolling body of a long list; a number of pixels or a CSS length. */
  height?: number | string;
  /** The row header column stays in view while a wide table scrolls sideways (a matrix). */
  stickyFirstColumn?: boolean;
  /** Above the grid (a filter, a count): told how many rows are shown of how many. */
  toolbar?: (counts: { shown: number; all: number }) => ReactNode;
}

function ariaSort(sort: SortState | null, columnId: string) {
  return sort?.columnId === columnId ? sort.direction : 'none';
}

function formatCell(value: CellValue): string {
  if (value === undefined || value === '') return DASH;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return formatNumber(value);
  return value;
}

const ACTIONS_TRACK = '44px';

/**
 * About how wide a header's text, sort mark and padding are: no column is narrower, so none is cut. The
 * width per character is that of a wide UI font (DejaVu Sans, Linux's default) at the header's size and
 * weight; the screenshot suite measures every header shown and fails on one cut short.
 */
function headerWidth(header: string): number {
  return Math.ceil(header.length * 9 + 46);
}

/** A column's grid track, widened where needed so its header fits (`120px`, `minmax(80px, 1fr)`). */
export function fitHeader(track: string, header: string, subheader = ''): string {
  // The subheader's smaller type takes about 0.85 of the header's width a character.
  const least = Math.max(headerWidth(header), Math.ceil(headerWidth(subheader) * 0.85));
  const fixed = /^(\d+)px$/.exec(track);
  if (fixed) return `${Math.max(Number(fixed[1]), least)}px`;
  const range = /^minmax\((\d+)px,\s*(.+)\)$/.exec(track);
  if (range) return `minmax(${Math.max(Number(range[1]), least)}px, ${range[2]})`;
  return track;
}

/**
 * Every list on screen: TanStack Table for columns, sorting and filtering; short lists flow with the page,
 * long ones scroll in their own box with only the rows in view in the DOM (TanStack Virtual). An APG grid
 * with one Tab stop: arrows, Page Up/Down and Home/End move the active row, Enter opens it; links and row
 * menus inside cells keep their own Tab stops.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, columns, rows, rowKey, onOpen, rowActions, rowOffset = 0 } = props;
  const controlled = props.onSort !== undefined;
  const [localSorting, setLocalSorting] = useState<SortingState>(() => toSorting(props.defaultSort));
  const sorting = controlled ? toSorting(props.sort) : localSorting;
  const defs = useMemo(() => columnDefs(columns), [columns]);
  const data = useMemo(() => [...rows], [rows]);

  // TanStack Table's API is mutable by design; this component does not rely on the React Compiler memoizing it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<T>({
    ...tableOptions(data, defs, {
      sorting,
      filter: props.filter ?? '',
      manualSorting: props.sortedElsewhere === true,
    }),
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (!controlled) setLocalSorting(next);
    },
    getRowId: (row, index) => rowKey(row, index),
  });
  const shown = table.getRowModel().rows;
  const sort = fromSorting(sorting);

  function toggleSort(column: Column<T>) {
    if (controlled) props.onSort?.(column.id);
    else setLocalSorting(toSorting(nextSort(fromSorting(localSorting), column.id)));
  }
  const canSort = (column: Column<T>) =>
    column.sortable !== false && (props.canSort ? props.canSort(column) : true);

  const virtual = shown.length > VIRTUALISE_ABOVE;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const gridId = useId();
  const tracks = columns.map((column) =>
    fitHeader(column.width ?? 'minmax(80px, 1fr)', column.header, column.subheader),
  );
  if (rowActions) tracks.push(ACTIONS_TRACK);
  const template = tracks.join(' ');
  const headerColumn = columns.find((column) => column.rowHeader) ?? columns[0];

  const virtualizer = useVirtualizer({
    count: virtual ? shown.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });

  const activeIndex = shown.length === 0 ? -1 : Math.min(active, shown.length - 1);
  useEffect(() => {
    if (virtual && activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [virtual, activeIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || shown.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 320) / ROW_HEIGHT) - 1);
    const last = shown.length - 1;
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
      if (!virtual) document.getElementById(rowId(target))?.scrollIntoView?.({ block: 'nearest' });
    } else if (event.key === 'Enter' && onOpen) {
      const row = shown[activeIndex];
      if (row) {
        event.preventDefault();
        onOpen(row.original);
      }
    }
  }

  const rowId = (index: number) => `${gridId}-row-${index}`;
  const indexes = virtual ? virtualizer.getVirtualItems().map((item) => item.index) : shown.map((_, i) => i);
  const activeRendered = indexes.includes(activeIndex);
  const statusRow = props.status ?? (shown.length === 0 ? { empty: true } : undefined);

  function renderRow(row: Row<T>, index: number, start?: number) {
    const isActive = index === activeIndex;
    return (
      <div
        key={row.id}
        id={rowId(index)}
        role="row"
        aria-rowindex={rowOffset + index + 2}
        aria-selected={isActive}
        className={`dt-row dt-data${isActive ? ' dt-active' : ''}${onOpen ? ' dt-openable' : ''}`}
        style={{
          gridTemplateColumns: template,
          ...(start !== undefined ? { transform: `translateY(${start}px)` } : {}),
        }}
        onClick={(event) => {
          setActive(index);
          // A click on a link or button inside the row is that control's, not the row's.
          if ((event.target as HTMLElement).closest('button, a, input, select, [role="menu"]')) return;
          onOpen?.(row.original);
        }}
      >
        {columns.map((column) => (
          <div
            key={column.id}
            role={column === headerColumn ? 'rowheader' : 'gridcell'}
            className={`dt-cell${column.align === 'end' ? ' dt-end' : ''}`}
          >
            {column.render ? column.render(row.original) : formatCell(row.getValue<CellValue>(column.id))}
          </div>
        ))}
        {rowActions && (
          <div role="gridcell" className="dt-cell dt-actions">
            {rowActions(row.original)}
          </div>
        )}
      </div>
    );
  }

  return (
    <div className="dt-block">
      {props.toolbar?.({ shown: shown.length, all: rows.length })}
      <div
        className={`dt${virtual ? ' dt-virtual' : ''}${props.stickyFirstColumn ? ' dt-sticky-first' : ''}`}
      >
        <div
          role="grid"
          aria-label={label}
          aria-rowcount={(props.totalRows ?? shown.length) + 1}
          aria-colcount={tracks.length}
          aria-activedescendant={activeRendered && !statusRow ? rowId(activeIndex) : undefined}
          aria-busy={props.status && 'loading' in props.status ? true : undefined}
          className="dt-grid"
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          <div role="rowgroup" className="dt-head">
            <div role="row" aria-rowindex={1} className="dt-row" style={{ gridTemplateColumns: template }}>
              {columns.map((column) => {
                const sortable = canSort(column);
                return (
                  <div
                    key={column.id}
                    role="columnheader"
                    aria-sort={sortable ? ariaSort(sort, column.id) : undefined}
                    className={`dt-cell dt-header${column.align === 'end' ? ' dt-end' : ''}`}
                  >
                    {sortable ? (
                      <button type="button" className="dt-sort" onClick={() => toggleSort(column)}>
                        <HeaderText column={column} />
                        <span className="dt-sort-mark" aria-hidden="true">
                          {sort?.columnId === column.id ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    ) : (
                      <HeaderText column={column} />
                    )}
                  </div>
                );
              })}
              {rowActions && (
                <div role="columnheader" className="dt-cell dt-header dt-actions">
                  <span className="visually-hidden">Actions</span>
                </div>
              )}
            </div>
          </div>
          <div
            ref={scrollRef}
            role="rowgroup"
            className="dt-body"
            style={virtual ? { height: props.height ?? 'var(--dt-height, min(60vh, 560px))' } : undefined}
          >
            {statusRow ? (
              <div role="row" className="dt-status">
                <div role="gridcell" aria-colspan={tracks.length}>
                  {'loading' in statusRow ? (
                    <span className="muted">Loading…</span>
                  ) : 'problem' in statusRow ? (
                    statusRow.problem
                  ) : (
                    <span className="muted">
                      {props.filter ? 'No rows match the filter.' : (props.emptyText ?? 'Nothing to show.')}
                    </span>
                  )}
                </div>
              </div>
            ) : virtual ? (
              <VirtualRows virtualizer={virtualizer} rows={shown} renderRow={renderRow} />
            ) : (
              shown.map((row, index) => renderRow(row, index))
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

function HeaderText<T>({ column }: { column: Column<T> }) {
  if (!column.subheader) return <span className="dt-header-text">{column.header}</span>;
  return (
    <span className="dt-header-text dt-header-lines">
      {column.header}
      <span className="dt-subheader"> {column.subheader}</span>
    </span>
  );
}

function VirtualRows<T>({
  virtualizer,
  rows,
  renderRow,
}: {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  rows: Row<T>[];
  renderRow: (row: Row<T>, index: number, start?: number) => ReactNode;
}) {
  return (
    <div className="dt-spacer" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        return row ? renderRow(row, item.index, item.start) : null;
      })}
    </div>
  );
}
