/** What the account menu offers in each session state. Pure, so every state is tested without a screen. */
import type { SessionStatus, SignInMode } from '../../common/ipc-contract';

export type AccountAction =
  | 'sign-in'
  | 'sign-in-other-mode'
  | 'cancel-sign-in'
  | 'sign-out'
  | 'use-another-account'
  | 'forget'
  | 'switch-profile'
  | 'edit-profile'
  | 'copy-token'
  | 'copy-curl';

export interface AccountMenuItem {
  action: AccountAction;
  label: string;
}

export interface AccountMenuSections {
  /** Signing in and out: under the session's details. */
  session: AccountMenuItem[];
  profile: AccountMenuItem[];
  /** Secondary: most people never need the raw token. Only while signed in. */
  copy: AccountMenuItem[];
}

interface AccountMenuInput {
  status: SessionStatus;
  profileMode: SignInMode;
  /** A service account signs in without a browser: no other mode or account. */
  serviceAccount: boolean;
}

export function accountMenuSections({
  status,
  profileMode,
  serviceAccount,
}: AccountMenuInput): AccountMenuSections {
  const otherMode = profileMode === 'embedded' ? 'system browser' : 'embedded window';
  const anotherAccount: AccountMenuItem[] = serviceAccount
    ? []
    : [{ action: 'use-another-account', label: 'Use another account' }];
  const forget: AccountMenuItem = { action: 'forget', label: 'Forget sign-in…' };
  const profile: AccountMenuItem[] = [
    { action: 'switch-profile', label: 'Switch profile…' },
    { action: 'edit-profile', label: 'Edit profile…' },
  ];
  switch (status) {
    case 'signing-in':
      return { session: [{ action: 'cancel-sign-in', label: 'Cancel sign-in' }], profile, copy: [] };
    case 'signed-in':
      return {
        session: [{ action: 'sign-out', label: 'Sign out' }, ...anotherAccount, forget],
        profile,
        copy: [
          { action: 'copy-token', label: 'Copy access token' },
          { action: 'copy-curl', label: 'Copy as curl' },
        ],
      };
    case 'expired':
    case 'signed-out':
      return {
        session: [
          { action: 'sign-in', label: 'Sign in' },
          ...(serviceAccount
            ? []
            : [{ action: 'sign-in-other-mode' as const, label: `Sign in with ${otherMode}` }]),
          ...(status === 'expired' ? [{ action: 'sign-out' as const, label: 'Sign out' }] : []),
          ...anotherAccount,
          forget,
        ],
        profile,
        copy: [],
      };
  }
}
