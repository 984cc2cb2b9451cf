import axios from 'axios';
import type { MixGetResponse, Result } from '../../common/ipc-contract';
import { ratioRow, type BenchContext, type BenchReport, type Goal } from './bench-result';
import { startSignedInApp } from './signed-in-app';
import { interleave, ratioOf } from './stats';

export const IPC_OVERHEAD_NAME = 'IPC overhead: via IPC / direct (~100 KB)';
export const IPC_OVERHEAD_GOAL: Goal = { limit: 1.3 };
export const MAIN_ONLY_NAME = 'IPC overhead: main side only / direct';

/** Scale Org's projects: 200 of them make a body of about 100 KB. */
const SCALE_ORG_ID = '500';
const PARAMS = { orgId: SCALE_ORG_ID, limit: 200 };
/** Fetches per sample: one ~100 KB read takes a few ms, close to timer and scheduling noise. */
const FETCHES_PER_SAMPLE = 5;

/**
 * One ~100 KB Mix.api read as the renderer makes it (page → test transport → IpcRouter → main's Mix client
 * → sandbox, and back) versus the same GET from Node with axios and the same token. Both parse the JSON.
 */
export async function benchIpcOverhead(context: BenchContext): Promise<BenchReport> {
  const browser = await context.browser();
  const { app, profileId, invoke } = await startSignedInApp(browser, { scale: 1000 });
  try {
    // The session's own token, through the app's "copy access token" (the test clipboard), kept in memory.
    await invoke('session:copy-access-token', { profileId });
    const token = app.clipboard.at(-1);
    if (!token) throw new Error('The app did not copy an access token.');
    const direct = axios.create({ baseURL: app.sandbox.url });

    const viaIpc = async () =>
      app.page.evaluate(
        async ([id, params, repeat]) => {
          const bridge = (
            window as unknown as {
              mixExplorer: { invoke(c: string, r: unknown): Promise<Result<MixGetResponse>> };
            }
          ).mixExplorer;
          const started = performance.now();
          for (let i = 0; i < repeat; i += 1) {
            const result = await bridge.invoke('mix:get', {
              profileId: id,
              endpoint: 'projects.list',
              params,
            });
            if (!result.ok) throw new Error(result.problem.message);
          }
          return (performance.now() - started) / repeat;
        },
        [profileId, PARAMS, FETCHES_PER_SAMPLE] as const,
      );
    // The same request handed straight to main's IpcRouter in Node: main's share without the transport.
    const router = app.services.createRouter({ isTrustedSender: () => true, sendEvent: () => undefined });
    const sender = { webContentsId: 1, isMainFrame: true, frameUrl: app.page.url() };
    // Main still builds and emits its events (the activity entry of each read); only handing them to the
    // page through Playwright is left out, as the transport is in the row above.
    const mainOnly = async () => {
      const release = app.holdEventsFromPage();
      try {
        const started = performance.now();
        for (let i = 0; i < FETCHES_PER_SAMPLE; i += 1) {
          const result = await router.handle(sender, 'mix:get', {
            profileId,
            endpoint: 'projects.list',
            params: PARAMS,
          });
          if (!result.ok) throw new Error(result.problem.message);
        }
        return (performance.now() - started) / FETCHES_PER_SAMPLE;
      } finally {
        release();
      }
    };
    const straight = async () => {
      const started = performance.now();
      for (let i = 0; i < FETCHES_PER_SAMPLE; i += 1) {
        await direct.get('/v4/projects', { params: PARAMS, headers: { Authorization: `Bearer ${token}` } });
      }
      return (performance.now() - started) / FETCHES_PER_SAMPLE;
    };

    const probe = await invoke('mix:get', { profileId, endpoint: 'projects.list', params: PARAMS });
    const samples = await interleave({ viaIpc, mainOnly, straight }, { warmup: 3, rounds: 15 });
    const summary = ratioOf(samples.viaIpc, samples.straight);
    return {
      rows: [
        ratioRow(IPC_OVERHEAD_NAME, summary, IPC_OVERHEAD_GOAL),
        ratioRow(MAIN_ONLY_NAME, ratioOf(samples.mainOnly, samples.straight), IPC_OVERHEAD_GOAL),
      ],
      notes: [
        `IPC overhead: projects.list orgId=${SCALE_ORG_ID} limit=${PARAMS.limit} = ${probe.bytes.toLocaleString('en')} bytes of JSON; ` +
          `times per fetch (mean of ${FETCHES_PER_SAMPLE} in a row), in-page performance.now() vs Node's; ` +
          `the test transport is Playwright's exposeBinding (CDP round trips, its own serialisation of the answer), ` +
          `not Electron's ipcRenderer; "main side only" calls main's IpcRouter from Node (payload check, Mix client, ` +
          `JSON parse, activity log and its event) without any transport (events recorded, not handed to the page).`,
      ],
    };
  } finally {
    await app.close();
  }
}
