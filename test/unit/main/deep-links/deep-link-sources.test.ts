import { describe, expect, it } from 'vitest';
import type { DeepLink } from '../../../../common/ipc-contract';
import { createDeepLinkInbox } from '../../../../main/deep-links/deep-link-inbox';
import {
  listenForDeepLinks,
  protocolClientArguments,
  type DeepLinkAppLike,
  type ProcessFacts,
} from '../../../../main/deep-links/deep-link-sources';
import { FakeEmitter, navigationEvent } from '../electron/fakes';

class FakeApp extends FakeEmitter implements DeepLinkAppLike {
  registrations: unknown[][] = [];
  setAsDefaultProtocolClient(...args: unknown[]): boolean {
    this.registrations.push(args);
    return true;
  }
}

const packaged: ProcessFacts = {
  platform: 'linux',
  defaultApp: false,
  execPath: '/opt/Mix Explorer/mix-explorer',
  argv: ['/opt/Mix Explorer/mix-explorer'],
};

const resolvePath = (path: string) => `C:\\dev\\mix\\${path === '.' ? '' : path}`;

function setUp(facts: ProcessFacts = packaged) {
  const app = new FakeApp();
  const delivered: DeepLink[] = [];
  const warnings: string[] = [];
  let broughtToFront = 0;
  const inbox = createDeepLinkInbox({
    deliver: (link) => delivered.push(link),
    logWarning: (message) => warnings.push(message),
  });
  listenForDeepLinks(app, facts, inbox, () => (broughtToFront += 1), resolvePath);
  return { app, inbox, delivered, warnings, broughtToFront: () => broughtToFront };
}

describe('protocolClientArguments', () => {
  it('registers the plain scheme for the packaged app, and electron + app folder under `electron .` on Windows', () => {
    expect(protocolClientArguments(packaged, resolvePath)).toEqual(['mix-explorer']);
    expect(
      protocolClientArguments(
        {
          platform: 'win32',
          defaultApp: true,
          execPath: 'C:\\dev\\electron.exe',
          argv: ['electron.exe', '.'],
        },
        resolvePath,
      ),
    ).toEqual(['mix-explorer', 'C:\\dev\\electron.exe', ['C:\\dev\\mix\\']]);
    expect(
      protocolClientArguments(
        { ...packaged, platform: 'darwin', defaultApp: true, argv: ['e', '.'] },
        resolvePath,
      ),
    ).toEqual(['mix-explorer']);
  });
});

describe('listenForDeepLinks', () => {
  it('registers the app as the mix-explorer: handler', () => {
    expect(setUp().app.registrations).toEqual([['mix-explorer']]);
  });

  it('takes the link the app was started with (Windows, Linux)', () => {
    const { inbox, delivered } = setUp({
      ...packaged,
      argv: [packaged.execPath, 'mix-explorer://us/orgs/3'],
    });
    inbox.ready();
    expect(delivered).toEqual([{ system: 'us', path: '/orgs/3' }]);
  });

  it('a second launch brings the window forward and hands over its link', () => {
    const { app, inbox, delivered, broughtToFront } = setUp();
    inbox.ready();
    app.emit('second-instance', {}, [packaged.execPath, '--flag', 'mix-explorer://eu/platform/geographies']);
    app.emit('second-instance', {}, [packaged.execPath]);
    expect(broughtToFront()).toBe(2);
    expect(delivered).toEqual([{ system: 'eu', path: '/platform/geographies' }]);
  });

  it('macOS open-url: handled (default prevented), even before the window is ready', () => {
    const { app, inbox, delivered, broughtToFront } = setUp({ ...packaged, platform: 'darwin' });
    const event = navigationEvent('');
    app.emit('open-url', event, 'mix-explorer://us/projects/9/jobs/abc-1');
    expect(event.defaultPrevented).toBe(true);
    expect(broughtToFront()).toBe(1);
    expect(delivered).toEqual([]);
    inbox.ready();
    expect(delivered).toEqual([{ system: 'us', path: '/projects/9/jobs/abc-1' }]);
  });

  it('drops an invalid link from any source with a log line', () => {
    const { app, inbox, delivered, warnings } = setUp();
    inbox.ready();
    app.emit('open-url', navigationEvent(''), 'mix-explorer://us/../../etc/passwd');
    app.emit('second-instance', {}, ['x', 'MIX-EXPLORER://us/orgs/1']);
    expect(delivered).toEqual([]);
    expect(warnings).toHaveLength(2);
  });
});
