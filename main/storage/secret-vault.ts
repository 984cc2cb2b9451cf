import type { Notice, SecretStorageStatus } from '../../common/ipc-contract';
import { isRecord } from '../../common/tolerant-reader';
import { problem } from '../problem';
import type { Clock } from '../ports/clock';
import type { SecretCipher, SettingsFile } from '../ports/storage';
import { cipherFailureOf } from './cipher-error';
import { SerialQueue } from './serial-queue';

/** Client secrets and tokens: encrypted in the settings file, or in memory when the OS cannot encrypt. */
export interface SecretVault {
  /** `waiting` until the OS keyring has answered; then final. */
  status(): SecretStorageStatus;
  /** Resolves with the final status once the keyring has answered (unlock, Keychain prompt, or failure). */
  ready(): Promise<SecretStorageStatus>;
  /** Called once, when the status leaves `waiting`. */
  onStatus(listener: (status: SecretStorageStatus) => void): () => void;
  /** Whether a value is stored, without decrypting it. */
  has(key: string): boolean;
  /**
   * The value, or undefined. Rejects with a `storage` problem while the keyring is temporarily unavailable
   * (the ciphertext is kept; the vault tries again on its own and calls `onReadable` when it can read).
   */
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  deleteByPrefix(prefix: string): Promise<void>;
  /** Stops the retry timer. */
  dispose(): void;
}

export interface SecretVaultOptions {
  /** Told what the user should know: a locked keyring, a secret set aside. */
  onNotice?: (notice: Notice) => void;
  /** After a temporary keyring failure: the keyring decrypts again, so sessions can be restored. */
  onReadable?: () => void;
  /** Times the retries after a temporary keyring failure. */
  clock?: Clock;
}

/** Key in the settings file holding `{ [key]: base64 ciphertext }`. */
export const SECRETS_KEY = 'secrets';
/** Key holding ciphertexts that no longer decrypt: `{ [key]: { cipherText, setAsideAt } }`, kept, never read. */
export const SET_ASIDE_KEY = 'secretsSetAside';

/** Waits between tries to read the keyring again after it said "temporarily unavailable"; the last repeats. */
export const RETRY_DELAYS_MS = [15_000, 30_000, 60_000, 120_000];

export const WAITING_REASON =
  'Waiting for the system keyring… Unlock it, or answer its prompt, to use your saved client secrets and sign-ins.';
export const HARD_CODED_KEY_REASON =
  "No OS keyring is available (Electron's safeStorage would encrypt with a key built into every copy of Chromium), so your client secret and sign-in are kept in memory until Mix Explorer quits.";
export const UNAVAILABLE_REASON =
  "The operating system's secure storage is not available, so your client secret and sign-in are kept in memory until Mix Explorer quits.";
export const UNKNOWN_PROTECTION_NOTE =
  'Your client secrets and sign-ins are saved encrypted, but Mix Explorer cannot tell whether a keyring of your desktop protects the key.';
export const LOCKED_MESSAGE =
  'The system keyring is locked, or its prompt was dismissed, so Mix Explorer could not read your saved client secrets and sign-ins. Nothing was deleted: unlock the keyring and Mix Explorer will try again.';

/**
 * Creates the vault at once; it decides between encrypted and memory-only when the keyring answers, and
 * every operation waits for that. So start-up never waits for a keyring unlock or a Keychain prompt.
 */
export function createSecretVault(
  file: SettingsFile,
  cipher: SecretCipher,
  options: SecretVaultOptions = {},
): SecretVault {
  return new KeyringVault(file, cipher, options);
}

async function detectStatus(cipher: SecretCipher): Promise<SecretStorageStatus> {
  try {
    if (!(await cipher.isAvailable())) return { mode: 'memory-only', reason: UNAVAILABLE_REASON };
    const protection = await cipher.protection();
    switch (protection.kind) {
      case 'os-keyring':
        return { mode: 'encrypted' };
      case 'hard-coded-key':
        // On disk this would be as good as plain text.
        return { mode: 'memory-only', reason: HARD_CODED_KEY_REASON };
      case 'unknown':
        return { mode: 'encrypted', reason: UNKNOWN_PROTECTION_NOTE };
    }
  } catch {
    // An adapter that throws means the same to the user as one that says no.
  }
  return { mode: 'memory-only', reason: UNAVAILABLE_REASON };
}

