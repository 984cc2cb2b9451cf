import type { ReactNode } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator } from 'react-aria-components';
import './Menu.css';

export interface MenuAction {
  id: string;
  label: string;
  onAction: () => void;
  disabled?: boolean;
  /** A line above this item, to group related ones. */
  separated?: boolean;
}

interface ActionMenuProps {
  /** The button's accessible name, e.g. "Actions for NLU_1922_1" or "Copy". */
  label: string;
  /** What the button shows; its label when absent. */
  trigger?: ReactNode;
  /** Extra classes of the button (`button`, `button-icon`...). */
  buttonClassName?: string;
  actions: readonly MenuAction[];
  isDisabled?: boolean;
}

/**
 * A menu button: React Aria's menu (arrow keys, typeahead, Esc, focus returned to the button) styled with
 * our tokens. Used for the toolbar's Copy menu, the tabs' overflow and every row's actions.
 */
export function ActionMenu({
  label,
  trigger,
  buttonClassName = 'button',
  actions,
  isDisabled,
}: ActionMenuProps) {
  return (
    <MenuTrigger>
      <Button
        className={`${buttonClassName} menu-button`}
        aria-label={trigger === undefined ? undefined : label}
        isDisabled={isDisabled}
      >
        {trigger ?? label}
        {trigger === undefined && (
          <span className="menu-chevron" aria-hidden="true">
            ▾
          </span>
        )}
      </Button>
      <Popover className="popover" placement="bottom end" offset={4}>
        <Menu
          className="menu"
          aria-label={label}
          onAction={(key) => actions.find((action) => action.id === key)?.onAction()}
          disabledKeys={actions.filter((action) => action.disabled).map((action) => action.id)}
        >
          {actions.flatMap((action) => [
            ...(action.separated ? [<Separator key={`${action.id}-sep`} className="menu-separator" />] : []),
            <MenuItem key={action.id} id={action.id} className="menu-item" textValue={action.label}>
              {action.label}
            </MenuItem>,
          ])}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
