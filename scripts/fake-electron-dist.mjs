// Creates .cache/fake-electron-dist/: a stand-in for an unpacked Electron, so `electron-builder --linux dir`
// can pack offline (the real binary cannot be downloaded here). It checks the files globs, the dependency
// collection and app.asar, and produces nothing runnable.
//
// The stub `electron` carries an Electron fuse wire (the sentinel @electron/fuses looks for, version 1,
// and Electron's default fuse states), so electron-builder's `electronFuses` step runs for real on it and
// the packed binary shows which fuses the configuration flipped.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
// Electron's shipped defaults, in @electron/fuses' FuseV1Options order ('1' enabled, '0' disabled):
// RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
// EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot,
// GrantFileProtocolExtraPrivileges.
const DEFAULT_FUSES = '10110001';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function electronVersion() {
  const require = createRequire(join(projectDir, 'package.json'));
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

export function stubExecutable() {
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([FUSE_WIRE_VERSION, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES, 'latin1'),
  ]);
  const script =
    '#!/bin/sh\necho "fake Electron: packaging check only, not runnable" >&2\nexit 1\n# fuse wire: ';
  return Buffer.concat([Buffer.from(script, 'utf8'), wire, Buffer.from('\n', 'utf8')]);
}

export function createFakeElectronDist(target = join(projectDir, '.cache', 'fake-electron-dist')) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'resources'), { recursive: true });
  writeFileSync(join(target, 'electron'), stubExecutable());
  chmodSync(join(target, 'electron'), 0o755);
  writeFileSync(join(target, 'version'), `v${electronVersion()}`);
  for (const empty of ['LICENSE', 'LICENSES.chromium.html', 'chrome-sandbox'])
    writeFileSync(join(target, empty), '');
  return target;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = createFakeElectronDist(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`fake Electron ${electronVersion()} dist ready: ${target}`);
}
