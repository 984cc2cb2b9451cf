import type { EmulatorStarter } from './demo-mode';

/**
 * The built-in Mix emulator (main/emulator, the same code as `npm run sandbox` and the tests), imported only
 * when the user starts the Demo: its code and seed data stay out of what loads at start-up. Loopback only,
 * on a port the system picks.
 */
export const startBuiltInEmulator: EmulatorStarter = async () => {
  const { startSandbox } = await import('../emulator/index');
  const sandbox = await startSandbox({ port: 0, host: '127.0.0.1' });
  return { url: sandbox.url, close: () => sandbox.close() };
};
