import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { BACKGROUND, createMainWindow, type MainWindowLike } from '../../../../main/windows/main-window';
import { appUrlOf, rendererLocation } from '../../../../main/windows/renderer-location';
import { FakeEmitter } from '../electron/fakes';

class FakeMainWindow extends FakeEmitter implements MainWindowLike {
  shown = false;
  loads: string[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  show(): void {
    this.shown = true;
  }
  async loadURL(url: string): Promise<void> {
    this.loads.push(`url ${url}`);
  }
  async loadFile(path: string): Promise<void> {
    this.loads.push(`file ${path}`);
  }
}

const BUNDLE = '/opt/mix/out/main';

function make(renderer = rendererLocation(undefined, BUNDLE), dark = false): FakeMainWindow {
  return createMainWindow(renderer, {
    createWindow: (options) => new FakeMainWindow(options),
    prefersDark: () => dark,
    bundleDir: BUNDLE,
  });
}

describe('createMainWindow', () => {
  it('is locked down: CommonJS preload beside the bundle, isolated, sandboxed, no Node', () => {
    const window = make();
    expect(window.options).toMatchObject({
      width: 1200,
      height: 800,
      minWidth: 800,
      minHeight: 560,
      title: 'Mix Explorer',
    });
    expect(window.options.webPreferences).toEqual({
      preload: join('/opt/mix/out/preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    });
  });

  it('stays hidden until its first paint is ready', () => {
    const window = make();
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('matches the OS theme in its background colour', () => {
    expect(make(undefined, true).options.backgroundColor).toBe(BACKGROUND.dark);
    expect(make(undefined, false).options.backgroundColor).toBe(BACKGROUND.light);
  });

  it('loads the built renderer file, or the dev server when there is one', () => {
    expect(make().loads).toEqual(['file /opt/mix/out/renderer/index.html']);
    expect(make(rendererLocation('http://localhost:5173/', BUNDLE)).loads).toEqual([
      'url http://localhost:5173/',
    ]);
  });
});

describe('appUrlOf', () => {
  it('is the file URL of the built renderer (escaped), or the dev server URL', () => {
    expect(appUrlOf(rendererLocation(undefined, '/opt/Mix Explorer/out/main'))).toBe(
      'file:///opt/Mix%20Explorer/out/renderer/index.html',
    );
    expect(appUrlOf(rendererLocation('http://localhost:5173/', BUNDLE))).toBe('http://localhost:5173/');
  });
});
