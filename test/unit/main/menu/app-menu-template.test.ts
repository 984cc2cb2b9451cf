import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  appMenuTemplate,
  MIX_API_DOCUMENTATION_URL,
  type AppMenuHandlers,
} from '../../../../main/menu/app-menu-template';
import { isDocumentationLink } from '../../../../main/security/documentation-links';

function handlers(calls: string[] = [], withSettings = true): AppMenuHandlers {
  return {
    ...(withSettings ? { openSettings: () => calls.push('settings') } : {}),
    openDocumentation: () => calls.push('documentation'),
    openLogsFolder: () => calls.push('logs'),
    copyDiagnostics: () => calls.push('diagnostics'),
    showAbout: () => calls.push('about'),
  };
}

/** A menu as "Label: item, item" lines, roles in brackets, for readable comparisons. */
function outline(template: MenuItemConstructorOptions[]): string[] {
  const name = (item: MenuItemConstructorOptions): string =>
    item.type === 'separator' ? '-' : (item.label ?? `[${item.role}]`);
  return template.map((menu) => {
    const items = Array.isArray(menu.submenu) ? menu.submenu.map(name).join(', ') : '(system)';
    return `${name(menu)}: ${items}`;
  });
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const menu of template) {
    const item = (Array.isArray(menu.submenu) ? menu.submenu : []).find((entry) => entry.label === label);
    if (item) return item;
  }
  throw new Error(`no item ${label}`);
}

describe('appMenuTemplate', () => {
  it('follows macOS conventions: app menu with About, Settings, Hide and Quit; system Window menu', () => {
    expect(outline(appMenuTemplate('darwin', false, handlers()))).toEqual([
      '[appMenu]: [about], -, Settings…, -, [services], -, [hide], [hideOthers], [unhide], -, [quit]',
      '&File: [close]',
      '&Edit: [undo], [redo], -, [cut], [copy], [paste], -, [selectAll]',
      '&View: [resetZoom], [zoomIn], [zoomOut], -, [togglefullscreen]',
      '[windowMenu]: (system)',
      '&Help: Mix.api Documentation, -, Open Logs Folder, Copy Diagnostics',
    ]);
  });

  it('follows Windows and Linux conventions: Settings and Exit in File, About in Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(outline(appMenuTemplate(platform, false, handlers()))).toEqual([
        '&File: &Settings…, -, [quit]',
        '&Edit: [undo], [redo], -, [cut], [copy], [paste], -, [selectAll]',
        '&View: [resetZoom], [zoomIn], [zoomOut], -, [togglefullscreen]',
        '&Window: [minimize], [close]',
        '&Help: Mix.api Documentation, -, Open Logs Folder, Copy Diagnostics, -, About Mix Explorer',
      ]);
    }
  });

  it('offers Reload and DevTools in development only', () => {
    const dev = outline(appMenuTemplate('linux', true, handlers()));
    expect(dev[2]).toBe(
      '&View: [reload], [forceReload], [toggleDevTools], -, [resetZoom], [zoomIn], [zoomOut], -, [togglefullscreen]',
    );
    const all = JSON.stringify(appMenuTemplate('darwin', false, handlers()));
    expect(all).not.toMatch(/reload|toggleDevTools/i);
  });

  it('leaves Settings out until there is a way to open it', () => {
    expect(outline(appMenuTemplate('linux', false, handlers([], false)))[0]).toBe('&File: [quit]');
    expect(outline(appMenuTemplate('darwin', false, handlers([], false)))[0]).toBe(
      '[appMenu]: [about], -, [services], -, [hide], [hideOthers], [unhide], -, [quit]',
    );
  });

  it('wires each item to its handler, Settings on Cmd/Ctrl+,', () => {
    const calls: string[] = [];
    const template = appMenuTemplate('win32', false, handlers(calls));
    for (const label of [
      '&Settings…',
      'Mix.api Documentation',
      'Open Logs Folder',
      'Copy Diagnostics',
      'About Mix Explorer',
    ]) {
      const click = find(template, label).click as () => void;
      click();
    }
    expect(calls).toEqual(['settings', 'documentation', 'logs', 'diagnostics', 'about']);
    expect(find(template, '&Settings…').accelerator).toBe('CmdOrCtrl+,');
  });

  it('links to documentation the allow-list lets through', () => {
    expect(isDocumentationLink(MIX_API_DOCUMENTATION_URL)).toBe(true);
  });
});
