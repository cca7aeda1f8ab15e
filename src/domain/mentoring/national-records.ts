/**
 * The national view as IndexedDB records (domain/storage/record-layout.ts): one record per region, "wilayah:<key>",
 * holding that region's newest summary. A summary read replaces one record; the others are not written again.
 */
import { z } from '@/schemas/zod';
import { storedSummarySchema, type NationalStore, type StoredSummary } from '@/schemas/regional-summary';
import type { RecordCheck, RecordLayout } from '@/domain/storage/record-layout';
import { describeIssues } from '@/domain/storage/describe-issues';
import { regionKey } from './overview-view';

const recordId = (region: string) => `wilayah:${regionKey(region)}`;

function split(store: NationalStore): Map<string, object> {
  return new Map(store.regions.map((entry) => [recordId(entry.summary.region), entry]));
}

function check(id: string, value: unknown): RecordCheck {
  const parsed = z.safeParse(storedSummarySchema, value);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
  // The id repeats the region: a record filed under another region's id would hide that region's summary.
  return recordId(parsed.data.summary.region) === id
    ? { ok: true, value: parsed.data }
    : { ok: false, reason: `catatan “${id}” tidak cocok dengan isinya` };
}

function join(records: ReadonlyMap<string, object>): NationalStore {
  const regions = [...records.values()] as StoredSummary[];
  return { regions: regions.sort((a, b) => Date.parse(a.importedAt) - Date.parse(b.importedAt)) };
}

export const nationalRecords: RecordLayout<NationalStore> = { split, check, join };
