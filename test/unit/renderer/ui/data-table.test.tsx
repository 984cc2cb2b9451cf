// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable, VIRTUALISE_ABOVE } from '../../../../renderer/ui/table/DataTable';
import { LocalTable } from '../../../../renderer/ui/table/LocalTable';
import type { Column } from '../../../../renderer/ui/table/table-model';
import { useLayout } from '../explorer/harness';

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

describe('DataTable', () => {
  it('keeps only the rows in view in the DOM, even for 20,000 rows', () => {
    render(<DataTable label="Projects" columns={COLUMNS} rows={ROWS} rowKey={(row) => String(row.id)} />);
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
      <DataTable
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

  it('lays a short list out in full, names rows by their first column, and says when it is empty', () => {
    const few = ROWS.slice(0, VIRTUALISE_ABOVE);
    const { rerender } = render(
      <DataTable
        label="Projects"
        columns={COLUMNS}
        rows={few}
        rowKey={(row) => String(row.id)}
        emptyText="No projects."
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Projects' });
    expect(dataRows(grid)).toHaveLength(VIRTUALISE_ABOVE);
    expect(within(grid).getAllByRole('rowheader')[0]?.textContent).toBe('Project 00001');
    expect(within(grid).getAllByRole('gridcell')[0]?.textContent).toBe('1');

    rerender(
      <DataTable
        label="Projects"
        columns={COLUMNS}
        rows={[]}
        rowKey={(row) => String(row.id)}
        emptyText="No projects."
      />,
    );
    expect(within(screen.getByRole('grid', { name: 'Projects' })).getByText('No projects.')).toBeTruthy();
  });

  it('starts in the order it is given (newest first) and sorts when a header is clicked', () => {
    render(
      <DataTable
        label="Projects"
        columns={COLUMNS}
        rows={ROWS.slice(0, 5)}
        rowKey={(row) => String(row.id)}
        defaultSort={{ columnId: 'id', direction: 'descending' }}
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Projects' });
    expect(dataRows(grid).map((row) => row.textContent?.slice(0, 13))).toEqual([
      'Project 00005',
      'Project 00004',
      'Project 00003',
      'Project 00002',
      'Project 00001',
    ]);
    const idHeader = within(grid).getAllByRole('columnheader')[1] as HTMLElement;
    expect(idHeader.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(idHeader).getByRole('button', { name: 'ID' }));
    expect(idHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(dataRows(grid)[0]?.textContent).toContain('Project 00001');
  });

  it('reports header clicks instead of sorting when Mix sorts the list', () => {
    const clicks: string[] = [];
    render(
      <DataTable
        label="Projects"
        columns={COLUMNS}
        rows={ROWS.slice(0, 3)}
        rowKey={(row) => String(row.id)}
        sort={{ columnId: 'name', direction: 'descending' }}
        onSort={(columnId) => clicks.push(columnId)}
        sortedElsewhere
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Projects' });
    // Mix's order is kept as it came, and the header says how Mix sorted it.
    expect(dataRows(grid)[0]?.textContent).toContain('Project 00001');
    expect(within(grid).getAllByRole('columnheader')[0]?.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(grid).getByRole('button', { name: 'ID' }));
    expect(clicks).toEqual(['id']);
  });

  it("keeps each row's actions in one last column, and a click on them does not open the row", () => {
    const opened: number[] = [];
    render(
      <DataTable
        label="Projects"
        columns={COLUMNS}
        rows={ROWS.slice(0, 2)}
        rowKey={(row) => String(row.id)}
        onOpen={(row) => opened.push(row.id)}
        rowActions={(row) => (
          <button type="button" aria-label={`Actions for ${row.name}`}>
            ⋯
          </button>
        )}
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Projects' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Name', 'ID', 'Actions']);
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Project 00002' }));
    expect(opened).toEqual([]);
    fireEvent.click(dataRows(grid)[1] as HTMLElement);
    expect(opened).toEqual([2]);
  });
});
