import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The process boundaries are lint rules (eslint.config.js); these cases prove the rules bite.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => /no-restricted-imports$/.test(message.ruleId ?? ''))
    .map((message) => message.message);
}

const RUNTIME_IMPORT =
  "import { nativeTheme } from 'electron';\nexport const dark = nativeTheme.shouldUseDarkColors;\n";
const TYPE_IMPORT = "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;\n";
const ADAPTER_IMPORT =
  "import { createHardenedWindow } from '../electron/hardened-window';\nexport const create = createHardenedWindow;\n";

describe('Electron stays behind main/electron', () => {
  it('refuses a runtime Electron import elsewhere in main', async () => {
    expect(await restrictedImports('main/windows/example.ts', RUNTIME_IMPORT)).toEqual([
      expect.stringContaining('types only'),
    ]);
  });

  it('refuses a runtime import of an Electron adapter elsewhere in main', async () => {
    expect(await restrictedImports('main/windows/example.ts', ADAPTER_IMPORT)).toHaveLength(1);
  });

  it('allows Electron types anywhere in main', async () => {
    expect(await restrictedImports('main/windows/example.ts', TYPE_IMPORT)).toEqual([]);
  });

  it('allows the runtime import in the adapters and in index.ts', async () => {
    expect(await restrictedImports('main/electron/example.ts', RUNTIME_IMPORT)).toEqual([]);
    expect(await restrictedImports('main/index.ts', RUNTIME_IMPORT)).toEqual([]);
  });

  it('still keeps renderer code out of main', async () => {
    const code = "import { App } from '../../renderer/App';\nexport const app = App;\n";
    expect(await restrictedImports('main/windows/example.ts', code)).toEqual([
      expect.stringContaining('main never imports renderer'),
    ]);
  });
});

describe('the renderer never reaches Node or Electron', () => {
  it('refuses electron and node built-ins in the renderer', async () => {
    const code =
      "import { ipcRenderer } from 'electron';\nimport { readFile } from 'node:fs';\nexport { ipcRenderer, readFile };\n";
    expect(await restrictedImports('renderer/ui/example.ts', code)).toHaveLength(2);
  });
});
