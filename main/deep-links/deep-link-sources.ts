import { deepLinkInArgv } from './deep-link-argv';
import type { DeepLinkInbox } from './deep-link-inbox';

export const DEEP_LINK_SCHEME = 'mix-explorer';

/** The parts of Electron's `app` the deep-link sources use. */
export interface DeepLinkAppLike {
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

export interface ProcessFacts {
  platform: NodeJS.Platform;
  /** `process.defaultApp`: true when started as `electron .` rather than as the packaged app. */
  defaultApp: boolean;
  execPath: string;
  argv: readonly string[];
}

/**
 * The arguments to `setAsDefaultProtocolClient`. Under `electron .` on Windows the OS must start
 * Electron with the app's folder, or the link would open a bare Electron (the documented dev-mode form).
 */
export function protocolClientArguments(
  facts: ProcessFacts,
  resolvePath: (path: string) => string,
): [scheme: string] | [scheme: string, path: string, args: string[]] {
  const appPath = facts.argv[1];
  if (facts.platform === 'win32' && facts.defaultApp && appPath !== undefined) {
    return [DEEP_LINK_SCHEME, facts.execPath, [resolvePath(appPath)]];
  }
  return [DEEP_LINK_SCHEME];
}

/**
 * Every way a deep link reaches the app, into one inbox: the first instance's own argv (Windows, Linux),
 * a second launch's argv (which also brings the existing window forward), and macOS `open-url`, which
 * must be listened to before `ready` or the link that started the app is lost.
 */
export function listenForDeepLinks(
  app: DeepLinkAppLike,
  facts: ProcessFacts,
  inbox: DeepLinkInbox,
  bringToFront: () => void,
  resolvePath: (path: string) => string,
): void {
  const [scheme, path, args] = protocolClientArguments(facts, resolvePath);
  // Two calls, not (scheme, undefined, undefined): Electron reads an explicit undefined as a bad argument.
  if (path === undefined) app.setAsDefaultProtocolClient(scheme);
  else app.setAsDefaultProtocolClient(scheme, path, args);

  app.on('open-url', (event, url) => {
    event.preventDefault();
    bringToFront();
    inbox.receive(url);
  });
  app.on('second-instance', (_event, argv) => {
    bringToFront();
    const link = deepLinkInArgv(argv);
    if (link !== undefined) inbox.receive(link);
  });
  const startLink = deepLinkInArgv(facts.argv);
  if (startLink !== undefined) inbox.receive(startLink);
}
