import type { MenuItemConstructorOptions } from 'electron';
import { contextMenuTemplate, type ContextMenuParamsLike } from './context-menu-template';

/** The part of Electron's `Menu` class the app uses. */
export interface MenuClassLike<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
  setApplicationMenu(menu: M | null): void;
}

export function installAppMenu<M>(Menu: MenuClassLike<M>, template: MenuItemConstructorOptions[]): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

export interface ContextMenuContentsLike {
  on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParamsLike) => void): unknown;
}

/**
 * Right-click menus for a window's page. Electron shows none by default, so without this text in the
 * app can be selected but not copied with the mouse.
 */
export function attachContextMenu(
  contents: ContextMenuContentsLike,
  popUp: (template: MenuItemConstructorOptions[]) => void,
): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    if (template.length > 0) popUp(template);
  });
}