function readCiphertexts(file: SettingsFile): Record<string, string> {
  return stringEntries(file.get(SECRETS_KEY));
}

function stringEntries(raw: unknown): Record<string, string> {
  const entries: Record<string, string> = {};
  if (!isRecord(raw)) return entries;
  for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') entries[key] = value;
  return entries;
}

/** Removes stored ciphertexts matching `matches`; writes only when something changes. */
function dropCiphertexts(file: SettingsFile, matches: (key: string) => boolean): void {
  const entries = readCiphertexts(file);
  const kept = Object.fromEntries(Object.entries(entries).filter(([key]) => !matches(key)));
  if (Object.keys(kept).length !== Object.keys(entries).length) file.set(SECRETS_KEY, kept);
}

/** Moves a ciphertext that will never decrypt out of the way, keeping it (one per key, the latest). */
function setAside(file: SettingsFile, key: string, cipherText: string, at: number): void {
  const raw = file.get(SET_ASIDE_KEY);
  const current = isRecord(raw) ? raw : {};
  file.set(SET_ASIDE_KEY, { ...current, [key]: { cipherText, setAsideAt: at } });
  dropCiphertexts(file, (candidate) => candidate === key);
}

/** Where secrets live once the keyring has answered. The vault serialises calls into it. */
interface Store {
  has(key: string): boolean;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): void;
  deleteByPrefix(prefix: string): void;
}

// Every operation goes through one queue, so a slow encrypt cannot let an older write land after a newer one,
// and a read sees the writes requested before it.
class KeyringVault implements SecretVault {
  readonly #queue = new SerialQueue();
  readonly #listeners = new Set<(status: SecretStorageStatus) => void>();
  readonly #store: Promise<Store>;
  readonly #ready: Promise<SecretStorageStatus>;
  #status: SecretStorageStatus = { mode: 'waiting', reason: WAITING_REASON };
  #settled: Store | undefined;
  #retry: { cancel: () => void; attempt: number } | undefined;
  #disposed = false;

