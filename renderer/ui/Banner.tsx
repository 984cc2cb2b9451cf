import type { ReactNode } from 'react';
import './Banner.css';

export type BannerTone = 'info' | 'warning' | 'error';

interface BannerProps {
  tone: BannerTone;
  title?: string;
  children?: ReactNode;
  /** Buttons shown at the end of the banner. */
  actions?: ReactNode;
  onDismiss?: () => void;
}

/** A full-width message above the screen. Errors interrupt screen readers; other tones do not. */
export function Banner({ tone, title, children, actions, onDismiss }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'note'}>
      <span className="banner-icon" aria-hidden="true">
        {tone === 'info' ? 'i' : '!'}
      </span>
      <div className="banner-body">
        {title && <strong className="banner-title">{title}</strong>}
        {children && <div className="banner-text">{children}</div>}
      </div>
      {actions && <div className="banner-actions">{actions}</div>}
      {onDismiss && (
        <button type="button" className="button-icon" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
