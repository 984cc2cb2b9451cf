import { parseDeepLink, routePath } from '../../common/explorer-routes';
import type { DeepLink } from '../../common/ipc-contract';
import { redact } from '../log/redact';
import { deepLinkRejection } from './deep-link-precheck';

export interface DeepLinkInbox {
  /** A link from the OS (argv or `open-url`): checked, parsed, then delivered or kept for later. */
  receive(url: string): void;
  /** The renderer can take links now (its page finished loading); a kept link is delivered. */
  ready(): void;
  /** The window is gone (macOS keeps running without one): keep links until the next one is ready. */
  notReady(): void;
}

export interface DeepLinkInboxOptions {
  deliver(link: DeepLink): void;
  logWarning(message: string): void;
}

/** How much of a refused link the log line quotes. */
const QUOTED_LENGTH = 120;

/**
 * Deep links from the OS on their way to the renderer's `app:deep-link` event. Links can arrive before
 * the window exists (macOS `open-url` before `ready`, or the link the app was started with): only the
 * newest is kept, since each would replace where the window goes anyway.
 */
export function createDeepLinkInbox(options: DeepLinkInboxOptions): DeepLinkInbox {
  let isReady = false;
  let pending: DeepLink | undefined;

  return {
    receive(url) {
      const link = toDeepLink(url);
      if (typeof link === 'string') {
        options.logWarning(
          `[deep-link] dropped an invalid link (${link}): ${redact(url.slice(0, QUOTED_LENGTH))}`,
        );
        return;
      }
      if (isReady) options.deliver(link);
      else pending = link;
    },
    ready() {
      isReady = true;
      if (pending === undefined) return;
      const link = pending;
      pending = undefined;
      options.deliver(link);
    },
    notReady() {
      isReady = false;
    },
  };
}

/** The event payload for a link, or why it is refused. */
export function toDeepLink(url: string): DeepLink | string {
  const rejection = deepLinkRejection(url);
  if (rejection !== undefined) return rejection;
  const parsed = parseDeepLink(url);
  if (parsed === undefined) return 'not a place in Mix Explorer';
  return { system: parsed.system, path: routePath(parsed.route) };
}
