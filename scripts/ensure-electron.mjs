// Electron ≥ 42 downloads its binary lazily, the first time `electron` is required, while electron-vite
// only looks for the binary and gives up ("Electron uninstall"). So `npm start` fetches it first, here.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('electron/package.json'));

if (process.env.ELECTRON_EXEC_PATH || existsSync(join(packageDir, 'path.txt'))) process.exit(0);

console.log('Downloading Electron (first start only)…');
try {
  const executable = require('electron');
  if (typeof executable !== 'string' || !existsSync(executable))
    throw new Error('no executable after download');
  console.log('Electron is ready.');
} catch (error) {
  console.error(
    `\nElectron could not be downloaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).\n` +
      'Mix Explorer needs it to run. Check your network or proxy, or point ELECTRON_EXEC_PATH at an Electron binary.\n' +
      'Without Electron, `npm run sandbox` and `npm test` (the app in Chromium) still work.',
  );
  process.exit(1);
}
