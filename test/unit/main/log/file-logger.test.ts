import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../../main/log/file-logger';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mix-logs-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const fixedClock = () => new Date('2026-11-27T10:00:00.000Z');

async function lines(file: string): Promise<string[]> {
  return (await readFile(join(folder, 'logs', file), 'utf8')).split('\n').filter((line) => line !== '');
}

describe('file logger', () => {
  it('appends timestamped lines in order to <folder>/main.log, creating the folder', async () => {
    const log = createFileLogger({ folder: join(folder, 'logs'), now: fixedClock });
    log.info('started');
    log.warn('slow');
    log.error('failed');
    await log.flush();
    expect(await lines('main.log')).toEqual([
      '2026-11-27T10:00:00.000Z INFO  started',
      '2026-11-27T10:00:00.000Z WARN  slow',
      '2026-11-27T10:00:00.000Z ERROR failed',
    ]);
  });

  it('redacts every line, and keeps each message on one line', async () => {
    const log = createFileLogger({ folder: join(folder, 'logs'), now: fixedClock });
    log.error('token call failed: Authorization: Bearer eyJhbGciOi.secret.sig\ncode=abc123&state=xyz');
    log.info('POST /oauth2/token client_secret=s3cr3t');
    await log.flush();
    const text = await readFile(join(folder, 'logs', 'main.log'), 'utf8');
    expect(text).not.toMatch(/eyJhbGciOi|abc123|xyz|s3cr3t/);
    expect(text).toContain('Bearer [redacted]');
    expect(text).toContain('code=[redacted]');
    expect(await lines('main.log')).toHaveLength(2);
    expect(log.recentFailures()[0]).not.toContain('eyJhbGciOi');
  });

  it('rotates by renaming before a file would grow past the limit, keeping maxFiles files', async () => {
    const log = createFileLogger({
      folder: join(folder, 'logs'),
      maxBytes: 200,
      maxFiles: 3,
      now: fixedClock,
    });
    // Each line is 36 + 10 + 1 = 47 bytes: four fit in 200 bytes.
    for (let index = 0; index < 20; index += 1) log.info(`line ${String(index).padStart(5, '0')}`);
    await log.flush();
    expect((await readdir(join(folder, 'logs'))).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    const newest = await lines('main.log');
    const previous = await lines('main.1.log');
    const oldest = await lines('main.2.log');
    expect(newest.at(-1)).toContain('line 00019');
    expect(previous.at(-1)).toContain(`line ${String(19 - newest.length).padStart(5, '0')}`);
    expect(oldest.at(-1)).toContain(`line ${String(19 - newest.length - previous.length).padStart(5, '0')}`);
    for (const file of ['main.log', 'main.1.log', 'main.2.log']) {
      const { size } = await stat(join(folder, 'logs', file));
      expect(size).toBeLessThanOrEqual(200);
    }
  });

  it('continues an existing file across restarts and rotates it when full', async () => {
    const first = createFileLogger({ folder: join(folder, 'logs'), maxBytes: 120, now: fixedClock });
    first.info('first run a');
    first.info('first run b');
    await first.flush();
    const second = createFileLogger({ folder: join(folder, 'logs'), maxBytes: 120, now: fixedClock });
    second.info('second run');
    await second.flush();
    expect(await lines('main.1.log')).toEqual([
      '2026-11-27T10:00:00.000Z INFO  first run a',
      '2026-11-27T10:00:00.000Z INFO  first run b',
    ]);
    expect(await lines('main.log')).toEqual(['2026-11-27T10:00:00.000Z INFO  second run']);
  });

  it('keeps the last failures of every layer in memory for diagnostics', async () => {
    const log = createFileLogger({ folder: join(folder, 'logs'), failuresKept: 3, now: fixedClock });
    log.warn('[storage] could not save the settings');
    for (let index = 1; index <= 5; index += 1) log.warn(`[mix] read ${index} failed`);
    log.error('[ipc] mix:get failed');
    log.info('[session] renewed: not a failure');
    expect(log.recentFailures().map((line) => line.slice(25))).toEqual([
      'WARN  [storage] could not save the settings',
      'WARN  [mix] read 3 failed',
      'WARN  [mix] read 4 failed',
      'WARN  [mix] read 5 failed',
      'ERROR [ipc] mix:get failed',
    ]);
    await log.flush();
  });

  it('echoes to the console when asked (development) and survives a folder it cannot write', async () => {
    const echoed: string[] = [];
    const record = (line: string) => echoed.push(line);
    // A file where the folder should be: every write fails.
    const blocked = join(folder, 'blocked');
    await writeFile(blocked, 'x');
    const log = createFileLogger({
      folder: blocked,
      now: fixedClock,
      echo: { info: record, warn: record, error: record },
    });
    log.error('disk trouble');
    log.info('still logging');
    await expect(log.flush()).resolves.toBeUndefined();
    expect(echoed).toEqual([
      '2026-11-27T10:00:00.000Z ERROR disk trouble',
      '2026-11-27T10:00:00.000Z INFO  still logging',
    ]);
    expect(log.recentFailures()).toHaveLength(1);
  });
});
