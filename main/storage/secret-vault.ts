import type { Notice, SecretStorageStatus } from '../../common/ipc-contract';
import { problem } from '../problem';
import type { SecretCipher, SettingsFile } from '../ports/storage';
import { SerialQueue } from './serial-queue';

/** Client secrets and tokens: encrypted in the settings file, or in memory when the OS cannot encrypt. */
export interface SecretVault {
  status(): SecretStorageStatus;
  /** Whether a value is stored, without decrypting it (a value that later fails to decrypt is dropped then). */
  has(key: string): boolean;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  deleteByPrefix(prefix: string): Promise<void>;
}

export interface SecretVaultOptions {
  /** Told when a stored secret could not be decrypted and was dropped (e.g. the OS keyring changed). */
  onNotice?: (notice: Notice) => void;
}

/** Key in the settings file holding `{ [key]: base64 ciphertext }`. */
export const SECRETS_KEY = 'secrets';

export const BASIC_TEXT_REASON =
  "No OS keyring was found (Electron's safeStorage would only obfuscate secrets as 'basic_text'), so your client secret and sign-in are kept in memory until Mix Explorer quits.";
export const UNAVAILABLE_REASON =
  "The operating system's secure storage is not available, so your client secret and sign-in are kept in memory until Mix Explorer quits.";

export async function createSecretVault(
  file: SettingsFile,
  cipher: SecretCipher,
  options: SecretVaultOptions = {},
): Promise<SecretVault> {
  const status = await detectStatus(cipher);
  return status.mode === 'encrypted'
    ? new EncryptedVault(file, cipher, options)
    : new MemoryVault(file, status);
}

async function detectStatus(cipher: SecretCipher): Promise<SecretStorageStatus> {
  try {
    // basic_text "encryption" uses a hard-coded key: on disk it would be as good as plain text.
    if (cipher.backend() === 'basic_text') return { mode: 'memory-only', reason: BASIC_TEXT_REASON };
    if (await cipher.isAvailable()) return { mode: 'encrypted' };
  } catch {
    // An adapter that throws means the same to the user as one that says no.
  }
  return { mode: 'memory-only', reason: UNAVAILABLE_REASON };
}

function readCiphertexts(file: SettingsFile): Record<string, string> {
  const raw = file.get(SECRETS_KEY);
  const entries: Record<string, string> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return entries;
  for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') entries[key] = value;
  return entries;
}

/** Removes stored ciphertexts matching `matches`; writes only when something changes. */
function dropCiphertexts(file: SettingsFile, matches: (key: string) => boolean): void {
  const entries = readCiphertexts(file);
  const kept = Object.fromEntries(Object.entries(entries).filter(([key]) => !matches(key)));
  if (Object.keys(kept).length !== Object.keys(entries).length) file.set(SECRETS_KEY, kept);
}

// Every operation goes through a queue, so a slow encrypt cannot let an older write land after a newer one
// and a read sees the writes requested before it.
class EncryptedVault implements SecretVault {
  readonly #queue = new SerialQueue();

  constructor(
    private readonly file: SettingsFile,
    private readonly cipher: SecretCipher,
    private readonly options: SecretVaultOptions,
  ) {}

  status(): SecretStorageStatus {
    return { mode: 'encrypted' };
  }

  has(key: string): boolean {
    return Object.hasOwn(readCiphertexts(this.file), key);
  }

  get(key: string): Promise<string | undefined> {
    return this.#queue.run(async () => {
      const stored = readCiphertexts(this.file)[key];
      if (stored === undefined) return undefined;
      try {
        return await this.cipher.decrypt(Buffer.from(stored, 'base64'));
      } catch {
        dropCiphertexts(this.file, (candidate) => candidate === key);
        this.options.onNotice?.({
          id: `secret-dropped:${key}`,
          level: 'warning',
          message: droppedMessage(key),
        });
        return undefined;
      }
    });
  }

  set(key: string, value: string): Promise<void> {
    return this.#queue.run(async () => {
      let cipherText: Uint8Array;
      try {
        cipherText = await this.cipher.encrypt(value);
      } catch {
        throw problem(
          'storage',
          "Mix Explorer could not encrypt a secret with the operating system's secure storage.",
        );
      }
      // Read after the await: the record may have changed while encrypting.
      const entries = readCiphertexts(this.file);
      entries[key] = Buffer.from(cipherText).toString('base64');
      this.file.set(SECRETS_KEY, entries);
    });
  }

  delete(key: string): Promise<void> {
    return this.#queue.run(() => dropCiphertexts(this.file, (candidate) => candidate === key));
  }

  deleteByPrefix(prefix: string): Promise<void> {
    return this.#queue.run(() => dropCiphertexts(this.file, (candidate) => candidate.startsWith(prefix)));
  }
}

class MemoryVault implements SecretVault {
  readonly #values = new Map<string, string>();
  readonly #queue = new SerialQueue();

  constructor(
    private readonly file: SettingsFile,
    private readonly currentStatus: SecretStorageStatus,
  ) {}

  status(): SecretStorageStatus {
    return { ...this.currentStatus };
  }

  has(key: string): boolean {
    return this.#values.has(key);
  }

  get(key: string): Promise<string | undefined> {
    return this.#queue.run(() => this.#values.get(key));
  }

  // Ciphertext left on disk by an earlier, encrypted session is never read here, but a replaced or
  // deleted secret must not come back when the keyring returns, so matching entries are removed.
  set(key: string, value: string): Promise<void> {
    return this.#queue.run(() => {
      this.#values.set(key, value);
      dropCiphertexts(this.file, (candidate) => candidate === key);
    });
  }

  delete(key: string): Promise<void> {
    return this.#queue.run(() => {
      this.#values.delete(key);
      dropCiphertexts(this.file, (candidate) => candidate === key);
    });
  }

  deleteByPrefix(prefix: string): Promise<void> {
    return this.#queue.run(() => {
      for (const key of [...this.#values.keys()]) if (key.startsWith(prefix)) this.#values.delete(key);
      dropCiphertexts(this.file, (candidate) => candidate.startsWith(prefix));
    });
  }
}

function droppedMessage(key: string): string {
  const why = 'could not be decrypted, perhaps because the system keyring changed, so it was removed.';
  if (key.startsWith('client-secret:'))
    return `A saved client secret ${why} Please enter it again in Settings.`;
  if (key.startsWith('tokens:')) return `A saved sign-in ${why} Please sign in again.`;
  return `A saved secret ${why}`;
}
