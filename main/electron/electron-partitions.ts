import type { BrowserPartitions } from '../ports/browser-partitions';

export interface PartitionSessionLike {
  clearStorageData(): Promise<void>;
  readonly cookies: { flushStore(): Promise<void> };
}

/** "Forget sign-in": empties a sign-in partition and makes the deletion durable before the app can quit. */
export function createElectronPartitions(
  sessionFor: (partition: string) => PartitionSessionLike,
): BrowserPartitions {
  return {
    async clear(partition) {
      // `session.fromPartition('')` is the default session: never clear that by mistake.
      if (partition === '') throw new Error('No sign-in partition was given.');
      const ses = sessionFor(partition);
      await ses.clearStorageData();
      await ses.cookies.flushStore();
    },
  };
}
