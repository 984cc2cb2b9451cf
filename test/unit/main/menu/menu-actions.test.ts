import { describe, expect, it } from 'vitest';
import { MIX_API_DOCUMENTATION_URL } from '../../../../main/menu/app-menu-template';
import { installAppMenu } from '../../../../main/menu/install-menus';
import { createMenuActions, type MenuActionDeps } from '../../../../main/menu/menu-actions';

function setUp(overrides: Partial<MenuActionDeps> = {}) {
  const record = {
    clipboard: [] as string[],
    opened: [] as string[],
    warnings: [] as string[],
    boxes: [] as { title: string; message: string; detail: string }[],
  };
  const actions = createMenuActions({
    versions: { app: '0.1.0', electron: '45.5.0', chrome: '142.0.0.0', node: '22.20.0' },
    os: () => ({ platform: 'linux', release: '6.1.0', arch: 'x64' }),
    activeSystem: () => 'US',
    signIns: () => [],
    log: {
      folder: '/home/me/.config/Mix Explorer/logs',
      recentFailures: () => ['2026-11-27T10:00:00.000Z ERROR token failed code=[redacted]'],
      warn: (message) => record.warnings.push(message),
    },
    clipboard: { writeText: (text) => record.clipboard.push(text) },
    openPath: async (path) => {
      record.opened.push(path);
      return '';
    },
    openDocumentation: (url) => {
      record.opened.push(url);
      return true;
    },
    showMessage: (box) => record.boxes.push(box),
    ...overrides,
  });
  return { actions, record };
}

describe('menu actions', () => {
  it('Copy diagnostics puts versions, OS, system and recent errors on the clipboard', () => {
    const { actions, record } = setUp();
    actions.copyDiagnostics();
    expect(record.clipboard).toHaveLength(1);
    expect(record.clipboard[0]).toContain('Electron 45.5.0');
    expect(record.clipboard[0]).toContain('OS linux 6.1.0 (x64)');
    expect(record.clipboard[0]).toContain('Active system: US');
    expect(record.clipboard[0]).toContain('ERROR token failed');
  });

  it('About shows the four versions', () => {
    const { actions, record } = setUp();
    actions.showAbout();
    expect(record.boxes[0]?.detail).toBe('Version 0.1.0\nElectron 45.5.0\nChromium 142.0.0.0\nNode 22.20.0');
  });

  it('opens the logs folder and the documentation; reports failures in the log', async () => {
    const { actions, record } = setUp();
    actions.openLogsFolder();
    actions.openDocumentation();
    expect(record.opened).toEqual(['/home/me/.config/Mix Explorer/logs', MIX_API_DOCUMENTATION_URL]);

    const failing = setUp({ openPath: async () => 'Failed to open path', openDocumentation: () => false });
    failing.actions.openLogsFolder();
    failing.actions.openDocumentation();
    await expect
      .poll(() => failing.record.warnings)
      .toEqual([
        '[menu] the documentation link is not on the allow-list',
        '[menu] could not open the logs folder: Failed to open path',
      ]);
  });
});

describe('installAppMenu', () => {
  it('builds the template and makes it the application menu', () => {
    let installed: unknown;
    installAppMenu(
      {
        buildFromTemplate: (template) => ({ built: template.length }),
        setApplicationMenu: (menu) => (installed = menu),
      },
      [{ label: 'File' }, { label: 'Edit' }],
    );
    expect(installed).toEqual({ built: 2 });
  });
});
