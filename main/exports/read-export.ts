import type { ExportContents, ExportFile } from '../../common/ipc-contract';
import { problem } from '../problem';
import type { ArchiveLimits } from './archive-limits';
import { readArchive, type ArchiveFile } from './read-archive';
import { MAX_EXPORT_ROWS, parseExportFile, rowCount } from './parse-export';

function isZip(body: Buffer): boolean {
  return body.length >= 2 && body[0] === 0x50 && body[1] === 0x4b;
}

/**
 * What an export holds, for reading inline: a zip is unpacked in memory (bounded, see readArchive); a
 * plain text answer (mix-api.md calls the samples export a "samples file", format UNCERTAIN) is read as one
 * file; anything else is refused in plain words. The result is bounded too: MAX_EXPORT_ROWS rows in all.
 */
export async function readExport(
  body: Buffer,
  limits: ArchiveLimits,
  name = 'export',
): Promise<ExportContents> {
  let entries: ArchiveFile[];
  if (isZip(body)) entries = await readArchive(body, limits);
  else if (body.subarray(0, 8192).includes(0)) {
    throw problem(
      'invalid-input',
      'This export is neither a zip archive nor text, so it cannot be shown here.',
      {
        detail: 'Download the file to look at it with another tool.',
      },
    );
  } else entries = [{ name, body }];

  let budget = MAX_EXPORT_ROWS;
  const files: ExportFile[] = [];
  for (const entry of entries) {
    const file = parseExportFile(entry.name, entry.body, budget);
    budget = Math.max(0, budget - rowCount(file));
    files.push(file);
  }
  return { files, bytes: body.length };
}
