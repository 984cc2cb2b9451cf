import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { NOW, fromMain, renderApp, usProfile } from '../render-app';
import { seedMix } from './mix-fixtures';

export const PROFILE_ID = 'profile-1';

/**
 * jsdom lays nothing out: every element measures 0×0, so a virtualised list would show no rows. Elements
 * here measure like a 1000×640 window, which is what the virtualizer reads.
 */
export const VIEWPORT = { width: 1000, height: 640 };

export function useLayout(): void {
  const sizes: [object, string, number][] = [
    [HTMLElement.prototype, 'offsetHeight', VIEWPORT.height],
    [HTMLElement.prototype, 'offsetWidth', VIEWPORT.width],
    [Element.prototype, 'clientHeight', VIEWPORT.height],
    [Element.prototype, 'clientWidth', VIEWPORT.width],
  ];
  const saved = sizes.map(([target, name]) => Object.getOwnPropertyDescriptor(target, name));
  const scrollHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight');
  const rect = Element.prototype.getBoundingClientRect;
  const scrollTo = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo');
  beforeAll(() => {
    // jsdom has no Element.scrollTo; the virtualizer scrolls with it, then listens for `scroll`.
    Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
      if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
      this.dispatchEvent(new Event('scroll'));
    } as Element['scrollTo'];
    Element.prototype.getBoundingClientRect = () => new DOMRect(0, 0, VIEWPORT.width, VIEWPORT.height);
    for (const [target, name, value] of sizes) {
      Object.defineProperty(target, name, { configurable: true, get: () => value });
    }
    // A scroll container is as tall as its content: here, the explicit height of its first child.
    Object.defineProperty(Element.prototype, 'scrollHeight', {
      configurable: true,
      get(this: Element) {
        const child = this.firstElementChild;
        return child instanceof HTMLElement ? Number.parseFloat(child.style.height) || 0 : 0;
      },
    });
  });
  afterAll(() => {
    Element.prototype.getBoundingClientRect = rect;
    if (scrollHeight) Object.defineProperty(Element.prototype, 'scrollHeight', scrollHeight);
    if (scrollTo) Object.defineProperty(Element.prototype, 'scrollTo', scrollTo);
    else delete (Element.prototype as Partial<Element>).scrollTo;
    sizes.forEach(([target, name], index) => {
      const descriptor = saved[index];
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else Reflect.deleteProperty(target, name);
    });
  });
}

/** The app, signed in to a small Mix, with the explorer's tree showing the organizations. */
export async function signedInExplorer(fake = new FakeBridge({ now: () => NOW, profiles: [usProfile()] })) {
  if (!fake.mixAnswer) seedMix(fake);
  renderApp(fake);
  // The first render of a test file can be slow on a busy machine.
  fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }, { timeout: 10_000 }));
  await screen.findByText('Waiting for you to sign in in the Mix window…');
  await fromMain(() => fake.completeSignIn(PROFILE_ID));
  await screen.findByRole('treeitem', { name: 'Nuance Sandbox Corp' });
  return fake;
}

export function treeItem(name: string): HTMLElement {
  return screen.getByRole('treeitem', { name });
}

/** A tree item with its children: the item is its row; the group it owns is the row's sibling. */
export function subtree(item: HTMLElement): HTMLElement {
  const node = item.parentElement;
  if (!node) throw new Error('a tree item outside its node');
  return node;
}

/** Clicks a tree item, its row (what a mouse user does). */
export function clickTreeItem(name: string): void {
  fireEvent.click(treeItem(name));
}

/** Opens a menu button inside `within` and chooses an item (what a mouse user does with the Copy menu). */
export async function chooseFromMenu(container: HTMLElement, button: string, item: string): Promise<void> {
  fireEvent.click(within(container).getByRole('button', { name: button }));
  fireEvent.click(await screen.findByRole('menuitem', { name: item }));
}
