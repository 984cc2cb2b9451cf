import type { Problem, Profile, ProfileDraft } from '../../../common/ipc-contract';

export type DraftField = keyof ProfileDraft;
export type FieldMessages = Partial<Record<DraftField, string>>;

/** Fields the editor shows, in form order, with the labels used in messages. */
export const FIELD_LABELS: Partial<Record<DraftField, string>> = {
  name: 'Name',
  system: 'Mix system',
  authServerUrl: 'Authorization server URL',
  apiUrl: 'Mix.api URL',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  redirectUrl: 'Redirect URL',
  tenant: 'Tenant',
  scope: 'Scope',
  signInMode: 'Sign-in mode',
  usePkce: 'Use PKCE',
  clientAuth: 'Client authentication',
  requireIss: 'Require iss',
  kind: 'Kind',
};

function isDraftField(key: string): key is DraftField {
  return key in FIELD_LABELS;
}

/** A stored profile as an editable draft: the secret stays in main, so `clientSecret` starts as "keep". */
export function draftFromProfile(profile: Profile): ProfileDraft {
  const { hasClientSecret: _hasClientSecret, ...settings } = profile;
  return { ...settings };
}

/** The secret inputs as the contract wants them: null removes, undefined keeps, a string replaces. */
export function secretForDraft(typed: string, removeStored: boolean): string | null | undefined {
  if (removeStored) return null;
  return typed === '' ? undefined : typed;
}

/** Splits main's `invalid-input` field messages into ones the form can place and ones it cannot. */
export function serverFieldErrors(problem: Problem): { fields: FieldMessages; unplaced: string[] } {
  const fields: FieldMessages = {};
  const unplaced: string[] = [];
  for (const [key, message] of Object.entries(problem.fields ?? {})) {
    if (isDraftField(key)) fields[key] = message;
    else unplaced.push(message);
  }
  return { fields, unplaced };
}