  constructor(
    private readonly file: SettingsFile,
    private readonly cipher: SecretCipher,
    private readonly options: SecretVaultOptions,
  ) {
    this.#ready = detectStatus(cipher).then((status) => {
      this.#status = status;
      this.#settled = status.mode === 'encrypted' ? this.encryptedStore() : memoryStore(file);
      for (const listener of this.#listeners) listener({ ...status });
      this.#listeners.clear();
      return { ...status };
    });
    this.#store = this.#ready.then(() => this.#settled as Store);
  }

  status(): SecretStorageStatus {
    return { ...this.#status };
  }

  ready(): Promise<SecretStorageStatus> {
    return this.#ready;
  }

  onStatus(listener: (status: SecretStorageStatus) => void): () => void {
    if (this.#settled) return () => undefined;
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  has(key: string): boolean {
    // Until the keyring answers, what is on disk is what will be readable.
    return this.#settled ? this.#settled.has(key) : Object.hasOwn(readCiphertexts(this.file), key);
  }

  get(key: string): Promise<string | undefined> {
    return this.#queue.run(async () => {
      const value = await (await this.#store).get(key);
      // A secret set aside while reading is saved best-effort; a failed write is reported by the file.
      await this.file.flush().catch(() => undefined);
      return value;
    });
  }

  // Changes resolve once on disk, or reject with the settings file's `storage` problem.
  set(key: string, value: string): Promise<void> {
    return this.#queue.run(async () => {
      await (await this.#store).set(key, value);
      await this.file.flush();
    });
  }

  delete(key: string): Promise<void> {
    return this.#queue.run(async () => {
      (await this.#store).delete(key);
      await this.file.flush();
    });
  }

  deleteByPrefix(prefix: string): Promise<void> {
    return this.#queue.run(async () => {
      (await this.#store).deleteByPrefix(prefix);
      await this.file.flush();
    });
  }

  dispose(): void {
    this.#disposed = true;
    this.#retry?.cancel();
    this.#retry = undefined;
  }

  private encryptedStore(): Store {
    const { file, cipher, options } = this;
    return {
      has: (key) => Object.hasOwn(readCiphertexts(file), key),
      get: async (key) => {
        const stored = readCiphertexts(file)[key];
        if (stored === undefined) return undefined;
        try {
          return await cipher.decrypt(Buffer.from(stored, 'base64'));
        } catch (error) {
          if (cipherFailureOf(error) === 'temporarily-unavailable') {
            // Nothing is lost: the ciphertext stays, the user is told, and the vault tries again later.
            options.onNotice?.({ id: 'keyring-locked', level: 'warning', message: LOCKED_MESSAGE });
            this.scheduleRetry(key);
            throw problem('storage', LOCKED_MESSAGE, { actions: ['retry'] });
          }
          setAside(file, key, stored, options.clock?.now() ?? Date.now());
          options.onNotice?.({
            id: `secret-set-aside:${key}`,
            level: 'warning',
            message: setAsideMessage(key),
          });
          return undefined;
        }
      },
      set: async (key, value) => {
        let cipherText: Uint8Array;
        try {
          cipherText = await cipher.encrypt(value);
        } catch {
          throw problem(
            'storage',
            "Mix Explorer could not encrypt a secret with the operating system's secure storage.",
          );
        }
        // Read after the await: the record may have changed while encrypting.
        const entries = readCiphertexts(file);
        entries[key] = Buffer.from(cipherText).toString('base64');
        file.set(SECRETS_KEY, entries);
      },
      delete: (key) => dropCiphertexts(file, (candidate) => candidate === key),
      deleteByPrefix: (prefix) => dropCiphertexts(file, (candidate) => candidate.startsWith(prefix)),
    };
  }

  /** One retry at a time, with growing pauses; a success tells the app it can read again. */
  private scheduleRetry(key: string): void {
    const { clock } = this.options;
    if (!clock || this.#retry || this.#disposed) return;
    const attempt = 0;
    this.#retry = { attempt, cancel: this.retryAfter(key, attempt, clock) };
  }

  private retryAfter(key: string, attempt: number, clock: Clock): () => void {
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 60_000;
    return clock.setTimer(() => {
      void this.#queue.run(async () => {
        if (this.#disposed) return;
        const stored = readCiphertexts(this.file)[key];
        let readable = stored === undefined;
        if (stored !== undefined) {
          try {
            await this.cipher.decrypt(Buffer.from(stored, 'base64'));
            readable = true;
          } catch (error) {
            // A final failure is for the next read to set aside; only "not yet" waits again.
            readable = cipherFailureOf(error) !== 'temporarily-unavailable';
          }
        }
        if (readable) {
          this.#retry = undefined;
          this.options.onReadable?.();
        } else {
          const next = attempt + 1;
          this.#retry = { attempt: next, cancel: this.retryAfter(key, next, clock) };
        }
      });
    }, delay);
  }
}

/** Memory-only: nothing is written, and ciphertext left by an earlier encrypted session is never read. */
function memoryStore(file: SettingsFile): Store {
  const values = new Map<string, string>();
  return {
    has: (key) => values.has(key),
    get: async (key) => values.get(key),
    // A replaced or deleted secret must not come back when the keyring returns, so matching entries go.
    set: async (key, value) => {
      values.set(key, value);
      dropCiphertexts(file, (candidate) => candidate === key);
    },
    delete: (key) => {
      values.delete(key);
      dropCiphertexts(file, (candidate) => candidate === key);
    },
    deleteByPrefix: (prefix) => {
      for (const key of [...values.keys()]) if (key.startsWith(prefix)) values.delete(key);
      dropCiphertexts(file, (candidate) => candidate.startsWith(prefix));
    },
  };
}

function setAsideMessage(key: string): string {
  const why =
    'could not be decrypted (the system keyring’s key has changed), so it was set aside in the settings file, not deleted.';
  if (key.startsWith('client-secret:'))
    return `A saved client secret ${why} Please enter it again in Settings.`;
  if (key.startsWith('tokens:')) return `A saved sign-in ${why} Please sign in again.`;
  return `A saved secret ${why}`;
}
