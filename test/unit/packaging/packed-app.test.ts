// What actually lands in app.asar, from the offline pack (`npm run pack:offline`: electron-vite build, a stand-in
// Electron from scripts/fake-electron-dist.mjs, electron-builder --linux dir). When the pack is missing or older
// than its inputs, this test packs it itself rather than skipping.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectDir = join(import.meta.dirname, '..', '..', '..');
const unpacked = join(projectDir, 'dist', 'linux-unpacked');
const asarPath = join(unpacked, 'resources', 'app.asar');
const builtApp = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const bin = (name: string): string => join(projectDir, 'node_modules', '.bin', name);

/** The newest source file the build reads: a build older than it is not the code this test is about. */
function newestSourceAt(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['main', 'preload', 'renderer', 'common']) walk(join(projectDir, dir));
  return newest;
}

function buildIsStale(): boolean {
  const sourcesAt = newestSourceAt();
  return builtApp.some((file) => {
    const path = join(projectDir, file);
    return !existsSync(path) || statSync(path).mtimeMs < sourcesAt;
  });
}

function packIsStale(): boolean {
  if (!existsSync(asarPath)) return true;
  const packedAt = statSync(asarPath).mtimeMs;
  const inputs = [...builtApp, 'package.json', 'electron-builder.yml'].map((file) => join(projectDir, file));
  return inputs.some((file) => !existsSync(file) || statSync(file).mtimeMs > packedAt);
}

async function packOffline(): Promise<void> {
  const options = { cwd: projectDir, maxBuffer: 16 * 1024 * 1024 };
  // Built from the current sources, not whatever an earlier build left in out/.
  if (buildIsStale()) await run(bin('electron-vite'), ['build'], options);
  await run(process.execPath, [join(projectDir, 'scripts', 'fake-electron-dist.mjs')], options);
  await run(
    bin('electron-builder'),
    ['--linux', 'dir', '-c.electronDist=.cache/fake-electron-dist'],
    options,
  );
}

describe('packed app (dist/linux-unpacked)', () => {
  let entries: string[];

  beforeAll(async () => {
    if (buildIsStale() || packIsStale()) await packOffline();
    entries = listPackage(asarPath, { isPack: false });
  }, 180_000);

  it('contains the compiled main, preload and renderer, package.json and the runtime dependencies', () => {
    for (const path of [
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/package.json',
      '/node_modules/axios/package.json',
      '/node_modules/electron-store/package.json',
    ]) {
      expect(entries, path).toContain(path);
    }
    expect(entries.some((entry) => /^\/out\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('leaves out sources, source maps, tests, the sandbox, caches and build-time packages', () => {
    const forbidden = [
      { why: 'TypeScript source', test: (e: string) => /\.(ts|tsx|mts|cts)$/.test(e) },
      { why: 'source map', test: (e: string) => e.endsWith('.map') },
      { why: 'tests or the sandbox', test: (e: string) => e.startsWith('/test/') || e.includes('/sandbox/') },
      {
        why: 'source folders',
        test: (e: string) => /^\/(main|preload|renderer|common|scripts|build)\//.test(e),
      },
      { why: 'caches', test: (e: string) => e.startsWith('/.cache') || e.startsWith('/dist/') },
      {
        why: 'devDependencies',
        test: (e: string) =>
          /^\/node_modules\/(vitest|playwright|@playwright|typescript|electron-builder|electron|react|react-dom|vite|electron-vite)(\/|$)/.test(
            e,
          ),
      },
    ];
    for (const { why, test } of forbidden) {
      expect(entries.filter(test), why).toEqual([]);
    }
  });

  it('ships the Demo’s Mix emulator (main/emulator) as its own chunk, loaded only when the Demo starts', () => {
    // A name from the emulator's made-up seed data: it is in the emulator's chunk and nowhere else.
    const seedName = 'Nuance Sandbox Corp';
    const text = (entry: string) => extractFile(asarPath, entry.slice(1)).toString('utf8');
    const mainChunks = entries.filter((entry) => /^\/out\/main\/.+\.js$/.test(entry));
    const withSeed = mainChunks.filter((entry) => text(entry).includes(seedName));
    expect(withSeed).toHaveLength(1);
    const emulatorChunk = withSeed[0] ?? '';
    expect(emulatorChunk).not.toBe('/out/main/index.js');
    // The start-up bundle only names the chunk, for the dynamic import the Demo runs.
    const startUp = text('/out/main/index.js');
    expect(startUp).toContain(emulatorChunk.split('/').at(-1));
    expect(startUp).not.toContain(seedName);
  });

  it('ships a package.json whose entry point is in the asar', async () => {
    const shipped = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8')) as { main: string };
    expect(entries).toContain(`/${shipped.main}`);
  });

  it('flips the configured Electron fuses on the packed executable', async () => {
    // The stand-in executable carries a fuse wire with Electron's defaults; electron-builder's electronFuses step
    // rewrites it exactly as it would a real binary.
    const executable = await readFile(join(unpacked, 'mix-explorer'));
    const sentinel = executable.indexOf('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
    expect(sentinel).toBeGreaterThanOrEqual(0);
    const wireStart = sentinel + 32 + 2;
    const wire = executable.toString('latin1', wireStart, wireStart + (executable[sentinel + 33] ?? 0));
    const [
      runAsNode,
      cookieEncryption,
      nodeOptions,
      nodeCliInspect,
      embeddedAsarIntegrity,
      onlyLoadAppFromAsar,
    ] = wire;
    expect({
      runAsNode,
      cookieEncryption,
      nodeOptions,
      nodeCliInspect,
      embeddedAsarIntegrity,
      onlyLoadAppFromAsar,
    }).toEqual({
      runAsNode: '0',
      cookieEncryption: '1',
      nodeOptions: '0',
      nodeCliInspect: '0',
      embeddedAsarIntegrity: '1',
      onlyLoadAppFromAsar: '1',
    });
  });
});
