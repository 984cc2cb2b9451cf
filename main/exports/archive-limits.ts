/** How much of an export Mix Explorer reads inline; anything larger is downloaded instead. */
export interface ArchiveLimits {
  /** The export as Mix sends it (zip or plain file). */
  maxArchiveBytes: number;
  maxEntries: number;
  /** One file inside, uncompressed. */
  maxEntryBytes: number;
  /** All files inside together, uncompressed. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed above this, for an entry past `ratioFloorBytes`, is a zip bomb. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/**
 * Mix's own data limits bound a real export: 60k samples of at most 500 characters per project, 55k literals
 * per entity (mix-api.md §11): about 30 MB of text at the very most, far less in practice.
 */
export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxArchiveBytes: 16 * 1024 * 1024,
  maxEntries: 200,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};
