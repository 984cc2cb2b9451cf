import { describe, expect, it } from 'vitest';
import type { DeepLink } from '../../../../common/ipc-contract';
import { createDeepLinkInbox, toDeepLink } from '../../../../main/deep-links/deep-link-inbox';

function setUp() {
  const delivered: DeepLink[] = [];
  const warnings: string[] = [];
  const inbox = createDeepLinkInbox({
    deliver: (link) => delivered.push(link),
    logWarning: (message) => warnings.push(message),
  });
  return { inbox, delivered, warnings };
}

describe('toDeepLink', () => {
  it('turns a valid link into the renderer’s { system, path }', () => {
    expect(toDeepLink('mix-explorer://us/projects/1922/builds')).toEqual({
      system: 'us',
      path: '/projects/1922/builds',
    });
    expect(toDeepLink('mix-explorer://eu')).toEqual({ system: 'eu', path: '/' });
    expect(toDeepLink('mix-explorer://us/projects/1/intents/ORDER%20COFFEE/')).toEqual({
      system: 'us',
      path: '/projects/1/intents/ORDER%20COFFEE',
    });
  });

  it('says why a link is refused: by the pre-check or by the route parser', () => {
    expect(toDeepLink('mix-explorer://us/projects/../x')).toBe('dot segments');
    expect(toDeepLink('mix-explorer://us/projects/1/nonsense')).toBe('not a place in Mix Explorer');
    expect(toDeepLink('mix-explorer://us/orgs/1?code=abc')).toBe('not a place in Mix Explorer');
    expect(toDeepLink('mix-explorer://Not_A_Host/')).toBe('not a place in Mix Explorer');
  });
});

describe('createDeepLinkInbox', () => {
  it('delivers at once when the renderer is ready', () => {
    const { inbox, delivered } = setUp();
    inbox.ready();
    inbox.receive('mix-explorer://us/orgs/7/projects');
    expect(delivered).toEqual([{ system: 'us', path: '/orgs/7/projects' }]);
  });

  it('keeps the newest link that arrives before the window, and delivers it once ready', () => {
    const { inbox, delivered } = setUp();
    inbox.receive('mix-explorer://us/orgs/1');
    inbox.receive('mix-explorer://eu/orgs/2');
    expect(delivered).toEqual([]);
    inbox.ready();
    inbox.ready();
    expect(delivered).toEqual([{ system: 'eu', path: '/orgs/2' }]);
  });

  it('holds links again while there is no window (macOS) and delivers them to the next one', () => {
    const { inbox, delivered } = setUp();
    inbox.ready();
    inbox.notReady();
    inbox.receive('mix-explorer://us/activity');
    expect(delivered).toEqual([]);
    inbox.ready();
    expect(delivered).toEqual([{ system: 'us', path: '/activity' }]);
  });

  it('drops invalid links with a redacted, shortened log line and never delivers them', () => {
    const { inbox, delivered, warnings } = setUp();
    inbox.ready();
    inbox.receive('mix-explorer://us/orgs/1?code=SECRETCODE&state=s1');
    inbox.receive(`mix-explorer://us/${'x'.repeat(3000)}`);
    expect(delivered).toEqual([]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^\[deep-link\] dropped an invalid link \(not a place in Mix Explorer\)/);
    expect(warnings[0]).not.toContain('SECRETCODE');
    expect(warnings[1]).toContain('(too long)');
    expect(warnings[1]?.length).toBeLessThan(200);
  });
});
