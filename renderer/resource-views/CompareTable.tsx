import { useId } from 'react';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import type { CompareRow } from './compare';
import { Badge } from './ui';
import './CompareTable.css';

export interface CompareChoice {
  id: string;
  label: string;
}

/** One side's picker: a labelled select of the things that can be compared. */
export function ComparePicker({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: readonly CompareChoice[];
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <span className="compare-picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </span>
  );
}

function Value({ text, differs }: { text: string; differs: boolean }) {
  return differs ? <mark className="compare-diff">{text}</mark> : <>{text}</>;
}

/** Two things side by side, field by field; the fields that differ are marked, in words and in colour. */
export function CompareTable({
  label,
  leftName,
  rightName,
  rows,
}: {
  label: string;
  leftName: string;
  rightName: string;
  rows: readonly CompareRow[];
}) {
  const differing = rows.filter((row) => row.differs).length;
  const columns: Column<CompareRow>[] = [
    { id: 'field', header: 'Field', value: (row) => row.field, width: 'minmax(150px, 1fr)', rowHeader: true },
    {
      id: 'left',
      header: leftName,
      value: (row) => row.left,
      render: (row) => <Value text={row.left} differs={row.differs} />,
      width: 'minmax(160px, 1.5fr)',
      sortable: false,
    },
    {
      id: 'right',
      header: rightName,
      value: (row) => row.right,
      render: (row) => <Value text={row.right} differs={row.differs} />,
      width: 'minmax(160px, 1.5fr)',
      sortable: false,
    },
    {
      id: 'differs',
      header: 'Same?',
      value: (row) => (row.differs ? 'Differs' : 'Same'),
      render: (row) =>
        row.differs ? <Badge tone="warn">Differs</Badge> : <span className="muted">Same</span>,
      width: '110px',
    },
  ];
  return (
    <>
      <p className="muted compare-summary" role="status">
        {differing === 0 ? 'No differences.' : `${differing} of ${rows.length} fields differ.`}
      </p>
      <DataTable label={label} columns={columns} rows={rows} rowKey={(row) => row.field} />
    </>
  );
}
