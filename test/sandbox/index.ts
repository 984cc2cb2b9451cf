export { startSandbox } from './server';
export { DEFAULT_SANDBOX_CLIENT, DEFAULT_SANDBOX_USER } from './defaults';
export { SEEDED_STANDARD_ORGANIZATIONS } from './organizations';
export type { RunningSandbox, SandboxClient, SandboxOptions, SandboxUser } from './types';
