import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createZip } from '../../../../main/emulator/zip';
import { readZip } from '../../../../main/emulator/zip-reader';

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const entries = [
  { name: 'a.txt', data: 'hello '.repeat(100) },
  { name: 'dir/ünïcode.json', data: JSON.stringify({ ok: true }) },
  { name: 'empty.bin', data: Buffer.alloc(0) },
];

describe('createZip', () => {
  it('writes entries that read back byte for byte, with matching CRCs', () => {
    const zip = createZip(entries, new Date(Date.UTC(2026, 0, 2, 3, 4, 6)));
    expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(entries.map((e) => e.name));
    expect(files.get('a.txt')?.toString()).toBe('hello '.repeat(100));
    expect(files.get('empty.bin')?.length).toBe(0);
    // Deflate did something: 600 repetitive bytes take far less room.
    expect(zip.length).toBeLessThan(400);
  });

  it('is deterministic for the same input and time', () => {
    const at = new Date(Date.UTC(2026, 0, 2));
    expect(createZip(entries, at).equals(createZip(entries, at))).toBe(true);
  });

  it.skipIf(!hasUnzip)('passes `unzip -t`, with the UTC modification time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-zip-'));
    try {
      const file = join(dir, 'test.zip');
      writeFileSync(file, createZip(entries, new Date(Date.UTC(2026, 0, 2, 3, 4, 6))));
      const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(test).toContain('No errors detected');
      const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
      expect(listing).toMatch(/2026-01-02 03:04\s+a\.txt/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
