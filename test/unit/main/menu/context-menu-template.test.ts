import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { contextMenuTemplate, type ContextMenuParamsLike } from '../../../../main/menu/context-menu-template';
import { attachContextMenu } from '../../../../main/menu/install-menus';
import { FakeEmitter } from '../electron/fakes';

const noFlags = { canCut: false, canCopy: false, canPaste: false, canSelectAll: false };

function params(overrides: Partial<ContextMenuParamsLike>): ContextMenuParamsLike {
  return { selectionText: '', isEditable: false, editFlags: noFlags, ...overrides };
}

const summary = (template: MenuItemConstructorOptions[]) =>
  template.map((item) => (item.type === 'separator' ? '-' : `${item.role}${item.enabled ? '' : ' (off)'}`));

describe('contextMenuTemplate', () => {
  it('shows nothing where there is nothing to copy or edit', () => {
    expect(contextMenuTemplate(params({}))).toEqual([]);
    expect(contextMenuTemplate(params({ selectionText: '  \n' }))).toEqual([]);
  });

  it('offers Copy and Select All over selected text', () => {
    const template = contextMenuTemplate(
      params({ selectionText: 'proj-1922', editFlags: { ...noFlags, canCopy: true, canSelectAll: true } }),
    );
    expect(summary(template)).toEqual(['copy', '-', 'selectAll']);
  });

  it('offers Cut, Copy and Paste in an editable field, enabled as the field allows', () => {
    const template = contextMenuTemplate(
      params({
        isEditable: true,
        editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
      }),
    );
    expect(summary(template)).toEqual(['cut (off)', 'copy (off)', 'paste', '-', 'selectAll']);
  });
});

describe('attachContextMenu', () => {
  it('pops a menu up only when the template has items', () => {
    const contents = new FakeEmitter();
    const shown: MenuItemConstructorOptions[][] = [];
    attachContextMenu(contents, (template) => shown.push(template));
    contents.emit('context-menu', {}, params({}));
    contents.emit(
      'context-menu',
      {},
      params({ selectionText: 'x', editFlags: { ...noFlags, canCopy: true } }),
    );
    expect(shown.map(summary)).toEqual([['copy', '-', 'selectAll (off)']]);
  });
});
