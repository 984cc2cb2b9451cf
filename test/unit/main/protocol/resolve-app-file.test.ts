import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../../main/protocol/resolve-app-file';

const ROOT = resolve('/opt/mix/out/renderer');

describe('resolveAppFile', () => {
  it('maps app://mix-explorer/<path> to the file under the renderer folder', () => {
    expect(resolveAppFile('app://mix-explorer/index.html', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile('app://mix-explorer/assets/index-BY205qmL.js', ROOT)).toBe(
      join(ROOT, 'assets', 'index-BY205qmL.js'),
    );
    expect(resolveAppFile('app://mix-explorer/', ROOT)).toBe(join(ROOT, 'index.html'));
  });

  it('ignores the query and the fragment', () => {
    expect(resolveAppFile('app://mix-explorer/index.html?x=1#/projects/1', ROOT)).toBe(
      join(ROOT, 'index.html'),
    );
    expect(resolveAppFile('app://mix-explorer/index.html#../../etc/passwd', ROOT)).toBe(
      join(ROOT, 'index.html'),
    );
    expect(resolveAppFile('app://mix-explorer/?a=../../x', ROOT)).toBe(join(ROOT, 'index.html'));
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppFile('app://mix-explorer/assets/my%20font.woff2', ROOT)).toBe(
      join(ROOT, 'assets', 'my font.woff2'),
    );
  });

  it('refuses dot segments, plain or percent-encoded', () => {
    for (const url of [
      'app://mix-explorer/../main/index.js',
      'app://mix-explorer/assets/../../main/index.js',
      'app://mix-explorer/%2e%2e/main/index.js',
      'app://mix-explorer/%2E%2E/%2e%2e/etc/passwd',
      'app://mix-explorer/.%2e/secret',
      'app://mix-explorer/./index.html',
      'app://mix-explorer/assets/%2e',
    ]) {
      expect(resolveAppFile(url, ROOT), url).toBeUndefined();
    }
  });

  it('refuses backslashes, encoded separators, absolute paths, drive letters and NUL', () => {
    for (const url of [
      'app://mix-explorer/..\\main\\index.js',
      'app://mix-explorer/assets\\index.js',
      'app://mix-explorer/%5c..%5cmain',
      'app://mix-explorer/..%2fmain%2findex.js',
      'app://mix-explorer/%2fetc%2fpasswd',
      'app://mix-explorer//etc/passwd',
      'app://mix-explorer/C:/Windows/win.ini',
      'app://mix-explorer/C%3A%5CWindows',
      'app://mix-explorer/index.html%00.png',
      'app://mix-explorer/assets/',
      'app://mix-explorer/%zz',
    ]) {
      expect(resolveAppFile(url, ROOT), url).toBeUndefined();
    }
  });

  it('serves only its own origin', () => {
    for (const url of [
      'app://other/index.html',
      'app://mix-explorer.evil/index.html',
      'app://mix-explorer:8080/index.html',
      'app://user@mix-explorer/index.html',
      'file:///opt/mix/out/renderer/index.html',
      'https://mix-explorer/index.html',
      'app://mix-explorer',
      '',
    ]) {
      expect(resolveAppFile(url, ROOT), url).toBeUndefined();
    }
  });
});
