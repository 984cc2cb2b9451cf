// `npm run builder:check`: validates electron-builder.yml against app-builder-lib's own JSON schema,
// offline and without packing anything. Prints "electron-builder config OK" or exits 1 with the reason.
// These are app-builder-lib internals (it has no `exports` map), which is why electron-builder is pinned exactly.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script (so tests can require it): require() is its import */
const path = require('node:path');
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

async function validateBuilderConfig(projectDir, configPath) {
  const config = await getConfig(projectDir, configPath ?? null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

if (require.main === module) {
  const configPath = process.argv[2] ? path.resolve(process.argv[2]) : null;
  validateBuilderConfig(process.cwd(), configPath)
    .then(() => console.log('electron-builder config OK'))
    .catch((error) => {
      console.error(
        'electron-builder config INVALID:',
        error instanceof Error ? error.message : String(error),
      );
      process.exit(1);
    });
}

module.exports = { validateBuilderConfig };
