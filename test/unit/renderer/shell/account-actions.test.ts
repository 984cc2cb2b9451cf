import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../../../common/ipc-contract';
import { accountMenuSections } from '../../../../renderer/shell/account-actions';

const labels = (status: SessionStatus, serviceAccount = false, profileMode = 'embedded' as const) => {
  const sections = accountMenuSections({ status, profileMode, serviceAccount });
  return {
    session: sections.session.map((item) => item.label),
    profile: sections.profile.map((item) => item.label),
    copy: sections.copy.map((item) => item.label),
  };
};

describe('the account menu’s items', () => {
  it('offers the session’s actions first and the token only while signed in, as a last group', () => {
    expect(labels('signed-in')).toEqual({
      session: ['Sign out', 'Use another account', 'Forget sign-in…'],
      profile: ['Switch profile…', 'Edit profile…'],
      copy: ['Copy access token', 'Copy as curl'],
    });
    for (const status of ['signed-out', 'signing-in', 'expired'] as const) {
      expect(labels(status).copy).toEqual([]);
    }
  });

  it('signs in (in the other mode too) while signed out, and can only be cancelled while signing in', () => {
    expect(labels('signed-out').session).toEqual([
      'Sign in',
      'Sign in with system browser',
      'Use another account',
      'Forget sign-in…',
    ]);
    expect(labels('expired').session).toContain('Sign out');
    expect(labels('signing-in').session).toEqual(['Cancel sign-in']);
  });

  it('offers a service account no browser mode and no other account', () => {
    expect(labels('signed-out', true).session).toEqual(['Sign in', 'Forget sign-in…']);
    expect(labels('signed-in', true).session).toEqual(['Sign out', 'Forget sign-in…']);
  });
});
