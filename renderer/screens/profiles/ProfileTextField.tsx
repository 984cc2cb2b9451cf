import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from '../../ui/Field';

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'onBlur'>;

interface ProfileTextFieldProps extends InputAttributes {
  id: string;
  label: string;
  error?: string;
  warning?: string;
  hint?: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  onBlur: () => void;
}

/** One text-like profile setting: a labelled input with its hint and messages. */
export function ProfileTextField(props: ProfileTextFieldProps) {
  const { id, label, error, warning, hint, value, onValueChange, onBlur, ...input } = props;
  return (
    <Field id={id} label={label} error={error} warning={warning} hint={hint}>
      {(control) => (
        <input
          {...control}
          {...input}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
