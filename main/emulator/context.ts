import type { FaultInjector } from './faults';
import type { MixWorld } from './seed/world';
import type { SandboxStore } from './store';
import type { ResolvedSandboxOptions, SandboxClient } from './types';

/** What every handler needs: resolved options, the in-memory state and the injected clock. */
export interface SandboxContext {
  options: ResolvedSandboxOptions;
  store: SandboxStore;
  now: () => number;
  /** The seeded Mix.api data (read-only). */
  world: MixWorld;
  /** The clock jobs follow: `now()` plus whatever `advanceJobs` added. */
  jobNow: () => number;
  faults: FaultInjector;
}

export function findClient(ctx: SandboxContext, clientId: string): SandboxClient | undefined {
  return ctx.options.clients.find((client) => client.clientId === clientId);
}

export function clientLabel(client: SandboxClient | undefined, clientId: string): string {
  return client?.name ?? clientId;
}
