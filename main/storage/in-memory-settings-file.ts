import type { SettingsFile } from '../ports/storage';

/**
 * A settings file that lives only until the app quits: the fallback when the file on disk cannot be
 * opened, and a fake for tests. Values go through JSON like on disk, so callers never share objects with it.
 */
export class InMemorySettingsFile implements SettingsFile {
  readonly #values = new Map<string, string>();

  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) this.set(key, value);
  }

  get(key: string): unknown {
    const text = this.#values.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }

  set(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    // JSON drops undefined (and functions): on disk the key would simply be absent.
    if (text === undefined) this.#values.delete(key);
    else this.#values.set(key, text);
  }

  delete(key: string): void {
    this.#values.delete(key);
  }

  /** Nothing to write: memory is where it lives. */
  flush(): Promise<void> {
    return Promise.resolve();
  }

  onWriteFailure(): () => void {
    return () => undefined;
  }
}
