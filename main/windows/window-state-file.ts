import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseWindowState, type WindowState } from './window-state';

export interface WindowStateStore {
  read(): WindowState;
  write(state: WindowState): void;
}

/**
 * `window-state.json` in the user-data folder, beside (not inside) settings.json. Window geometry is
 * disposable: a missing or broken file means "open at the defaults", and it never competes with the
 * services' writes to settings.json. Written whole to a temp file, then renamed over the old one, so a
 * crash mid-write leaves the previous state, never half a file. Synchronous on purpose: it is a few
 * hundred bytes, and the last write happens while the window closes, when a pending promise could be lost.
 */
export function createWindowStateFile(path: string): WindowStateStore {
  return {
    read() {
      try {
        return parseWindowState(JSON.parse(readFileSync(path, 'utf8')));
      } catch {
        return { displays: {} };
      }
    },
    write(state) {
      const temp = `${path}.${process.pid}.tmp`;
      mkdirSync(dirname(path), { recursive: true });
      try {
        writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
        renameSync(temp, path);
      } catch (error) {
        try {
          rmSync(temp, { force: true });
        } catch {
          // The write's own error is the one worth reporting.
        }
        throw error;
      }
    },
  };
}
