import { describe, expect, it } from 'vitest';
import { DEFAULT_SANDBOX_CLIENT, DEFAULT_SANDBOX_USER } from '../../../../main/emulator/defaults';
import { startSandbox } from '../../../../main/emulator/server';

describe('startSandbox options', () => {
  it('resolves defaults and reports the bound port', async () => {
    const sandbox = await startSandbox();
    try {
      expect(sandbox.options).toEqual({
        host: '127.0.0.1',
        port: Number(new URL(sandbox.url).port),
        clients: [DEFAULT_SANDBOX_CLIENT],
        users: [DEFAULT_SANDBOX_USER],
        tenant: 'mix',
        tokenLifetimeSeconds: 900,
        issueRefreshTokens: false,
        requirePkce: false,
      });
      expect(sandbox.options.port).toBeGreaterThan(0);
      expect(sandbox.authServerUrl).toBe(sandbox.url);
      expect(sandbox.apiUrl).toBe(sandbox.url);
    } finally {
      await sandbox.close();
    }
  });

  it.each([
    [{ host: '0.0.0.0' }, /loopback/],
    [{ tokenLifetimeSeconds: 0 }, /tokenLifetimeSeconds/],
    [{ clients: [{ clientId: 'a', clientSecret: 's', redirectUris: ['not a url'] }] }, /redirect URI/],
    [{ clients: [{ clientId: 'a', clientSecret: 's', redirectUris: [] }] }, /redirectUris/],
    [{ users: [{ email: 'x', password: 'p' }] }, /email/],
  ])('rejects %j', async (options, message) => {
    await expect(startSandbox(options)).rejects.toThrow(message);
  });

  it('closes even with a keep-alive connection open', async () => {
    const sandbox = await startSandbox();
    await fetch(`${sandbox.url}/v4/version`);
    await sandbox.close();
    await expect(fetch(`${sandbox.url}/v4/version`)).rejects.toThrow();
  });
});
