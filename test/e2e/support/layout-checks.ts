import type { Page } from '@playwright/test';

// What "looks right at any size" means, measured in the page: each check returns a sentence per problem.

/**
 * Layout problems of the window as it is now: the window itself scrolling, anything sticking out of it
 * without a scroller to reach it, a status bar on more than one line, a table header cut short.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = window.innerWidth;
    const describe = (element: Element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const label = element.getAttribute('aria-label');
      return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">${label ? ` [${label}]` : ''} "${text}"`;
    };
    const visible = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };

    // The window is a frame: its panes scroll, the window itself never does.
    if (root.scrollHeight > root.clientHeight) {
      problems.push(
        `the window scrolls up and down (${root.scrollHeight} px of content in ${root.clientHeight} px)`,
      );
    }
    if (root.scrollWidth > root.clientWidth) {
      problems.push(
        `the window scrolls sideways (${root.scrollWidth} px of content in ${root.clientWidth} px)`,
      );
    }

    // Something wider than the window is cut off unless a scroller between it and the window reaches it.
    const scrollsSideways = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const overflow = getComputedStyle(node).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    const sticking = Array.from(document.body.querySelectorAll('*')).filter((element) => {
      if (!visible(element) || element.closest('[hidden], [inert]')) return false;
      const rect = element.getBoundingClientRect();
      return rect.right > width + 1 && !scrollsSideways(element);
    });
    // Name the outermost ones only.
    for (const element of sticking) {
      if (!sticking.some((other) => other !== element && other.contains(element))) {
        problems.push(
          `${describe(element)} sticks out of the window (right edge at ${Math.round(element.getBoundingClientRect().right)} px of ${width})`,
        );
      }
    }

    // One line: every piece of text in the status bar sits on the same line.
    const status = document.querySelector('footer');
    if (status && visible(status)) {
      const walker = document.createTreeWalker(status, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) tops.push(rect.top);
      }
      const lineHeight = parseFloat(getComputedStyle(status).fontSize) * 1.2;
      if (tops.length > 0 && Math.max(...tops) - Math.min(...tops) > lineHeight / 2) {
        problems.push(
          `the status bar takes more than one line (${Math.round(status.getBoundingClientRect().height)} px high)`,
        );
      }
    }

    for (const header of Array.from(document.querySelectorAll('.dt-header-text'))) {
      if (visible(header) && header.scrollWidth > header.clientWidth) {
        problems.push(`the table header "${header.textContent ?? ''}" is cut short`);
      }
    }
    return problems;
  });
}

/** Whether the focused element shows where focus is: an outline or a ring (box-shadow) of its own. */
export function focusIsVisible(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing is focused';
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ringed = style.boxShadow !== 'none';
    if (outlined || ringed) return undefined;
    const text = (element.textContent ?? '').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${text}" shows no focus`;
  });
}
