export { startSandbox } from './server';
export { DEFAULT_SANDBOX_CLIENT, DEFAULT_SANDBOX_USER } from './defaults';
export { SEEDED_STANDARD_ORGANIZATIONS } from './organizations';
export { SANDBOX_FIXTURES } from './seed/fixtures';
export type { SandboxFaults } from './faults';
export type { RunningSandbox, SandboxClient, SandboxOptions, SandboxUser } from './types';
