import { existsSync } from 'node:fs';

/** Flags that keep Debian's Chromium from reaching for the network it does not have here. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => typeof path === 'string' && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium was not found. Install it with: apt-get install -y --no-install-recommends chromium',
    );
  }
  return found;
}
