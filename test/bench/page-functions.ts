import type { Browser } from '@playwright/test';

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(fn, "name")`. Functions that
 * Playwright sends into a page (init scripts, page.evaluate) carry those calls with them, and the page has no
 * `__name`: the test transport's init script would throw and `window.mixExplorer` would never exist. Every
 * context of this browser defines a `__name` that does nothing first. (Playwright's own test runner compiles
 * without keepNames, which is why the e2e tests do not need this.)
 */
export function withPageFunctionsFromTsx(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property !== 'newContext') {
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (...args: Parameters<Browser['newContext']>) => {
        const context = await target.newContext(...args);
        await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
        return context;
      };
    },
  });
}
