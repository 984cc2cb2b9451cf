import type { MixVersion } from '../../common/ipc-contract';
import { toPlainText } from '../auth/plain-text';

/** `GET /v4/version`: flat strings, any of which may be missing. */
export function parseVersion(body: unknown): MixVersion {
  const version: MixVersion = {};
  if (typeof body !== 'object' || body === null) return version;
  const json = body as Record<string, unknown>;
  for (const key of ['mixEnvironment', 'mixVersion', 'apiVersion'] as const) {
    const value = json[key];
    if (typeof value === 'string') version[key] = toPlainText(value, 120);
  }
  return version;
}
