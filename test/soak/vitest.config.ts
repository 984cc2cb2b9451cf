import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

// `npm run soak` (not in CI): only the soak, with room for its two minutes and a heap it can collect.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/soak/**/*.soak.ts'],
    testTimeout: 10 * 60_000,
    execArgv: ['--expose-gc'],
  },
});
