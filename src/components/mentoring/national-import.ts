/**
 * Reading regional summary files for the national view, loaded on the first file chosen: each file is checked on its
 * own (size, JSON, kind, checksum, signature, contents), so one bad or changed file is refused by name and the others
 * are used.
 */
import { readTextFiles } from '@/components/shared/read-files';
import { openSealedFile } from '@/domain/mentoring/sealed-file';
import { regionalSummaryKind } from '@/domain/mentoring/regional-summary';
import { formatBytes } from '@/components/shared/download';
import type { RegionalSummaryPayload } from '@/schemas/regional-summary';

export interface ReadSummaries {
  accepted: { file: string; summary: RegionalSummaryPayload }[];
  rejected: { file: string; reason: string }[];
}

export async function readSummaryFiles(files: readonly File[], maxBytes: number): Promise<ReadSummaries> {
  const read: ReadSummaries = { accepted: [], rejected: [] };
  for (const file of await readTextFiles(files, maxBytes)) {
    if (file.tooLarge !== undefined) {
      read.rejected.push({
        file: file.name,
        reason: `Berkas terlalu besar (${formatBytes(file.tooLarge)}) untuk sebuah ringkasan wilayah.`,
      });
      continue;
    }
    const opened = await openSealedFile(file.text, regionalSummaryKind);
    if (opened.ok) read.accepted.push({ file: file.name, summary: opened.payload });
    else read.rejected.push({ file: file.name, reason: opened.reason });
  }
  return read;
}
