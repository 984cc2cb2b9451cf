import { isAbsolute } from 'node:path';
import { isLoopbackHostname } from '../../common/profile-validation';

export interface AppConfig {
  /** `MIX_EXPLORER_SANDBOX_URL` (set by `npm run demo`): the local Mix sandbox. */
  sandboxUrl?: string;
  /** `MIX_EXPLORER_USER_DATA`: a user-data folder of its own (tests use a temp folder). */
  userDataPath?: string;
  /** `ELECTRON_RENDERER_URL` (set by `electron-vite dev`): the renderer's dev server. */
  rendererDevUrl?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

export interface ReadAppConfigOptions {
  /** `app.isPackaged`: the installed app, which obeys no development variable at all. */
  packaged: boolean;
  warn?: (message: string) => void;
}

/** The app's own variables, and electron-vite's dev-server URL: development settings, all of them. */
export function isDevelopmentVariable(name: string): boolean {
  return name.startsWith('MIX_EXPLORER_') || name === 'ELECTRON_RENDERER_URL';
}

/**
 * Reads the app's environment. The installed app ignores every development variable (a local process
 * could otherwise start the signed app on its own page, with the IPC API, or on its own "sandbox"): one
 * warning names them, never their values. In development, a value that could point the app somewhere
 * unsafe (a remote "sandbox", a remote renderer that would get the preload API) is ignored with a warning.
 */
export function readAppConfig(env: Env, { packaged, warn = console.warn }: ReadAppConfigOptions): AppConfig {
  const config: AppConfig = {};
  if (packaged) {
    const ignored = Object.keys(env)
      .filter((name) => isDevelopmentVariable(name) && env[name]?.trim())
      .sort();
    if (ignored.length > 0) {
      warn(`The installed app ignores development settings: ${ignored.join(', ')}.`);
    }
    return config;
  }

  const sandbox = env.MIX_EXPLORER_SANDBOX_URL?.trim();
  if (sandbox) {
    const url = loopbackWebUrl(sandbox);
    if (url) config.sandboxUrl = url.origin;
    else
      warn(
        'MIX_EXPLORER_SANDBOX_URL is ignored: it must be an http(s) URL on this machine (localhost or 127.0.0.1).',
      );
  }

  const userData = env.MIX_EXPLORER_USER_DATA?.trim();
  if (userData) {
    if (isAbsolute(userData)) config.userDataPath = userData;
    else warn('MIX_EXPLORER_USER_DATA is ignored: it must be an absolute folder path.');
  }

  const renderer = env.ELECTRON_RENDERER_URL?.trim();
  if (renderer) {
    const url = loopbackWebUrl(renderer);
    if (url) config.rendererDevUrl = url.href;
    else warn('ELECTRON_RENDERER_URL is ignored: the dev server must run on this machine.');
  }

  return config;
}

function loopbackWebUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && url.username === '' && url.password === '' && isLoopbackHostname(url.hostname)
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}
