import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIcns, readIco, readPng, rgbaPixels } from './image-formats';

const run = promisify(execFile);
const projectDir = join(import.meta.dirname, '..', '..', '..');
const script = join(projectDir, 'scripts', 'make-icons.mjs');
const committedSource = join(projectDir, 'build', 'icon-source.json');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('icon generator (scripts/make-icons.mjs)', () => {
  let scratch: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'mix-icons-'));
    first = join(scratch, 'first');
    second = join(scratch, 'second');
    await Promise.all([
      run(process.execPath, [script, '--source', committedSource, '--out', first]),
      run(process.execPath, [script, '--source', committedSource, '--out', second]),
    ]);
  }, 60_000);

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('writes every file electron-builder needs, byte-identical from one run to the next', async () => {
    const names = await filesUnder(first);
    expect(names).toEqual(
      [
        'icon.icns',
        'icon.ico',
        'icon.png',
        ...[16, 24, 32, 48, 64, 128, 256, 512, 1024].map((n) => join('icons', `${n}x${n}.png`)),
      ].sort(),
    );
    expect(await filesUnder(second)).toEqual(names);
    for (const name of names) {
      const [a, b] = await Promise.all([readFile(join(first, name)), readFile(join(second, name))]);
      expect(a.equals(b), `${name} differs between runs`).toBe(true);
    }
  });

  it('writes RGBA PNGs whose header matches their name and whose pixel data is complete', async () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readPng(await readFile(join(first, 'icons', `${size}x${size}.png`)));
      expect({
        width: png.width,
        height: png.height,
        bitDepth: png.bitDepth,
        colourType: png.colourType,
      }).toEqual({
        width: size,
        height: size,
        bitDepth: 8,
        colourType: 6,
      });
      expect(png.scanlines.length).toBe(size * (1 + size * 4));
    }
    const main = readPng(await readFile(join(first, 'icon.png')));
    expect([main.width, main.height]).toEqual([1024, 1024]);
  });

  it('draws an opaque tile with white bars inside a transparent margin', async () => {
    const png = readPng(await readFile(join(first, 'icons', '256x256.png')));
    const pixels = rgbaPixels(png);
    const at = (x: number, y: number): number[] => [
      ...pixels.subarray((y * 256 + x) * 4, (y * 256 + x) * 4 + 4),
    ];
    expect(at(0, 0)[3]).toBe(0); // corner: outside the rounded tile
    expect(at(128, 2)[3]).toBe(0); // top margin
    expect(at(30, 128)[3]).toBe(255); // tile, left of the bars
    expect(at(128, 128)).toEqual([255, 255, 255, 255]); // middle bar
  });

  it('packs 16–256 px PNG entries into the Windows ICO', async () => {
    const entries = readIco(await readFile(join(first, 'icon.ico')));
    expect(entries.map((e) => e.width)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const entry of entries) {
      const png = readPng(entry.image);
      expect([png.width, png.height]).toEqual([entry.width, entry.height]);
      expect(entry.height).toBe(entry.width);
      expect(entry.bitsPerPixel).toBe(32);
    }
  });

  it('packs PNG elements with the right type codes into the macOS ICNS', async () => {
    const elements = readIcns(await readFile(join(first, 'icon.icns')));
    const sizes = Object.fromEntries(elements.map((e) => [e.type, readPng(e.data).width]));
    expect(sizes).toEqual({
      icp4: 16,
      icp5: 32,
      ic11: 32,
      ic12: 64,
      ic07: 128,
      ic13: 256,
      ic08: 256,
      ic14: 512,
      ic09: 512,
      ic10: 1024,
    });
  });

  it('is what build/ holds: the committed icons are up to date with build/icon-source.json', async () => {
    // Compared as pixels, so a different zlib build cannot make an up-to-date icon look stale.
    for (const name of ['icon.png', join('icons', '16x16.png'), join('icons', '256x256.png')]) {
      const [generated, committed] = await Promise.all([
        readFile(join(first, name)),
        readFile(join(projectDir, 'build', name)),
      ]);
      const same = rgbaPixels(readPng(committed)).equals(rgbaPixels(readPng(generated)));
      expect(same, `${name} is stale: run npm run icons`).toBe(true);
    }
    const committedIcns = readIcns(await readFile(join(projectDir, 'build', 'icon.icns'))).map((e) => e.type);
    expect(committedIcns).toEqual(readIcns(await readFile(join(first, 'icon.icns'))).map((e) => e.type));
  });

  it('draws from the source description: another colour gives other pixels', async () => {
    const source = JSON.parse(await readFile(committedSource, 'utf8')) as { tile: { gradientFrom: string } };
    source.tile.gradientFrom = '#b91c1c';
    const altered = join(scratch, 'altered.json');
    await writeFile(altered, JSON.stringify(source));
    const out = join(scratch, 'altered');
    await run(process.execPath, [script, '--source', altered, '--out', out]);
    const [before, after] = await Promise.all([
      readFile(join(first, 'icons', '32x32.png')),
      readFile(join(out, 'icons', '32x32.png')),
    ]);
    expect(rgbaPixels(readPng(after)).equals(rgbaPixels(readPng(before)))).toBe(false);
  }, 30_000);
});
