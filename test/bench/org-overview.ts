import type { MixEndpointKey } from '../../common/mix-endpoints';
import { DEFAULT_MAX_IN_FLIGHT } from '../../main/mix';
import { startSandbox } from '../../main/emulator/index';
import { ratioRow, type BenchReport, type Goal } from './bench-result';
import { sandboxMixClient } from './sandbox-token';
import { interleave, ratioOf } from './stats';

export const ORG_OVERVIEW_NAME = 'org overview: parallel / serial';
export const ORG_OVERVIEW_GOAL: Goal = { limit: 0.35 };

const LATENCY_MS = 20;
/** Nuance Sandbox Corp: a standard org, so the client_credentials token sees it. */
const ORG_ID = '1';

/** What an organization's overview shows: the org list (tree, breadcrumbs) and the org's four lists. */
const OVERVIEW_REQUESTS: readonly { key: MixEndpointKey; params: Record<string, unknown> }[] = [
  { key: 'organizations.list', params: { limit: 100 } },
  { key: 'projects.list', params: { orgId: ORG_ID, limit: 100 } },
  { key: 'applications.list', params: { orgId: ORG_ID, limit: 100 } },
  { key: 'bots.list', params: { orgId: ORG_ID } },
  { key: 'deploymentFlows.list', params: { orgId: ORG_ID, limit: 100 } },
];

/**
 * The overview's reads through main's Mix client against a sandbox that answers after 20 ms: all at once
 * (the client's slots keep at most 6 in flight) versus awaited one after another, on the same client.
 */
export async function benchOrgOverview(): Promise<BenchReport> {
  const sandbox = await startSandbox({ port: 0, faults: { latencyMs: LATENCY_MS } });
  try {
    const { client, profile } = await sandboxMixClient(sandbox.url);
    const fetch = (request: (typeof OVERVIEW_REQUESTS)[number]) =>
      client.get(profile.id, request.key, request.params);

    const samples = await interleave(
      {
        parallel: async () => {
          const started = performance.now();
          await Promise.all(OVERVIEW_REQUESTS.map(fetch));
          return performance.now() - started;
        },
        serial: async () => {
          const started = performance.now();
          for (const request of OVERVIEW_REQUESTS) await fetch(request);
          return performance.now() - started;
        },
      },
      { warmup: 3, rounds: 20 },
    );
    const summary = ratioOf(samples.parallel, samples.serial);
    return {
      rows: [ratioRow(ORG_OVERVIEW_NAME, summary, ORG_OVERVIEW_GOAL)],
      notes: [
        `org overview: ${OVERVIEW_REQUESTS.length} reads of org ${ORG_ID} (${OVERVIEW_REQUESTS.map((r) => r.key).join(', ')}), ` +
          `sandbox latency ${LATENCY_MS} ms, ${DEFAULT_MAX_IN_FLIGHT} in flight, ${summary.perRound.n} interleaved rounds after 3 warm-up.`,
      ],
    };
  } finally {
    await sandbox.close();
  }
}
