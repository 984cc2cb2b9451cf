/** The Mix.api gateway's public surface, for main's wiring and IPC handlers. */
export {
  createMixClient,
  DEFAULT_MAX_IN_FLIGHT,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type MixClient,
  type MixClientDeps,
  type MixDownloadOptions,
  type MixDownloadResult,
  type MixGetResult,
  type MixListResult,
  type MixSessions,
} from './mix-client';
export { createActivityLog, ACTIVITY_CAPACITY, type ActivityEntry, type ActivityLog } from './activity-log';
export { createAccountLookup } from './account-lookup';
export { accountFromOrganizations } from './organizations';
export { defaultDownloadName, suggestedFileName } from './file-names';
