import type { ReactNode } from 'react';
import './forms.css';

/** What a form control needs to be tied to its label and messages. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  warning?: string;
  hint?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control with its hint, error (red) and warning (amber), all announced with the control. */
export function Field({ id, label, error, warning, hint, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const describedBy = [hint ? hintId : null, error || warning ? messageId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error ? (
        <p id={messageId} className="field-error">
          {error}
        </p>
      ) : (
        warning && (
          <p id={messageId} className="field-warning">
            {warning}
          </p>
        )
      )}
    </div>
  );
}
