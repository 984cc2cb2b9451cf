import type { TokenSet } from '../auth/token-set';
import { isRecord } from '../../common/tolerant-reader';
import { rememberSecret } from '../log/redact';
import type { SessionStore } from '../session/session-deps';
import type { SettingsFile } from '../ports/storage';
import { tokensKey } from './secret-keys';
import type { SecretVault } from './secret-vault';

/** Key in the settings file holding `{ [profileId]: generation }` of sign-in partitions. */
export const PARTITIONS_KEY = 'partitions';

/** Tokens go to the vault (encrypted at rest, or memory-only); partition generations are plain settings. */
export function createSessionStore(file: SettingsFile, vault: SecretVault): SessionStore {
  const generations = (): Record<string, unknown> => {
    const raw = file.get(PARTITIONS_KEY);
    return isRecord(raw) ? { ...raw } : {};
  };

  return {
    async loadTokens(profileId) {
      const tokens = parseTokenSet(await vault.get(tokensKey(profileId)));
      // Tokens from a previous run are secrets main holds again: the one redactor must know them.
      rememberSecret(tokens?.accessToken);
      rememberSecret(tokens?.refreshToken);
      return tokens;
    },

    saveTokens(profileId, tokens) {
      const stored: TokenSet = {
        accessToken: tokens.accessToken,
        expiresAt: tokens.expiresAt,
        ...(tokens.scope !== undefined && { scope: tokens.scope }),
        ...(tokens.refreshToken !== undefined && { refreshToken: tokens.refreshToken }),
      };
      return vault.set(tokensKey(profileId), JSON.stringify(stored));
    },

    removeTokens(profileId) {
      return vault.delete(tokensKey(profileId));
    },

    partitionGeneration(profileId) {
      const value = generations()[profileId];
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
    },

    setPartitionGeneration(profileId, generation) {
      if (!Number.isSafeInteger(generation) || generation < 0) {
        throw new RangeError('A partition generation is a non-negative integer.');
      }
      file.set(PARTITIONS_KEY, { ...generations(), [profileId]: generation });
    },
  };
}

/** Anything other than a well-formed token set (a hand edit, an older format) counts as no tokens. */
function parseTokenSet(text: string | undefined): TokenSet | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { accessToken, expiresAt, scope, refreshToken } = value as Record<string, unknown>;
  if (typeof accessToken !== 'string' || accessToken === '') return undefined;
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return undefined;
  if (scope !== undefined && typeof scope !== 'string') return undefined;
  if (refreshToken !== undefined && typeof refreshToken !== 'string') return undefined;
  return {
    accessToken,
    expiresAt,
    ...(scope !== undefined && { scope }),
    ...(refreshToken !== undefined && { refreshToken }),
  };
}
