import type { SignInMode } from '../../../common/ipc-contract';

const MODES: { value: SignInMode; label: string; description: string }[] = [
  {
    value: 'embedded',
    label: 'Embedded window',
    description:
      'Mix’s sign-in page opens in a Mix Explorer window, which remembers your login to renew quietly.',
  },
  {
    value: 'system-browser',
    label: 'System browser',
    description:
      'Sign in in your usual browser (passkeys, password manager); Mix Explorer catches the redirect.',
  },
];

interface SignInModeFieldsetProps {
  value: SignInMode;
  onChange: (mode: SignInMode) => void;
}

export function SignInModeFieldset({ value, onChange }: SignInModeFieldsetProps) {
  return (
    <fieldset className="fieldset">
      <legend>Sign-in mode</legend>
      {MODES.map((mode) => (
        <div key={mode.value} className="radio">
          <input
            id={`sign-in-mode-${mode.value}`}
            type="radio"
            name="sign-in-mode"
            value={mode.value}
            checked={value === mode.value}
            aria-describedby={`sign-in-mode-${mode.value}-hint`}
            onChange={() => onChange(mode.value)}
          />
          <div>
            <label htmlFor={`sign-in-mode-${mode.value}`} className="radio-label">
              {mode.label}
            </label>
            <p id={`sign-in-mode-${mode.value}-hint`} className="field-hint">
              {mode.description}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
