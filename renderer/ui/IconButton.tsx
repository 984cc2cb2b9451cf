import type { ReactNode } from 'react';
import { Button, Tooltip, TooltipTrigger } from 'react-aria-components';
import './IconButton.css';

interface IconButtonProps {
  /** The accessible name, also shown as its tooltip. */
  label: string;
  /** A keyboard shortcut shown in the tooltip, e.g. "Alt+Left". */
  shortcut?: string;
  onPress: () => void;
  isDisabled?: boolean;
  /** Pressed state for toggles (the sidebar, a panel). */
  pressed?: boolean;
  children: ReactNode;
}

/** A small button that shows an icon; its name is in its tooltip (React Aria's, on hover and on focus). */
export function IconButton({ label, shortcut, onPress, isDisabled, pressed, children }: IconButtonProps) {
  return (
    <TooltipTrigger delay={600}>
      <Button
        className="button-icon"
        aria-label={label}
        aria-pressed={pressed}
        onPress={onPress}
        isDisabled={isDisabled}
      >
        <span aria-hidden="true">{children}</span>
      </Button>
      <Tooltip className="tooltip" offset={6}>
        {label}
        {shortcut && <kbd className="tooltip-shortcut">{shortcut}</kbd>}
      </Tooltip>
    </TooltipTrigger>
  );
}
