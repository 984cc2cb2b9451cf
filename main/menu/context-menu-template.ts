import type { MenuItemConstructorOptions } from 'electron';

/** The part of Electron's `context-menu` params the menu depends on. */
export interface ContextMenuParamsLike {
  selectionText: string;
  isEditable: boolean;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

/**
 * The right-click menu: Cut/Copy/Paste/Select All in an editable field, Copy/Select All over selected
 * text, nothing elsewhere (an empty list means no menu). Roles, so the renderer's own clipboard rules
 * apply and main never reads what is copied.
 */
export function contextMenuTemplate(params: ContextMenuParamsLike): MenuItemConstructorOptions[] {
  const { editFlags } = params;
  if (params.isEditable) {
    return [
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: editFlags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() === '') return [];
  return [
    { role: 'copy', enabled: editFlags.canCopy },
    { type: 'separator' },
    { role: 'selectAll', enabled: editFlags.canSelectAll },
  ];
}
