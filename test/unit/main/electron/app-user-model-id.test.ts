import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_USER_MODEL_ID, applyAppUserModelId } from '../../../../main/electron/app-user-model-id';

describe('Windows app identity', () => {
  it('is the appId the installer gives its Start-menu shortcut (electron-builder.yml)', () => {
    const config = readFileSync(new URL('../../../../electron-builder.yml', import.meta.url), 'utf8');
    const appId = /^appId:\s*(\S+)\s*$/m.exec(config)?.[1];
    expect(appId).toBeDefined();
    expect(APP_USER_MODEL_ID).toBe(appId);
  });

  it('is set on Windows only, where the API exists', () => {
    const calls: string[] = [];
    const app = { setAppUserModelId: (id: string) => void calls.push(id) };
    applyAppUserModelId(app, 'linux');
    applyAppUserModelId(app, 'darwin');
    expect(calls).toEqual([]);
    applyAppUserModelId(app, 'win32');
    expect(calls).toEqual(['com.mixexplorer.app']);
  });
});
