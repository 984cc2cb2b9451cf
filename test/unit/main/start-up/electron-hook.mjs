// Module hook for the start-up test: every `import … from 'electron'` (main's, electron-store's) gets the
// stand-in. Registered after tsx, so it answers first (hooks run last-registered first, docs: node:module).
/* global URL */
const STAND_IN = new URL('./stand-in-electron.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier === 'electron/main') return { url: STAND_IN, shortCircuit: true };
  return nextResolve(specifier, context);
}
