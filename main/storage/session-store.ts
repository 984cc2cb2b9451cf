import type { CredentialBinding } from '../../common/credential-binding';
import type { TokenSet } from '../auth/token-set';
import { isRecord } from '../../common/tolerant-reader';
import { rememberSecret } from '../log/redact';
import { readBinding, sameBinding } from '../profiles/bound-secret';
import type { SessionStore } from '../session/session-deps';
import type { SettingsFile } from '../ports/storage';
import { tokensKey } from './secret-keys';
import type { SecretVault } from './secret-vault';

/** Key in the settings file holding `{ [profileId]: generation }` of sign-in partitions. */
export const PARTITIONS_KEY = 'partitions';

/**
 * Tokens go to the vault (encrypted at rest, or memory-only); partition generations are plain settings.
 * With `bindingOf`, tokens are sealed with the hosts and client ID they were issued for, and tokens sealed
 * to others than the profile's current ones (its settings edited outside the app) are dropped unread.
 */
export function createSessionStore(
  file: SettingsFile,
  vault: SecretVault,
  bindingOf: (profileId: string) => CredentialBinding | undefined = () => undefined,
): SessionStore {
  const generations = (): Record<string, unknown> => {
    const raw = file.get(PARTITIONS_KEY);
    return isRecord(raw) ? { ...raw } : {};
  };

  return {
    async loadTokens(profileId) {
      const text = await vault.get(tokensKey(profileId));
      if (!issuedFor(text, bindingOf(profileId))) {
        await vault.delete(tokensKey(profileId));
        return undefined;
      }
      const tokens = parseTokenSet(text);
      // Tokens from a previous run are secrets main holds again: the one redactor must know them.
      rememberSecret(tokens?.accessToken);
      rememberSecret(tokens?.refreshToken);
      return tokens;
    },

    saveTokens(profileId, tokens) {
      const binding = bindingOf(profileId);
      const stored: TokenSet & { binding?: CredentialBinding } = {
        accessToken: tokens.accessToken,
        expiresAt: tokens.expiresAt,
        ...(tokens.issuedAt !== undefined && { issuedAt: tokens.issuedAt }),
        ...(tokens.scope !== undefined && { scope: tokens.scope }),
        ...(tokens.refreshToken !== undefined && { refreshToken: tokens.refreshToken }),
        ...(binding !== undefined && { binding }),
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

/**
 * False when stored tokens name a binding other than the profile's current one. Tokens stored before they
 * were sealed name none: they are used once more and sealed at the next save (every renewal saves).
 */
function issuedFor(text: string | undefined, current: CredentialBinding | undefined): boolean {
  if (text === undefined || current === undefined) return true;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return true;
  }
  if (typeof value !== 'object' || value === null || !('binding' in value)) return true;
  const sealedTo = readBinding(value.binding);
  return sealedTo !== undefined && sameBinding(sealedTo, current);
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
  const { accessToken, expiresAt, issuedAt, scope, refreshToken } = value as Record<string, unknown>;
  if (typeof accessToken !== 'string' || accessToken === '') return undefined;
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return undefined;
  if (scope !== undefined && typeof scope !== 'string') return undefined;
  // An older version did not save when the token was issued; renewal then goes by expiry alone.
  const issued = typeof issuedAt === 'number' && Number.isFinite(issuedAt) ? issuedAt : undefined;
  if (refreshToken !== undefined && typeof refreshToken !== 'string') return undefined;
  return {
    accessToken,
    expiresAt,
    ...(issued !== undefined && { issuedAt: issued }),
    ...(scope !== undefined && { scope }),
    ...(refreshToken !== undefined && { refreshToken }),
  };
}
