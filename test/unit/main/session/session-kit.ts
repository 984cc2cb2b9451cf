import type { SessionState } from '../../../../common/ipc-contract';
import type { TokenSet } from '../../../../main/auth/token-set';
import { createSessionManager, type AccountLookup } from '../../../../main/session/session-manager';
import {
  FakeAuthorizer,
  FakeClipboard,
  FakeClock,
  FakePartitions,
  FakeProfiles,
  FakeStore,
  testProfile,
  until,
} from './fakes';

/** A session manager on fakes (clock, authorizer, store, account lookup) and helpers to sign it in. */

export const MINUTE = 60_000;
export const LIFETIME = 15 * MINUTE;

export function setup(
  options: {
    account?: AccountLookup;
    profile?: Parameters<typeof testProfile>[1];
    renewalAttemptTimeoutMs?: number;
    persistSignIn?: () => boolean;
  } = {},
) {
  const clock = new FakeClock();
  const profiles = new FakeProfiles(testProfile('p1', options.profile));
  const store = new FakeStore();
  const authorizer = new FakeAuthorizer();
  const partitions = new FakePartitions();
  const clipboard = new FakeClipboard();
  const lookups: string[] = [];
  const account: AccountLookup =
    options.account ??
    (async (profileId) => {
      lookups.push(`${profileId}:${await manager.accessToken(profileId)}`);
      return { account: 'ada@example.com', organizationCount: 3 };
    });
  const manager = createSessionManager({
    profiles,
    store,
    authorizer,
    partitions,
    clipboard,
    clock,
    account,
    // No jitter: pauses between renewal attempts are exactly 10 s, 20 s, 40 s…
    random: () => 0,
    ...(options.renewalAttemptTimeoutMs ? { renewalAttemptTimeoutMs: options.renewalAttemptTimeoutMs } : {}),
    ...(options.persistSignIn && { persistSignIn: options.persistSignIn }),
  });
  const changes: SessionState[] = [];
  manager.onChange((state) => changes.push(state));

  const tokens = (accessToken: string, extra: Partial<TokenSet> = {}): TokenSet => ({
    accessToken,
    expiresAt: clock.now() + LIFETIME,
    scope: 'mix-api',
    ...extra,
  });

  /** Signs p1 in through an interactive attempt that the fake authorization service grants. */
  async function signIn(granted: TokenSet, request: { freshAccount?: boolean } = {}) {
    const before = authorizer.interactive.length;
    const result = manager.signIn({ profileId: 'p1', ...request });
    await until(() => authorizer.interactive.length > before, 'the sign-in attempt');
    authorizer.interactive.at(-1)?.succeed(granted);
    return result;
  }

  return {
    clock,
    profiles,
    store,
    authorizer,
    partitions,
    clipboard,
    manager,
    changes,
    lookups,
    tokens,
    signIn,
  };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

export { rejection } from '../support/problems';
