import {
  Button,
  Text,
  UNSTABLE_Toast as AriaToast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import './Toast.css';

/** How long a toast stays; hovering or focusing it pauses the clock (React Aria's queue). */
export const TOAST_MS = 5_000;

export interface ToastContentValue {
  message: string;
}

/**
 * The window's one queue of short confirmations. Its timers belong to the queue, not to a component, so
 * re-rendering or navigating never restarts them.
 */
export const toasts = new ToastQueue<ToastContentValue>({ maxVisibleToasts: 3 });

export function showToast(message: string): void {
  toasts.add({ message }, { timeout: TOAST_MS });
}

/** Where toasts appear (bottom right): a landmark screen readers announce politely, F6 reaches it. */
export function Toasts() {
  return (
    <ToastRegion queue={toasts} className="toast-region" aria-label="Notifications">
      {({ toast }) => (
        <AriaToast toast={toast} className="toast">
          <ToastContent className="toast-content">
            <Text slot="title">{toast.content.message}</Text>
          </ToastContent>
          <Button slot="close" className="button-icon toast-close" aria-label="Dismiss">
            ×
          </Button>
        </AriaToast>
      )}
    </ToastRegion>
  );
}
