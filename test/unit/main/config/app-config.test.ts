import { describe, expect, it } from 'vitest';
import { readAppConfig } from '../../../../main/config/app-config';

function read(env: Record<string, string | undefined>) {
  const warnings: string[] = [];
  return {
    config: readAppConfig(env, { packaged: false, warn: (message) => warnings.push(message) }),
    warnings,
  };
}

describe('readAppConfig', () => {
  it('is empty without the variables', () => {
    expect(read({ PATH: '/usr/bin' })).toEqual({ config: {}, warnings: [] });
  });

  it('takes a loopback sandbox URL as its origin', () => {
    expect(read({ MIX_EXPLORER_SANDBOX_URL: ' http://127.0.0.1:4500/ ' }).config.sandboxUrl).toBe(
      'http://127.0.0.1:4500',
    );
    expect(read({ MIX_EXPLORER_SANDBOX_URL: 'https://localhost:4500' }).config.sandboxUrl).toBe(
      'https://localhost:4500',
    );
  });

  it.each([
    'https://mix.api.nuance.com',
    'http://localhost.evil.example:4500',
    'ftp://127.0.0.1/',
    'http://u:p@127.0.0.1/',
    'nope',
  ])('ignores the sandbox URL %s with a warning', (value) => {
    const { config, warnings } = read({ MIX_EXPLORER_SANDBOX_URL: value });
    expect(config.sandboxUrl).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('MIX_EXPLORER_SANDBOX_URL');
  });

  it('takes an absolute user-data folder, ignores a relative one', () => {
    expect(read({ MIX_EXPLORER_USER_DATA: '/tmp/mix-e2e-1' }).config.userDataPath).toBe('/tmp/mix-e2e-1');
    const relative = read({ MIX_EXPLORER_USER_DATA: 'data' });
    expect(relative.config.userDataPath).toBeUndefined();
    expect(relative.warnings).toHaveLength(1);
  });

  it('accepts only a dev server on this machine for the renderer', () => {
    expect(read({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }).config.rendererDevUrl).toBe(
      'http://localhost:5173/',
    );
    const remote = read({ ELECTRON_RENDERER_URL: 'https://evil.example/' });
    expect(remote.config.rendererDevUrl).toBeUndefined();
    expect(remote.warnings).toHaveLength(1);
  });

  it('the installed app ignores every development variable, naming them once and never their values', () => {
    const warnings: string[] = [];
    const env = {
      ELECTRON_RENDERER_URL: 'http://localhost:5173',
      MIX_EXPLORER_SANDBOX_URL: 'http://127.0.0.1:4780',
      MIX_EXPLORER_USER_DATA: '/tmp/attacker-profile',
      MIX_EXPLORER_SOMETHING_NEW: 'x',
      MIX_EXPLORER_EMPTY: ' ',
      PATH: '/usr/bin',
    };
    const config = readAppConfig(env, { packaged: true, warn: (message) => warnings.push(message) });
    expect(config).toEqual({});
    expect(warnings).toEqual([
      'The installed app ignores development settings: ELECTRON_RENDERER_URL, MIX_EXPLORER_SANDBOX_URL, MIX_EXPLORER_SOMETHING_NEW, MIX_EXPLORER_USER_DATA.',
    ]);
    expect(readAppConfig({ PATH: '/usr/bin' }, { packaged: true, warn: () => warnings.push('x') })).toEqual(
      {},
    );
    expect(warnings).toHaveLength(1);
  });
});
