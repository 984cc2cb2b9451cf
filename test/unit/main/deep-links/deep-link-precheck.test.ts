import { describe, expect, it } from 'vitest';
import { deepLinkInArgv } from '../../../../main/deep-links/deep-link-argv';
import { deepLinkRejection, MAX_DEEP_LINK_LENGTH } from '../../../../main/deep-links/deep-link-precheck';

describe('deepLinkRejection', () => {
  it('lets plain mix-explorer:// links through to the parser', () => {
    expect(deepLinkRejection('mix-explorer://us/projects/1922/builds')).toBeUndefined();
    expect(deepLinkRejection('mix-explorer://mix.api.example.com:8443/orgs/7')).toBeUndefined();
    expect(deepLinkRejection('mix-explorer://us/projects/1/intents/ORDER%20COFFEE')).toBeUndefined();
  });

  it('refuses other schemes, including another spelling of ours', () => {
    expect(deepLinkRejection('MIX-EXPLORER://us/')).toBe('not a mix-explorer:// link');
    expect(deepLinkRejection('mix-explorer:us/')).toBe('not a mix-explorer:// link');
    expect(deepLinkRejection('https://us/')).toBe('not a mix-explorer:// link');
    expect(deepLinkRejection('mix-explorer-evil://us/')).toBe('not a mix-explorer:// link');
  });

  it('refuses long links, credentials, dot segments, spaces, controls and backslashes', () => {
    expect(deepLinkRejection(`mix-explorer://us/${'a'.repeat(MAX_DEEP_LINK_LENGTH)}`)).toBe('too long');
    expect(deepLinkRejection('mix-explorer://user:pw@us/orgs/1')).toBe('credentials');
    expect(deepLinkRejection('mix-explorer://token@us/')).toBe('credentials');
    expect(deepLinkRejection('mix-explorer://us/projects/../orgs')).toBe('dot segments');
    expect(deepLinkRejection('mix-explorer://us/projects/%2E%2e/orgs')).toBe('dot segments');
    expect(deepLinkRejection('mix-explorer://us/./orgs')).toBe('dot segments');
    expect(deepLinkRejection('mix-explorer://us/orgs/1 --inspect')).toBeDefined();
    expect(deepLinkRejection('mix-explorer://us/orgs/1\n2')).toBeDefined();
    expect(deepLinkRejection('mix-explorer://us\\..\\x')).toBeDefined();
  });
});

describe('deepLinkInArgv', () => {
  it('finds the link among Electron’s and Chromium’s arguments; the last one wins', () => {
    expect(
      deepLinkInArgv([
        'C:\\Program Files\\Mix Explorer\\Mix Explorer.exe',
        '--allow-file-access-from-files',
        'mix-explorer://us/orgs/1',
      ]),
    ).toBe('mix-explorer://us/orgs/1');
    expect(deepLinkInArgv(['electron', '.', 'mix-explorer://us/a', 'mix-explorer://eu/b'])).toBe(
      'mix-explorer://eu/b',
    );
    expect(deepLinkInArgv(['electron', '.'])).toBeUndefined();
  });

  it('returns an odd spelling of the scheme too, so the pre-check can refuse it out loud', () => {
    expect(deepLinkInArgv(['app', 'Mix-Explorer://us/'])).toBe('Mix-Explorer://us/');
  });
});
