import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Files these cases lint that exist in no tsconfig project: the type-aware rules read them in the
// project service's default project instead (a real file would be found in its folder's project).
const VIRTUAL_FILES = ['main/windows/example.ts', 'main/electron/example.ts', 'renderer/ui/example.ts'];

// The process boundaries are lint rules (eslint.config.js); these cases prove the rules bite.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: VIRTUAL_FILES, defaultProject: 'common/tsconfig.json' },
      },
    },
  },
});

// Type-aware linting builds a TypeScript program per project the first time it sees one: seconds on a
// quiet machine, much more on a busy one. Built once here, so each case below measures only its rule.
beforeAll(async () => {
  await Promise.all(VIRTUAL_FILES.map((filePath) => eslint.lintText('export {};\n', { filePath })));
}, 180_000);

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

describe('Electron stays behind main/electron', { timeout: 60_000 }, () => {
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

describe('the renderer never reaches Node or Electron', { timeout: 60_000 }, () => {
  it('refuses electron and node built-ins in the renderer', async () => {
    const code =
      "import { ipcRenderer } from 'electron';\nimport { readFile } from 'node:fs';\nexport { ipcRenderer, readFile };\n";
    expect(await restrictedImports('renderer/ui/example.ts', code)).toHaveLength(2);
  });
});
