import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND,
  createMainWindow,
  type MainWindowLike,
  type WindowPlacement,
} from '../../../../main/windows/main-window';
import { rendererLocation } from '../../../../main/windows/renderer-location';
import { FakeEmitter } from '../electron/fakes';

class FakeMainWindow extends FakeEmitter implements MainWindowLike {
  shown = false;
  maximized = false;
  loads: string[] = [];
  loadError: Error | undefined;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  async loadURL(url: string): Promise<void> {
    this.loads.push(url);
    if (this.loadError) throw this.loadError;
  }
}

const BUNDLE = '/opt/mix/out/main';

function make(
  renderer = rendererLocation(undefined, BUNDLE),
  dark = false,
  placement?: WindowPlacement,
  logError: (message: string) => void = () => undefined,
): FakeMainWindow {
  return createMainWindow(
    { renderer, placement, logError },
    {
      createWindow: (options) => new FakeMainWindow(options),
      prefersDark: () => dark,
      bundleDir: BUNDLE,
    },
  );
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

  it('loads the built renderer through app://, or the dev server when there is one', () => {
    expect(make().loads).toEqual(['app://mix-explorer/index.html']);
    expect(make(rendererLocation('http://localhost:5173/', BUNDLE)).loads).toEqual([
      'http://localhost:5173/',
    ]);
  });

  it('opens where it was left: position, size, and maximised before it is shown', () => {
    const window = make(undefined, false, { x: 40, y: 50, width: 900, height: 700, maximized: true });
    expect(window.options).toMatchObject({ x: 40, y: 50, width: 900, height: 700 });
    expect(window.options).not.toHaveProperty('maximized');
    window.emit('ready-to-show');
    expect(window.maximized).toBe(true);
    expect(window.shown).toBe(true);
    const centred = make();
    expect(centred.options.x).toBeUndefined();
    centred.emit('ready-to-show');
    expect(centred.maximized).toBe(false);
  });

  it('reports a page that fails to load', async () => {
    const errors: string[] = [];
    const failing = new FakeMainWindow({});
    failing.loadError = new Error('ERR_FILE_NOT_FOUND');
    createMainWindow(
      { renderer: rendererLocation(undefined, BUNDLE), logError: (message) => errors.push(message) },
      { createWindow: () => failing, prefersDark: () => false, bundleDir: BUNDLE },
    );
    await expect.poll(() => errors).toEqual(['[window] the app page failed to load: ERR_FILE_NOT_FOUND']);
  });
});

describe('rendererLocation', () => {
  it('serves the built renderer folder beside the main bundle at app://mix-explorer/index.html', () => {
    expect(rendererLocation(undefined, '/opt/Mix Explorer/out/main')).toEqual({
      kind: 'bundle',
      url: 'app://mix-explorer/index.html',
      root: join('/opt/Mix Explorer/out/renderer'),
    });
    expect(rendererLocation('http://localhost:5173/', BUNDLE)).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
  });
});
