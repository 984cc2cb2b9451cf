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

/**
 * Reads the app's environment. A value that could point the app somewhere unsafe (a remote "sandbox", a
 * remote renderer that would get the preload API) is ignored with a warning rather than trusted.
 */
export function readAppConfig(env: Env, warn: (message: string) => void = console.warn): AppConfig {
  const config: AppConfig = {};

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
