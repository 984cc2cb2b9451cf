// `npm run demo`: starts the local Mix sandbox and the app configured for it, in its own user-data folder,
// so the demo never touches a real profile.
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../main/emulator/index';

const DEMO_PORT = Number(process.env.MIX_SANDBOX_PORT ?? 4780);

async function main(): Promise<void> {
  const electron = spawnSync(process.execPath, ['scripts/ensure-electron.mjs'], { stdio: 'inherit' });
  if (electron.status !== 0) {
    console.error('The demo needs Electron; `npm run sandbox` starts the sandbox alone.');
    process.exit(1);
  }
  const sandbox = await startSandbox({ port: DEMO_PORT });
  console.log(`Mix sandbox: ${sandbox.url}  (user demo@mix.example / sandbox)`);
  const child = spawn(join('node_modules', '.bin', 'electron-vite'), ['preview'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      MIX_EXPLORER_SANDBOX_URL: sandbox.url,
      MIX_EXPLORER_USER_DATA: process.env.MIX_EXPLORER_USER_DATA ?? join(tmpdir(), 'mix-explorer-demo'),
    },
  });
  const stop = async (code: number) => {
    await sandbox.close();
    process.exit(code);
  };
  process.on('SIGINT', () => child.kill('SIGINT'));
  child.on('exit', (code) => {
    if (code !== 0) console.error('\nMix Explorer stopped with an error; the sandbox is closed too.');
    void stop(code ?? 1);
  });
}

main().catch((error: unknown) => {
  console.error(`Could not start the demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
