import { useId } from 'react';
import './TableFilter.css';

interface TableFilterProps {
  value: string;
  onChange: (value: string) => void;
  /** e.g. "Filter projects by name". */
  label: string;
  /** "12 of 40" and the like. */
  summary?: string;
}

export function TableFilter({ value, onChange, label, summary }: TableFilterProps) {
  const id = useId();
  return (
    <div className="table-filter">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        placeholder={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {summary && <span className="muted table-count">{summary}</span>}
    </div>
  );
}
