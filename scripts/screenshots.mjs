// `npm run screenshots`: builds the renderer and takes the README's pictures again (docs/screenshots/
// explorer-light.png and explorer-dark.png, 1200×800) from the screenshot suite, on the sandbox's made-up
// data. The same run writes every view at every size and theme to test-results/screens/views/.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

if (!run(bin('electron-vite'), ['build'])) process.exit(1);
const ok = run(bin('playwright'), ['test', 'test/e2e/screenshots.spec.ts'], { README_SCREENSHOTS: '1' });
for (const theme of ['light', 'dark']) {
  const file = join('docs', 'screenshots', `explorer-${theme}.png`);
  console.log(`${file}: ${Math.round(statSync(file).size / 1024)} KB`);
}
process.exit(ok ? 0 : 1);
