// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { nextPane, paneFocusTarget } from '../../../../renderer/shell/panes';

function panes(count: number): HTMLElement[] {
  return Array.from({ length: count }, () => document.createElement('section'));
}

describe('F6 from pane to pane', () => {
  it('goes to the next pane, and from the last back to the first', () => {
    const [header, sidebar, main] = panes(3) as [HTMLElement, HTMLElement, HTMLElement];
    const button = document.createElement('button');
    sidebar.append(button);
    expect(nextPane([header, sidebar, main], button, 1)).toBe(main);
    expect(nextPane([header, sidebar, main], main, 1)).toBe(header);
  });

  it('goes back with Shift+F6, and starts at an end when focus is in no pane', () => {
    const list = panes(3);
    expect(nextPane(list, list[0] ?? null, -1)).toBe(list[2]);
    expect(nextPane(list, document.body, 1)).toBe(list[0]);
    expect(nextPane(list, null, -1)).toBe(list[2]);
    expect(nextPane([], null, 1)).toBeUndefined();
  });

  it('lands on a pane itself when it has nothing focusable, making it focusable for that', () => {
    const [pane] = panes(1) as [HTMLElement];
    expect(paneFocusTarget(pane)).toBe(pane);
    expect(pane.tabIndex).toBe(-1);
  });
});
