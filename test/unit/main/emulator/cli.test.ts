import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../../../main/emulator/cli-args';

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

  it('reads --scale, --latency, --faults and --tls', () => {
    expect(
      parseCliArgs(
        [
          '--scale',
          '20000',
          '--faults',
          'error-rate=0.1,rate-limit-every=5,drop-every=7,truncate-every=9,slow-download=2048',
          '--latency',
          '40',
          '--tls',
        ],
        noFiles,
      ),
    ).toEqual({
      kind: 'run',
      options: {
        port: 4780,
        scale: 20000,
        faults: {
          errorRate: 0.1,
          rateLimitEvery: 5,
          dropEvery: 7,
          truncateEvery: 9,
          slowDownloadBytesPerSecond: 2048,
          latencyMs: 40,
        },
        tls: true,
      },
    });
    expect(parseCliArgs(['--faults', 'latency=5'], noFiles)).toEqual({
      kind: 'run',
      options: { port: 4780, faults: { latencyMs: 5 } },
    });
  });

  it.each([
    [['--faults', 'error-rate=2'], /errorRate/],
    [['--faults', 'errors=1'], /not one of/],
    [['--faults', 'rate-limit-every=0'], /rateLimitEvery/],
    [['--faults', 'drop-every=x'], /not one of/],
    [['--scale', '-1'], /--scale/],
    [['--latency', 'slow'], /--latency/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseCliArgs(argv, noFiles)).toThrow(message);
  });

  it('reads scale, faults and tls from a config file', () => {
    const config = JSON.stringify({ scale: 10, faults: { rateLimitEvery: 2 }, tls: true });
    expect(parseCliArgs(['--config', 'c.json'], () => config)).toEqual({
      kind: 'run',
      options: { port: 4780, scale: 10, faults: { rateLimitEvery: 2 }, tls: true },
    });
    expect(() => parseCliArgs(['--config', 'c.json'], () => '{"faults": {"errorRate": "x"}}')).toThrow(
      /faults/,
    );
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
  const cli = fileURLToPath(new URL('../../../../main/emulator/cli.ts', import.meta.url));
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

  it('with --tls --scale, serves HTTPS and prints the certificate to trust', async () => {
    const child = run(['--port', '0', '--tls', '--scale', '50']);
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl+C')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    expect(output).toMatch(/running at https:\/\/127\.0\.0\.1:\d+/);
    expect(output).toContain('-----BEGIN CERTIFICATE-----');
    expect(output).toContain('running job c0ffee00-1922-4a5e-9b3c-000000000001');
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    expect((await exited)[0]).toBe(0);
  });

  it('--help lists the new flags', async () => {
    const child = run(['--help']);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await once(child, 'exit');
    for (const flag of ['--scale N', '--latency MS', '--faults LIST', 'rate-limit-every', '--tls']) {
      expect(stdout).toContain(flag);
    }
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
