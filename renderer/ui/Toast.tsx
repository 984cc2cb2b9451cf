import { useEffect } from 'react';

interface ToastProps {
  message: string;
  onDone: () => void;
  durationMs?: number;
}

/** A short confirmation that disappears on its own; announced politely to screen readers. */
export function Toast({ message, onDone, durationMs = 4000 }: ToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDone, durationMs);
    return () => clearTimeout(timer);
  }, [message, onDone, durationMs]);

  return (
    <div className="toast" role="status" aria-live="polite">
      {message}
    </div>
  );
}
