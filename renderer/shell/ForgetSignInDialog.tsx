import { lazy, Suspense, useState, type ReactNode } from 'react';

/** Loaded when first asked, so it costs nothing at start-up. */
const ConfirmDialog = lazy(() => import('../ui/ConfirmDialog'));

interface ForgetSignInDialogProps {
  profileName: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Forget sign-in?": asked before the remembered Mix login of a profile is cleared. */
export function ForgetSignInDialog({ profileName, onConfirm, onCancel }: ForgetSignInDialogProps) {
  return (
    <Suspense fallback={null}>
      <ConfirmDialog
        title="Forget sign-in?"
        confirmLabel="Forget sign-in"
        danger
        onCancel={onCancel}
        onConfirm={onConfirm}
      >
        <p>
          Mix Explorer signs you out of {profileName} and clears the remembered Mix login, so the next sign-in
          asks for your email and password again.
        </p>
      </ConfirmDialog>
    </Suspense>
  );
}

/**
 * "Forget sign-in…" for a profile: `ask` opens the confirmation, `dialog` is rendered where the caller
 * wants it (nothing until asked), and only confirming calls `forget`.
 */
export function useForgetSignIn(
  profileName: string,
  forget: () => void,
): { ask: () => void; dialog: ReactNode } {
  const [asking, setAsking] = useState(false);
  const dialog = asking ? (
    <ForgetSignInDialog
      profileName={profileName}
      onCancel={() => setAsking(false)}
      onConfirm={() => {
        setAsking(false);
        forget();
      }}
    />
  ) : null;
  return { ask: () => setAsking(true), dialog };
}
