// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalTable } from '../../../../renderer/ui/table/LocalTable';
import type { Column } from '../../../../renderer/ui/table/table-model';
import { VirtualTable } from '../../../../renderer/ui/table/VirtualTable';
import { useLayout } from './harness';

useLayout();
afterEach(cleanup);

interface Row {
  id: number;
  name: string;
}

const ROWS: Row[] = Array.from({ length: 20_000 }, (_, index) => ({
  id: index + 1,
  name: `Project ${String(index + 1).padStart(5, '0')}`,
}));
const COLUMNS: Column<Row>[] = [
  { id: 'name', header: 'Name', value: (row) => row.name },
  { id: 'id', header: 'ID', value: (row) => row.id },
];

function dataRows(grid: HTMLElement): HTMLElement[] {
  return within(grid)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

describe('VirtualTable', () => {
  it('keeps only the rows in view in the DOM, even for 20,000 rows', () => {
    render(<VirtualTable label="Projects" columns={COLUMNS} rows={ROWS} rowKey={(row) => String(row.id)} />);
    const grid = screen.getByRole('grid', { name: 'Projects' });
    const rows = dataRows(grid);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThanOrEqual(200);
    expect(grid.getAttribute('aria-rowcount')).toBe('20001');
    expect(rows[0]?.textContent).toContain('Project 00001');
  });

  it('moves the active row with the keyboard, brings it into the DOM and opens it with Enter', async () => {
    const opened: Row[] = [];
    render(
      <VirtualTable
        label="Projects"
        columns={COLUMNS}
        rows={ROWS}
        rowKey={(row) => String(row.id)}
        onOpen={(row) => opened.push(row)}
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Projects' });
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    const active = () => document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
    expect(active()?.textContent).toContain('Project 00003');
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(opened.map((row) => row.id)).toEqual([3]);

    fireEvent.keyDown(grid, { key: 'End' });
    // The grid scrolls the row into view, then renders it.
    await waitFor(() => expect(active()?.getAttribute('aria-rowindex')).toBe('20001'));
    expect(active()?.textContent).toContain('Project 20000');
    expect(dataRows(grid).length).toBeLessThanOrEqual(200);
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(opened.map((row) => row.id)).toEqual([3, 20_000]);
    fireEvent.keyDown(grid, { key: 'Home' });
    expect(active()?.textContent).toContain('Project 00001');
  });

  it('filters and sorts a local list, saying how the columns are sorted', () => {
    render(<LocalTable label="Projects" columns={COLUMNS} rows={ROWS} rowKey={(row) => String(row.id)} />);
    const grid = screen.getByRole('grid', { name: 'Projects' });
    const nameHeader = within(grid).getAllByRole('columnheader')[0] as HTMLElement;
    expect(nameHeader.getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(nameHeader).getByRole('button', { name: 'Name' }));
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(nameHeader).getByRole('button', { name: 'Name' }));
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(dataRows(grid)[0]?.textContent).toContain('Project 20000');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter projects' }), {
      target: { value: '1999' },
    });
    // 01999, 11999, 19990…19999, sorted descending by name.
    expect(dataRows(grid).map((row) => row.textContent?.slice(0, 13))).toEqual([
      'Project 19999',
      'Project 19998',
      'Project 19997',
      'Project 19996',
      'Project 19995',
      'Project 19994',
      'Project 19993',
      'Project 19992',
      'Project 19991',
      'Project 19990',
      'Project 11999',
      'Project 01999',
    ]);
    expect(screen.getByText('12 of 20,000')).toBeTruthy();
  });
});
