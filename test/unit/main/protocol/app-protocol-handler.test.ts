import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_CONTENT_SECURITY_POLICY,
  contentTypeOf,
  createAppProtocolHandler,
} from '../../../../main/protocol/app-protocol-handler';

let folder: string;
let root: string;
let handle: ReturnType<typeof createAppProtocolHandler>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mix-app-protocol-'));
  root = join(folder, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Mix Explorer</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)');
  // A file beside the renderer folder: what a traversal would try to reach.
  await writeFile(join(folder, 'secret.txt'), 'not for the renderer');
  handle = createAppProtocolHandler(root);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle({ url, method });

describe('the app:// protocol handler', () => {
  it('serves the renderer files with their type, the CSP and nosniff', async () => {
    const page = await get('app://mix-explorer/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Mix Explorer</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await get('app://mix-explorer/assets/index.js?v=1');
    expect(await script.text()).toBe('console.log(1)');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('sends the strict policy the issue asks for', () => {
    expect(APP_CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('answers 404 for missing files, folders and anything outside the renderer folder', async () => {
    for (const url of [
      'app://mix-explorer/missing.js',
      'app://mix-explorer/assets',
      'app://mix-explorer/../secret.txt',
      'app://mix-explorer/%2e%2e/secret.txt',
      'app://mix-explorer/..%5csecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('');
      expect(response.headers.get('content-security-policy')).toBe(APP_CONTENT_SECURITY_POLICY);
    }
  });

  it('is read-only', async () => {
    expect((await get('app://mix-explorer/index.html', 'POST')).status).toBe(405);
    const head = await get('app://mix-explorer/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('names unknown types as bytes, so nosniff keeps them from running', () => {
    expect(contentTypeOf('/x/a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/x/a.exe')).toBe('application/octet-stream');
    expect(contentTypeOf('/x/noextension')).toBe('application/octet-stream');
  });
});
