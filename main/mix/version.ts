import type { MixVersion } from '../../common/ipc-contract';
import { toPlainText } from '../auth/plain-text';
import type { JsonObject } from './mix-errors';

/** `GET /v4/version`: flat strings, any of which may be missing. */
export function parseVersion(json: JsonObject): MixVersion {
  const version: MixVersion = {};
  for (const key of ['mixEnvironment', 'mixVersion', 'apiVersion'] as const) {
    const value = json[key];
    if (typeof value === 'string') version[key] = toPlainText(value, 120);
  }
  return version;
}
