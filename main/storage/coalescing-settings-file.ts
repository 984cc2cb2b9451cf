import { dirname } from 'node:path';
import type { Problem } from '../../common/ipc-contract';
import type { SettingsFile } from '../ports/storage';
import type { ProblemError } from '../problem';
import { settingsNotSaved } from './storage-problem';

/** Writes the whole settings object to disk (electron-store: atomically, temporary file then rename). */
export type SettingsWriter = (values: Record<string, unknown>) => void;

/**
 * The settings in memory, one JSON text per key (so a caller never holds a live reference into them), and
 * written on the next turn: a burst of changes is one write, and nobody waits for the disk unless they ask
 * (`flush` writes at once). A failed write keeps the changes in memory and is tried again by the next change
 * or flush; the caller of `flush` gets the `storage` problem, listeners get the failures nobody awaited.
 */
export class CoalescingSettingsFile implements SettingsFile {
  readonly #texts = new Map<string, string>();
  readonly #unsaved = new Set<string>();
  readonly #failureListeners = new Set<(problem: Problem) => void>();
  #scheduled = false;

  constructor(
    private readonly path: string,
    values: Record<string, unknown>,
    private readonly write: SettingsWriter,
  ) {
    for (const [key, value] of Object.entries(values)) {
      const text = JSON.stringify(value);
      if (text !== undefined) this.#texts.set(key, text);
    }
  }

  get(key: string): unknown {
    const text = this.#texts.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }

  set(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    // JSON drops undefined (and functions): on disk the key is simply absent.
    if (text === undefined) {
      this.delete(key);
      return;
    }
    if (this.#texts.get(key) === text) return;
    this.#texts.set(key, text);
    this.#changed(key);
  }

  delete(key: string): void {
    if (!this.#texts.delete(key)) return;
    this.#changed(key);
  }

  flush(): Promise<void> {
    try {
      this.#writeNow();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  onWriteFailure(listener: (problem: Problem) => void): () => void {
    this.#failureListeners.add(listener);
    return () => this.#failureListeners.delete(listener);
  }

  #changed(key: string): void {
    this.#unsaved.add(key);
    if (this.#scheduled) return;
    this.#scheduled = true;
    // On the next turn: every change made in this one goes into the same write.
    setImmediate(() => {
      this.#scheduled = false;
      try {
        this.#writeNow();
      } catch (error) {
        // Nobody awaits this write: the listeners tell the user and the log.
        for (const listener of this.#failureListeners) {
          try {
            listener((error as ProblemError).problem);
          } catch {
            // A broken listener must not hide the failure from the others.
          }
        }
      }
    });
  }

  /** Writes every change not yet on disk; throws the `storage` problem when the disk refuses. */
  #writeNow(): void {
    if (this.#unsaved.size === 0) return;
    try {
      this.write(
        Object.fromEntries([...this.#texts].map(([key, text]) => [key, JSON.parse(text) as unknown])),
      );
    } catch (error) {
      throw settingsNotSaved(dirname(this.path), this.#unsaved, error);
    }
    this.#unsaved.clear();
  }
}
