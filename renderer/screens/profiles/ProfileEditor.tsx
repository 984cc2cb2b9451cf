import { useState } from 'react';
import type { FormEvent } from 'react';
import type {
  Problem,
  Profile,
  ProfileDraft,
  Result,
  SettingsTestResult,
  SystemPreset,
} from '../../../common/ipc-contract';
import { credentialBindingChanged, REBIND_NOTICE } from '../../../common/credential-binding';
import { MIX_SYSTEMS } from '../../../common/mix-systems';
import { applyPreset } from '../../../common/profile-defaults';
import { isServiceAccount, validateProfile } from '../../../common/profile-validation';
import { Field } from '../../ui/Field';
import { ProblemView } from '../../ui/ProblemView';
import { ProfileTextField } from './ProfileTextField';
import { SettingsTestView } from './SettingsTestView';
import { ProfileKindFieldset } from './ProfileKindFieldset';
import { SignInModeFieldset } from './SignInModeFieldset';
import type { DraftField, FieldMessages } from './profile-form';
import { FIELD_LABELS, secretForDraft, serverFieldErrors } from './profile-form';

/** Settings edited as free text, one input each. */
type TextSetting = 'name' | 'authServerUrl' | 'apiUrl' | 'clientId' | 'redirectUrl' | 'tenant' | 'scope';

interface ProfileEditorProps {
  /** The stored profile being edited; null for a new one. */
  profile: Profile | null;
  initialDraft: ProfileDraft;
  secretsInMemoryOnly: boolean;
  /** The other stored profiles: a redirect URL shared with another authorization server is pointed out. */
  otherProfiles?: readonly Profile[];
  onSave: (draft: ProfileDraft) => Promise<Result<Profile>>;
  /** "Test these settings": main checks the unsaved values without signing in. */
  onTest?: (draft: ProfileDraft) => Promise<Result<SettingsTestResult>>;
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
  const [testing, setTesting] = useState(false);
  const [testResult, setTestResult] = useState<SettingsTestResult | null>(null);
  const [testProblem, setTestProblem] = useState<Problem | null>(null);

  const draft: ProfileDraft = { ...settings, clientSecret: secretForDraft(secretText, removeSecret) };
  const hasStoredSecret = profile?.hasClientSecret ?? false;
  // A new profile needs a secret; an existing one may keep, replace or deliberately remove its own.
  const requireSecret = profile === null;
  // New hosts or client ID: main ends the session and will not keep the stored secret for them.
  const rebinding = profile !== null && credentialBindingChanged(profile, settings);
  const validation = validateProfile(draft, {
    requireSecret,
    secretMustBeReentered: rebinding && hasStoredSecret,
    otherProfiles: props.otherProfiles ?? [],
  });
  const isEditing = profile !== null;

  const errorKeys = [...Object.keys(validation.errors), ...Object.keys(serverErrors)] as DraftField[];
  const blocking = [...new Set(errorKeys)];

