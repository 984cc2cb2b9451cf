import type { ProfileKind } from '../../../common/ipc-contract';

const KINDS: { value: ProfileKind; label: string; description: string }[] = [
  {
    value: 'browser',
    label: 'Browser sign-in',
    description:
      'You log in to Mix as yourself, in a window or your browser. Use this for your own work: Mix shows what your account may see.',
  },
  {
    value: 'service-account',
    label: 'Service account',
    description:
      'No login page: Mix Explorer asks for a token with the client ID and secret alone, like Nuance’s mix command-line tool. Use this for shared or automated access with service credentials (Mix dashboard → Profile); Nuance enables them for your organization.',
  },
];

interface ProfileKindFieldsetProps {
  value: ProfileKind;
  onChange: (kind: ProfileKind) => void;
}

/** Browser sign-in (authorization code) or service account (client credentials), in plain words. */
export function ProfileKindFieldset({ value, onChange }: ProfileKindFieldsetProps) {
  return (
    <fieldset className="fieldset">
      <legend>Kind</legend>
      {KINDS.map((kind) => (
        <div key={kind.value} className="radio">
          <input
            id={`profile-kind-${kind.value}`}
            type="radio"
            name="profile-kind"
            value={kind.value}
            checked={value === kind.value}
            aria-describedby={`profile-kind-${kind.value}-hint`}
            onChange={() => onChange(kind.value)}
          />
          <div>
            <label htmlFor={`profile-kind-${kind.value}`} className="radio-label">
              {kind.label}
            </label>
            <p id={`profile-kind-${kind.value}-hint`} className="field-hint">
              {kind.description}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
