import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from './cli-args';

const noFiles = (path: string): string => {
  throw new Error(`no such file ${path}`);
};

describe('parseCliArgs', () => {
  it('defaults to port 4780 and reads flags', () => {
    expect(parseCliArgs([], noFiles)).toEqual({ kind: 'run', options: { port: 4780 } });
    expect(
      parseCliArgs(
        ['--port', '4790', '--token-lifetime', '60', '--refresh-tokens', '--require-pkce'],
        noFiles,
      ),
    ).toEqual({
      kind: 'run',
      options: { port: 4790, tokenLifetimeSeconds: 60, issueRefreshTokens: true, requirePkce: true },
    });
    expect(parseCliArgs(['--port=0'], noFiles)).toEqual({ kind: 'run', options: { port: 0 } });
    expect(parseCliArgs(['--help'], noFiles)).toEqual({ kind: 'help' });
  });

  it('reads a JSON config, with flags winning', () => {
    const config = JSON.stringify({
      port: 5000,
      clients: [{ clientId: 'a', clientSecret: 'b', redirectUris: ['http://127.0.0.1:9/cb'] }],
      users: [{ email: 'x@y.z', password: 'p' }],
      requirePkce: true,
    });
    const command = parseCliArgs(['--config', 'c.json', '--port', '6000'], (path) => {
      expect(path).toBe('c.json');
      return config;
    });
    expect(command).toEqual({
      kind: 'run',
      options: {
        port: 6000,
        clients: [{ clientId: 'a', clientSecret: 'b', redirectUris: ['http://127.0.0.1:9/cb'] }],
        users: [{ email: 'x@y.z', password: 'p' }],
        requirePkce: true,
      },
    });
  });

  it.each([
    [['--bogus']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--token-lifetime', '0']],
    [['extra']],
    [['--config', 'missing.json']],
  ])('rejects %j with a usage error', (argv) => {
    expect(() => parseCliArgs(argv, noFiles)).toThrow(CliUsageError);
  });

  it.each([
    ['not json', /not valid JSON/],
    ['[]', /JSON object/],
    ['{"clientz": []}', /unknown key/],
    ['{"clients": [{"clientId": "a"}]}', /clients/],
    ['{"requirePkce": "yes"}', /requirePkce/],
  ])('rejects the config %s', (text, message) => {
    expect(() => parseCliArgs(['--config', 'c.json'], () => text)).toThrow(message);
  });
});

describe('cli.ts as a process', () => {
  const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const run = (args: string[]) =>
    spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('prints its URLs and demo credentials, serves, and stops cleanly on SIGINT', async () => {
    const child = run(['--port', '0']);
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1] && output.includes('Press Ctrl+C')) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    expect(output).toContain('mix-explorer-demo');
    expect(output).toContain('sandbox-secret');
    expect(output).toContain('demo@mix.example');
    expect(output).toContain('http://localhost:3000/callback');
    expect((await fetch(`${url}/v4/version`)).status).toBe(401);

    const exited = once(child, 'exit');
    child.kill('SIGINT');
    const [code] = await exited;
    expect(code).toBe(0);
    await expect(fetch(`${url}/v4/version`)).rejects.toThrow();
  });

  it('exits with code 2 and a clear message on a bad flag', async () => {
    const child = run(['--prot', '1']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--prot'");
    expect(stderr).toContain('Usage:');
  });
});
