import { lazy, Suspense } from 'react';

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
