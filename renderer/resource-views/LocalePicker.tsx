import { useId } from 'react';

export const ALL_LOCALES = '*';

export interface LocalePickerProps {
  locales: readonly string[];
  value: string;
  onChange: (value: string) => void;
  /** Offers "All locales" (exports that take several `locales`). */
  allowAll?: boolean;
}

export function LocalePicker({ locales, value, onChange, allowAll = false }: LocalePickerProps) {
  const id = useId();
  return (
    <span className="view-filter">
      <label htmlFor={id}>Locale</label>{' '}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {locales.map((locale) => (
          <option key={locale} value={locale}>
            {locale}
          </option>
        ))}
        {allowAll && locales.length > 1 && <option value={ALL_LOCALES}>All locales</option>}
      </select>
    </span>
  );
}

/** The `locales` parameter a picker value stands for. */
export function chosenLocales(value: string, locales: readonly string[]): string[] {
  if (value === ALL_LOCALES) return [...locales];
  return locales.includes(value) ? [value] : locales.slice(0, 1);
}
