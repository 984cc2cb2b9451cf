import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import axios from 'axios';
import { afterEach } from 'vitest';
import { createFileLogger } from '../../../../main/log/file-logger';
import type { Clock } from '../../../../main/ports/clock';
import type { FileShell } from '../../../../main/ports/file-shell';
import type { HttpClientFactory } from '../../../../main/ports/http';
import { hostProfile, startServices, type ServicesKit } from '../app/services-kit';
import { startScriptedServer, type ScriptedRequest } from '../mix/scripted-server';
import { confOpener } from '../storage/fakes';

/** What the hostile host does with one request; `undefined` lets the healthy host answer. */
export type Fault = (request: ScriptedRequest, res: ServerResponse) => void | Promise<void>;

export const CLIENT_SECRET = 'hostile-client-secret-value-77';
export const SIGN_IN_CODE = 'hostile-authorization-code-55';
/** JSON reads are capped lower than the 32 MB default, so bombs and huge bodies stay cheap to serve. */
export const JSON_CAP = 256 * 1024;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * One Mix system (authorization service and Mix.api on one origin) that misbehaves on demand, in front of
 * the real main services driven through their IPC router. It records every secret it hands out, so a case
 * can check none of them shows up where it must not.
 */
export async function hostileMix(
  options: { clock?: Clock; limits?: Record<string, number>; shell?: FileShell } = {},
) {
  const secrets = [CLIENT_SECRET, SIGN_IN_CODE];
  const state = { api: undefined as Fault | undefined, token: undefined as Fault | undefined, grants: 0 };
  const server = await startScriptedServer(async (request, res) => {
    const fault = request.path === '/oauth2/token' ? state.token : state.api;
    if (fault) return fault(request, res);
    if (request.path === '/oauth2/token') {
      state.grants += 1;
      const access = `hostile-access-token-${state.grants}`;
      const refresh = `hostile-refresh-token-${state.grants}`;
      secrets.push(access, refresh);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          access_token: access,
          refresh_token: refresh,
          token_type: 'bearer',
          expires_in: 900,
        }),
      );
      return;
    }
    // One status line per answer: the export is a zip, everything else JSON.
    if (request.path.endsWith('/.export')) {
      res.writeHead(200, { 'content-type': 'application/zip' });
      res.end('PK\x03\x04a project package');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    if (request.path === '/v4/version') res.end(JSON.stringify({ mixVersion: '4.0', apiVersion: 'v4' }));
    else res.end(JSON.stringify({ organizations: [], totalSize: 0 }));
  });
  cleanups.push(() => server.close());

  const settingsDir = mkdtempSync(join(tmpdir(), 'mix-hostile-settings-'));
  const downloads = mkdtempSync(join(tmpdir(), 'mix-hostile-downloads-'));
  const logs = mkdtempSync(join(tmpdir(), 'mix-hostile-logs-'));
  cleanups.push(() => {
    for (const dir of [settingsDir, downloads, logs]) rmSync(dir, { recursive: true, force: true });
  });
  writeFileSync(
    join(settingsDir, 'settings.json'),
    JSON.stringify({ limits: { maxJsonBytes: JSON_CAP, ...options.limits } }),
  );
  const log = createFileLogger({ folder: logs });

  // Requests the app has sent and not yet read to the end: the pump never moves time under them.
  const traffic = { inFlight: 0 };
  const http: HttpClientFactory = () => {
    const client = axios.create();
    client.interceptors.request.use((config) => {
      traffic.inFlight += 1;
      return config;
    });
    client.interceptors.response.use(
      (response) => {
        // A streamed body is still on the wire until the stream closes.
        const body: unknown = response.data;
        if (body instanceof Readable) body.once('close', () => (traffic.inFlight -= 1));
        else traffic.inFlight -= 1;
        return response;
      },
      (error: unknown) => {
        traffic.inFlight -= 1;
        throw error;
      },
    );
    return client;
  };

  const kit: ServicesKit = await startServices({
    settings: confOpener(settingsDir),
    http,
    log,
    saveDialog: { choose: async () => join(downloads, 'package.zip') },
    ...(options.clock && { clock: options.clock }),
    ...(options.shell && { shell: options.shell }),
  });
  const profile = await kit.invoke('profiles:save', {
    ...hostProfile(server.url),
    clientSecret: CLIENT_SECRET,
  });
  await kit.signIn(profile.id, { code: SIGN_IN_CODE });

  return {
    kit,
    server,
    state,
    traffic,
    profileId: profile.id,
    downloads,
    secrets,
    async logText(): Promise<string> {
      await log.flush();
      return readFile(join(logs, 'main.log'), 'utf8').catch(() => '');
    },
  };
}

export type HostileMix = Awaited<ReturnType<typeof hostileMix>>;
