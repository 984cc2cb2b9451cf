import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Problem, Profile, ProfileDraft, Result, SystemPreset } from '../../common/ipc-contract';
import { MIX_SYSTEMS } from '../../common/mix-systems';
import { applyPreset } from '../../common/profile-defaults';
import { validateProfile } from '../../common/profile-validation';
import { Field } from '../components/Field';
import { ProblemView } from '../components/ProblemView';
import { SignInModeFieldset } from './SignInModeFieldset';
import type { DraftField, FieldMessages } from './profile-form';
import { FIELD_LABELS, secretForDraft, serverFieldErrors } from './profile-form';

interface ProfileEditorProps {
  /** The stored profile being edited; null for a new one. */
  profile: Profile | null;
  initialDraft: ProfileDraft;
  secretsInMemoryOnly: boolean;
  onSave: (draft: ProfileDraft) => Promise<Result<Profile>>;
  onSaved: () => void;
  onCancel: () => void;
}

/** Add or edit a profile, validated as the user types with the same rules main applies. */
export function ProfileEditor(props: ProfileEditorProps) {
  const { profile, initialDraft, secretsInMemoryOnly, onSave } = props;
  const [settings, setSettings] = useState<ProfileDraft>(initialDraft);
  const [secretText, setSecretText] = useState('');
  const [removeSecret, setRemoveSecret] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(() => new Set());
  const [serverErrors, setServerErrors] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  const draft: ProfileDraft = { ...settings, clientSecret: secretForDraft(secretText, removeSecret) };
  const hasStoredSecret = profile?.hasClientSecret ?? false;
  // A new profile needs a secret; an existing one may keep, replace or deliberately remove its own.
  const requireSecret = profile === null;
  const validation = validateProfile(draft, { requireSecret });
  const isEditing = profile !== null;

  const errorKeys = [...Object.keys(validation.errors), ...Object.keys(serverErrors)] as DraftField[];
  const blocking = [...new Set(errorKeys)];

  function markTouched(field: DraftField) {
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));
    setServerErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _cleared, ...rest } = current;
      return rest;
    });
  }

  function update<K extends keyof ProfileDraft>(field: K, value: ProfileDraft[K]) {
    setSettings((current) => ({ ...current, [field]: value }));
    markTouched(field);
  }

  function chooseSystem(preset: SystemPreset) {
    setSettings((current) => applyPreset(current, preset));
    markTouched('system');
  }

  // Errors appear once a field was touched (or at once when editing a stored profile); warnings always.
  function errorFor(field: DraftField): string | undefined {
    const server = serverErrors[field];
    if (server) return server;
    return touched.has(field) || isEditing ? validation.errors[field] : undefined;
  }
  const warningFor = (field: DraftField) => validation.warnings[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (blocking.length > 0 || saving) return;
    setSaving(true);
    setProblem(null);
    const result = await onSave(draft);
    setSaving(false);
    if (result.ok) {
      props.onSaved();
      return;
    }
    // The draft stays as typed so nothing is lost; main's field messages land under their fields.
    const { fields, unplaced } = serverFieldErrors(result.problem);
    setServerErrors(fields);
    const hasPlaced = Object.keys(fields).length > 0;
    if (!hasPlaced || unplaced.length > 0) {
      setProblem(unplaced.length > 0 ? { ...result.problem, detail: unplaced.join(' ') } : result.problem);
    }
  }

  const locked = settings.system !== 'custom';
  const urlHint = locked ? 'Set by the Mix system. Choose Custom to change it.' : undefined;

  return (
    <section className="editor" aria-labelledby="editor-title">
      <h1 id="editor-title">{isEditing ? `Edit ${initialDraft.name || 'profile'}` : 'New profile'}</h1>
      {problem && <ProblemView problem={problem} onDismiss={() => setProblem(null)} />}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <Field id="profile-name" label="Name" error={errorFor('name')} warning={warningFor('name')}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={settings.name}
              onChange={(event) => update('name', event.target.value)}
              onBlur={() => markTouched('name')}
            />
          )}
        </Field>

        <Field
          id="profile-system"
          label="Mix system"
          error={errorFor('system')}
          warning={warningFor('system')}
        >
          {(control) => (
            <select
              {...control}
              value={settings.system}
              onChange={(event) => chooseSystem(event.target.value as SystemPreset)}
            >
              {MIX_SYSTEMS.map((system) => (
                <option key={system.preset} value={system.preset}>
                  {system.label}
                </option>
              ))}
              <option value="custom">Custom</option>
            </select>
          )}
        </Field>

        <div className="field-row">
          <Field
            id="profile-auth-url"
            label="Authorization server URL"
            error={errorFor('authServerUrl')}
            warning={warningFor('authServerUrl')}
            hint={urlHint}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                readOnly={locked}
                value={settings.authServerUrl}
                onChange={(event) => update('authServerUrl', event.target.value)}
                onBlur={() => markTouched('authServerUrl')}
              />
            )}
          </Field>
          <Field
            id="profile-api-url"
            label="Mix.api URL"
            error={errorFor('apiUrl')}
            warning={warningFor('apiUrl')}
            hint={urlHint}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                readOnly={locked}
                value={settings.apiUrl}
                onChange={(event) => update('apiUrl', event.target.value)}
                onBlur={() => markTouched('apiUrl')}
              />
            )}
          </Field>
        </div>

        <Field
          id="profile-client-id"
          label="Client ID"
          error={errorFor('clientId')}
          warning={warningFor('clientId')}
          hint="From the Mix dashboard: your name → Profile."
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={settings.clientId}
              onChange={(event) => update('clientId', event.target.value)}
              onBlur={() => markTouched('clientId')}
            />
          )}
        </Field>

        <Field
          id="profile-client-secret"
          label="Client secret"
          error={errorFor('clientSecret')}
          warning={warningFor('clientSecret')}
          hint={
            secretsInMemoryOnly
              ? 'This computer cannot encrypt secrets: it is kept in memory until Mix Explorer quits.'
              : 'Encrypted by your operating system and never shown again.'
          }
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              disabled={removeSecret}
              placeholder={hasStoredSecret ? 'Stored — leave empty to keep' : ''}
              value={secretText}
              onChange={(event) => {
                setSecretText(event.target.value);
                markTouched('clientSecret');
              }}
              onBlur={() => markTouched('clientSecret')}
            />
          )}
        </Field>
        {hasStoredSecret && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={removeSecret}
              onChange={(event) => {
                setRemoveSecret(event.target.checked);
                markTouched('clientSecret');
              }}
            />
            Remove stored secret
          </label>
        )}

        <Field
          id="profile-redirect-url"
          label="Redirect URL"
          error={errorFor('redirectUrl')}
          warning={warningFor('redirectUrl')}
          hint="Must match a Redirect URL registered in the Mix dashboard, character for character."
        >
          {(control) => (
            <input
              {...control}
              type="url"
              spellCheck={false}
              value={settings.redirectUrl}
              onChange={(event) => update('redirectUrl', event.target.value)}
              onBlur={() => markTouched('redirectUrl')}
            />
          )}
        </Field>

        <div className="field-row">
          <Field id="profile-tenant" label="Tenant" error={errorFor('tenant')} warning={warningFor('tenant')}>
            {(control) => (
              <input
                {...control}
                type="text"
                spellCheck={false}
                value={settings.tenant}
                onChange={(event) => update('tenant', event.target.value)}
                onBlur={() => markTouched('tenant')}
              />
            )}
          </Field>
          <Field id="profile-scope" label="Scope" error={errorFor('scope')} warning={warningFor('scope')}>
            {(control) => (
              <input
                {...control}
                type="text"
                spellCheck={false}
                value={settings.scope}
                onChange={(event) => update('scope', event.target.value)}
                onBlur={() => markTouched('scope')}
              />
            )}
          </Field>
        </div>

        <SignInModeFieldset value={settings.signInMode} onChange={(mode) => update('signInMode', mode)} />

        <details className="advanced">
          <summary>Advanced</summary>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.usePkce}
              onChange={(event) => update('usePkce', event.target.checked)}
            />
            Use PKCE
          </label>
          {warningFor('usePkce') && <p className="field-warning">{warningFor('usePkce')}</p>}
          <Field
            id="profile-client-auth"
            label="Client authentication"
            error={errorFor('clientAuth')}
            warning={warningFor('clientAuth')}
            hint="How Mix Explorer sends the client ID and secret to the token endpoint."
          >
            {(control) => (
              <select
                {...control}
                value={settings.clientAuth}
                onChange={(event) => update('clientAuth', event.target.value === 'body' ? 'body' : 'basic')}
              >
                <option value="basic">HTTP Basic</option>
                <option value="body">Form body</option>
              </select>
            )}
          </Field>
        </details>

        <div className="form-actions">
          {blocking.length > 0 && (
            <p className="muted form-summary">
              To save, check: {blocking.map((field) => FIELD_LABELS[field] ?? field).join(', ')}.
            </p>
          )}
          <button type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={blocking.length > 0 || saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </section>
  );
}