  function markTouched(field: DraftField) {
    // Results are of the values that were tested: an edit makes them stale.
    setTestResult(null);
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

  // Everything a plain text setting's input needs: its value, messages and how it records edits.
  function settingField(field: TextSetting) {
    return {
      error: errorFor(field),
      warning: warningFor(field),
      value: settings[field],
      onValueChange: (value: string) => update(field, value),
      onBlur: () => markTouched(field),
    };
  }

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

  async function runTest() {
    if (!props.onTest || testing) return;
    setTesting(true);
    setTestProblem(null);
    setTestResult(null);
    const result = await props.onTest(draft);
    setTesting(false);
    if (result.ok) setTestResult(result.value);
    else setTestProblem(result.problem);
  }

  const locked = settings.system !== 'custom';
  // A service account never opens a login page: the browser's settings do not apply to it.
  const serviceAccount = isServiceAccount(settings);
  const urlHint = locked ? 'Set by the Mix system. Choose Custom to change it.' : undefined;

  return (
    <section className="editor" aria-labelledby="editor-title">
      <h1 id="editor-title">{isEditing ? `Edit ${initialDraft.name || 'profile'}` : 'New profile'}</h1>
      {problem && <ProblemView problem={problem} onDismiss={() => setProblem(null)} />}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ProfileTextField id="profile-name" label="Name" type="text" {...settingField('name')} />

        <ProfileKindFieldset value={settings.kind ?? 'browser'} onChange={(kind) => update('kind', kind)} />

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
          <ProfileTextField
            id="profile-auth-url"
            label="Authorization server URL"
            hint={urlHint}
            type="url"
            readOnly={locked}
            {...settingField('authServerUrl')}
          />
          <ProfileTextField
            id="profile-api-url"
            label="Mix.api URL"
            hint={urlHint}
            type="url"
            readOnly={locked}
            {...settingField('apiUrl')}
          />
        </div>

        <ProfileTextField
          id="profile-client-id"
          label="Client ID"
          hint={
            serviceAccount
              ? 'The service credentials’ client ID, from the Mix dashboard: your name → Profile.'
              : 'From the Mix dashboard: your name → Profile.'
          }
          type="text"
          autoComplete="off"
          spellCheck={false}
          {...settingField('clientId')}
        />

        <ProfileTextField
          id="profile-client-secret"
          label="Client secret"
          error={errorFor('clientSecret')}
          warning={warningFor('clientSecret')}
          hint={
            secretsInMemoryOnly
              ? 'This computer cannot encrypt secrets: it is kept in memory until Mix Explorer quits.'
              : 'Encrypted by your operating system and never shown again.'
          }
          type="password"
          autoComplete="new-password"
          disabled={removeSecret}
          placeholder={hasStoredSecret ? 'Stored — leave empty to keep' : ''}
          value={secretText}
          onValueChange={(value) => {
            setSecretText(value);
            markTouched('clientSecret');
          }}
          onBlur={() => markTouched('clientSecret')}
        />
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

        {!serviceAccount && (
          <ProfileTextField
            id="profile-redirect-url"
            label="Redirect URL"
            hint="Must match a Redirect URL registered in the Mix dashboard, character for character."
            type="url"
            spellCheck={false}
            {...settingField('redirectUrl')}
          />
        )}

        <div className="field-row">
          <ProfileTextField
            id="profile-tenant"
            label="Tenant"
            type="text"
            spellCheck={false}
            {...settingField('tenant')}
          />
          <ProfileTextField
            id="profile-scope"
            label="Scope"
            type="text"
            spellCheck={false}
            {...settingField('scope')}
          />
        </div>

        {!serviceAccount && (
          <SignInModeFieldset value={settings.signInMode} onChange={(mode) => update('signInMode', mode)} />
        )}

        <details className="advanced">
          <summary>Advanced</summary>
          {!serviceAccount && (
            <>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={settings.usePkce}
                  onChange={(event) => update('usePkce', event.target.checked)}
                />
                Use PKCE
              </label>
              {warningFor('usePkce') && <p className="field-warning">{warningFor('usePkce')}</p>}
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={settings.requireIss === true}
                  onChange={(event) => update('requireIss', event.target.checked)}
                />
                Require the authorization server to name itself in its response (iss)
              </label>
              <p className="muted field-hint">
                A response naming another server is always refused. With this on, one naming no server is
                refused too.
              </p>
            </>
          )}
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
          {rebinding && <p className="field-warning form-summary">{REBIND_NOTICE}</p>}
          {blocking.length > 0 && (
            <p className="muted form-summary">
              To save, check: {blocking.map((field) => FIELD_LABELS[field] ?? field).join(', ')}.
            </p>
          )}
          {props.onTest && (
            <button type="button" className="button" onClick={() => void runTest()} disabled={testing}>
              {testing ? 'Testing…' : 'Test these settings'}
            </button>
          )}
          <button type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={blocking.length > 0 || saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
        {testing && (
          <p className="muted" role="status">
            Testing the settings without signing in…
          </p>
        )}
        {testProblem && <ProblemView problem={testProblem} onDismiss={() => setTestProblem(null)} />}
        {testResult && <SettingsTestView result={testResult} />}
      </form>
    </section>
  );
}
