import { basename } from 'node:path';
import type { EventChannel, EventPayload, MixDownloadResponse } from '../../common/ipc-contract';
import { curlCommand, mixCliCommand, type MixEndpointKey, type MixParams } from '../../common/mix-endpoints';
import type { IpcHandlers } from '../ipc/create-ipc-router';
import { defaultDownloadName, type MixClient } from '../mix';
import { chooseTarget } from '../mix/place-file';
import type { Clock } from '../ports/clock';
import type { SaveDialog } from '../ports/save-dialog';
import { problem, toProblem } from '../problem';
import type { Clipboard } from '../ports/clipboard';
import type { ProfileSource } from '../session/session-deps';
import { unknownProfile } from '../session/session-problems';
import type { DownloadRegister } from './download-register';
import { ARCHIVE_LIMITS } from '../exports/archive-limits';
import { readExport } from '../exports/read-export';

type MixHandlers = Pick<
  IpcHandlers,
  | 'mix:get'
  | 'mix:cancel'
  | 'mix:download'
  | 'mix:cancel-download'
  | 'mix:copy-command'
  | 'mix:read-export'
  | 'activity:list'
>;

function textParam(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Progress events are throttled: a fast download must not flood IPC with one event per chunk. */
const PROGRESS_INTERVAL_MS = 100;

/** The explorer's IPC handlers over main's Mix.api client: reads, cancellation, downloads, copy commands. */
export function createMixHandlers(deps: {
  client: MixClient;
  profiles: ProfileSource;
  sessions: { accessToken(profileId: string): Promise<string> };
  saveDialog: SaveDialog;
  clipboard: Clipboard;
  clock: Clock;
  /** Where this session's downloads are recorded (the Downloads panel, Show in folder, Open). */
  register: DownloadRegister;
  emit: <E extends EventChannel>(event: E, payload: EventPayload<E>) => void;
}): MixHandlers {
  const { client, clock, emit, register } = deps;
  const reads = new Map<string, AbortController>();
  const downloads = new Map<string, AbortController>();
  /** Paths downloads are writing right now. */
  const writing = new Set<string>();

  function track(registry: Map<string, AbortController>, id: string | undefined): AbortController {
    const controller = new AbortController();
    if (id !== undefined) {
      registry.get(id)?.abort();
      registry.set(id, controller);
    }
    return controller;
  }

  function release(
    registry: Map<string, AbortController>,
    id: string | undefined,
    controller: AbortController,
  ) {
    if (id !== undefined && registry.get(id) === controller) registry.delete(id);
  }

  return {
    async 'mix:get'({ profileId, endpoint, params, requestId }) {
      const controller = track(reads, requestId);
      try {
        // The payload check proved `endpoint` is a catalogue key; the client checks it and the params again.
        return await client.get(profileId, endpoint as MixEndpointKey, params, { signal: controller.signal });
      } finally {
        release(reads, requestId, controller);
      }
    },
    async 'mix:read-export'({ profileId, endpoint, params = {}, requestId }) {
      const controller = track(reads, requestId);
      try {
        const { body } = await client.fetchFile(profileId, endpoint as MixEndpointKey, params, {
          maxBytes: ARCHIVE_LIMITS.maxArchiveBytes,
          signal: controller.signal,
        });
        const name = textParam(params.intentName) ?? textParam(params.entityName) ?? 'export';
        return await readExport(body, ARCHIVE_LIMITS, name);
      } finally {
        release(reads, requestId, controller);
      }
    },
    async 'mix:cancel'({ requestId }) {
      reads.get(requestId)?.abort();
      return null;
    },
    async 'mix:download'({
      profileId,
      endpoint,
      params = {},
      downloadId,
      projectName,
    }): Promise<MixDownloadResponse> {
      // A file endpoint, or a JSON read saved as it came (an answer too large to show).
      const key = endpoint as MixEndpointKey;
      const name = defaultDownloadName(key, params as MixParams, { now: clock.now(), projectName });
      const chosen = await deps.saveDialog.choose(name);
      if (chosen === undefined) return { saved: false };
      // Never two downloads into one file: the second gets `name (1).ext`.
      const { path: targetPath, replace } = chooseTarget(chosen, writing);
      writing.add(targetPath);
      const controller = track(downloads, downloadId);
      let lastSent = -Infinity;
      register.started(downloadId, basename(targetPath), clock.now());
      try {
        const result = await client.download(profileId, key, params, {
          targetPath,
          replace,
          signal: controller.signal,
          onProgress(bytes, total) {
            register.progress(downloadId, bytes, total);
            const now = clock.now();
            if (now - lastSent < PROGRESS_INTERVAL_MS && bytes !== total) return;
            lastSent = now;
            emit('download:progress', { downloadId, bytes, ...(total !== undefined ? { total } : {}) });
          },
        });
        emit('download:progress', { downloadId, bytes: result.bytes, total: result.bytes });
        register.saved(downloadId, result.path, result.bytes);
        return { saved: true, path: result.path, bytes: result.bytes };
      } catch (error) {
        const failure = toProblem(error);
        if (failure.code === 'cancelled') register.cancelled(downloadId);
        else register.failed(downloadId, failure.message);
        throw error;
      } finally {
        writing.delete(targetPath);
        release(downloads, downloadId, controller);
      }
    },
    async 'mix:cancel-download'({ downloadId }) {
      downloads.get(downloadId)?.abort();
      return null;
    },
    async 'mix:copy-command'({ profileId, endpoint, params = {}, format }) {
      const profile = deps.profiles.get(profileId);
      if (!profile) throw unknownProfile();
      const key = endpoint as MixEndpointKey;
      if (format === 'mix-cli') {
        const cli = mixCliCommand(key, params as MixParams);
        // No half command on the clipboard: the user reads why instead.
        if (!cli.ok) throw problem('invalid-input', cli.reason);
        deps.clipboard.writeText(cli.command);
        return null;
      }
      const command = curlCommand(profile.apiUrl, key, params as MixParams, {
        // The token is copied only when the user chose the command "with token".
        ...(format === 'curl-with-token' ? { token: await deps.sessions.accessToken(profileId) } : {}),
      });
      deps.clipboard.writeText(command);
      return null;
    },
    async 'activity:list'() {
      return client.activity.list();
    },
  };
}
