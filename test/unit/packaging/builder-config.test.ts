import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectDir = join(import.meta.dirname, '..', '..', '..');
const validator = join(projectDir, 'scripts', 'validate-builder-config.cjs');

/** The parts of the loaded configuration these tests look at. */
interface LoadedConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  directories?: { buildResources?: string; output?: string };
  protocols?: { name: string; schemes: string[] }[];
  electronFuses?: Record<string, boolean>;
  /** electron-builder normalises `files` to file sets once loaded. */
  files?: (string | { filter?: string[] })[];
  linux?: { target?: string[]; category?: string; icon?: string };
  nsis?: { oneClick?: boolean; perMachine?: boolean; allowToChangeInstallationDirectory?: boolean };
  mac?: {
    hardenedRuntime?: boolean;
    entitlements?: string;
    entitlementsInherit?: string;
    target?: { target: string; arch: string[] }[];
  };
}

const { validateBuilderConfig } = createRequire(import.meta.url)(validator) as {
  validateBuilderConfig(projectDir: string, configPath?: string | null): Promise<LoadedConfig>;
};

describe('electron-builder.yml', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'mix-builder-config-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('passes electron-builder’s own schema validation (npm run builder:check)', async () => {
    const { stdout } = await run(process.execPath, [validator], { cwd: projectDir });
    expect(stdout).toContain('electron-builder config OK');
  });

  it('is rejected by the same check when a key is misspelt', async () => {
    const yml = await readFile(join(projectDir, 'electron-builder.yml'), 'utf8');
    const broken = join(scratch, 'broken.yml');
    await writeFile(broken, yml.replace(/^ {2}category: Development$/m, '  categroy: Development'));
    const failure = await run(process.execPath, [validator, broken], { cwd: projectDir }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('electron-builder config INVALID');
    expect(failure?.stderr).toContain('configuration.linux');
  });

  it('locks the binary down with fuses and ships only the compiled app', async () => {
    const config = await validateBuilderConfig(projectDir, null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The renderer comes from the app:// protocol, so file:// needs no extra privileges.
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
    const patterns = (config.files ?? []).flatMap((set) =>
      typeof set === 'string' ? [set] : (set.filter ?? []),
    );
    expect(patterns.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
    expect(patterns).toContain('!**/*.map');
  });

  it('describes the installers the issue asks for', async () => {
    const config = await validateBuilderConfig(projectDir, null);
    expect(config.appId).toBe('com.mixexplorer.app');
    expect(config.productName).toBe('Mix Explorer');
    expect(config.directories).toEqual({ buildResources: 'build', output: 'dist' });
    expect(config.protocols).toEqual([{ name: 'Mix Explorer link', schemes: ['mix-explorer'] }]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
    });
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    const entitlements = await readFile(join(projectDir, config.mac?.entitlements ?? 'missing'), 'utf8');
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements);
    const granted = [...entitlements.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit']);
  });
});
