import { describe, expect, it } from 'vitest';
import { aboutDetail, DIAGNOSTIC_FAILURES, diagnosticsText } from '../../../../main/log/diagnostics';

const versions = { app: '0.1.0', electron: '45.5.0', chrome: '142.0.1', node: '22.20.0' };

describe('diagnostics', () => {
  it('About lists the app, Electron, Chromium and Node versions', () => {
    expect(aboutDetail(versions)).toBe('Version 0.1.0\nElectron 45.5.0\nChromium 142.0.1\nNode 22.20.0');
    expect(aboutDetail({ app: '1.0.0' })).toContain('Electron unknown');
  });

  it('copies versions, OS, the active system and the newest failures, redacted', () => {
    const errors = Array.from(
      { length: DIAGNOSTIC_FAILURES + 5 },
      (_, i) => `2026-11-27T10:00:00.000Z WARN  [mix] E${i} code=leak${i}&x=1`,
    );
    const text = diagnosticsText({
      versions,
      os: { platform: 'linux', release: '6.1.0-28-amd64', arch: 'x64' },
      activeSystem: 'Local sandbox',
      recentFailures: [...errors, '2026-11-27T10:00:00.000Z ERROR [ipc] Authorization: Bearer abc.def.ghi'],
    });
    expect(text).toContain('Electron 45.5.0');
    expect(text).toContain('OS linux 6.1.0-28-amd64 (x64)');
    expect(text).toContain('Active system: Local sandbox');
    expect(text).not.toMatch(/leak|abc\.def/);
    expect(text).toContain(`Recent failures (${DIAGNOSTIC_FAILURES}, by layer, oldest first):`);
    expect(text).toContain(`  mix (${DIAGNOSTIC_FAILURES - 1}):`);
    expect(text).toContain('  ipc (1):');
    expect(text).not.toContain('E0 ');
    expect(text).toContain('Bearer [redacted]');
  });

  it('says so when there is no system or error', () => {
    const text = diagnosticsText({
      versions,
      os: { platform: 'darwin', release: '24.0.0', arch: 'arm64' },
      activeSystem: undefined,
      recentFailures: [],
    });
    expect(text).toContain('Active system: none');
    expect(text).toContain('Recent failures: none');
  });
});
