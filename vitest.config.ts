import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Requiring the real `electron` package would try to download its binary: tests get a typed stub instead.
    alias: { electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    environment: 'node',
    server: { deps: { inline: ['electron-store'] } },
    setupFiles: ['test/setup-testing-library.ts'],
    testTimeout: 20_000,
  },
});
