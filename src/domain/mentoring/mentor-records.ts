/**
 * The mentor's overview as IndexedDB records (see domain/storage/record-layout.ts): "wilayah" (mentor and the region's
 * list), "unit:<key>" (the unit's reviews and its current package's id) and "paket:<key>:<package id>" (one package).
 * A review keystroke changes one unit record; an imported package adds one package record (and its unit's record).
 */
import { z } from '@/schemas/zod';
import {
  mentorPackageRecordSchema,
  mentorRegionRecordSchema,
  mentorUnitRecordSchema,
  type MentoredUnit,
  type MentorPackageRecord,
  type MentorRegionRecord,
  type MentorStore,
  type MentorUnitRecord,
} from '@/schemas/mentoring';
import type { RecordCheck, RecordLayout } from '@/domain/storage/record-layout';
import { describeIssues } from '@/domain/storage/describe-issues';
import { emptyReviews, packageTime } from './mentor-store';

const REGION = 'wilayah';
const unitId = (key: string) => `unit:${key}`;
const packageId = (key: string, id: string) => `paket:${key}:${id}`;

function split(store: MentorStore): Map<string, object> {
  const records = new Map<string, object>();
  records.set(REGION, { mentor: store.mentor, regionUnits: store.regionUnits, ...(store.region ? { region: store.region } : {}) });
  for (const unit of store.units) {
    records.set(unitId(unit.key), { key: unit.key, current: unit.current.id, reviews: unit.reviews } satisfies MentorUnitRecord);
    records.set(packageId(unit.key, unit.current.id), {
      unit: unit.key,
      payload: unit.current,
      receivedAt: unit.receivedAt,
    } satisfies MentorPackageRecord);
    for (const old of unit.history)
      records.set(packageId(unit.key, old.payload.id), {
        unit: unit.key,
        payload: old.payload,
        receivedAt: old.receivedAt,
      } satisfies MentorPackageRecord);
  }
  return records;
}

function check(id: string, value: unknown): RecordCheck {
  const schema =
    id === REGION
      ? mentorRegionRecordSchema
      : id.startsWith('unit:')
        ? mentorUnitRecordSchema
        : id.startsWith('paket:')
          ? mentorPackageRecordSchema
          : undefined;
  if (!schema) return { ok: false, reason: `catatan “${id}” tidak dikenal` };
  const parsed = z.safeParse(schema as z.ZodMiniType<object>, value);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
  const record = parsed.data as Partial<MentorUnitRecord & MentorPackageRecord>;
  // The id repeats what the record says; a record filed under another unit's id would join the wrong unit.
  const expected = record.payload ? packageId(record.unit!, record.payload.id) : record.key !== undefined ? unitId(record.key) : REGION;
  return expected === id ? { ok: true, value: parsed.data } : { ok: false, reason: `catatan “${id}” tidak cocok dengan isinya` };
}

function join(records: ReadonlyMap<string, object>): MentorStore {
  const region = (records.get(REGION) as MentorRegionRecord | undefined) ?? { mentor: '', regionUnits: '' };
  const packages = new Map<string, MentorPackageRecord[]>();
  const units = new Map<string, MentorUnitRecord>();
  for (const [id, value] of records) {
    if (id.startsWith('paket:')) {
      const record = value as MentorPackageRecord;
      packages.set(record.unit, [...(packages.get(record.unit) ?? []), record]);
    } else if (id.startsWith('unit:')) units.set((value as MentorUnitRecord).key, value as MentorUnitRecord);
  }
  const joined: MentoredUnit[] = [];
  for (const [key, sent] of [...packages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const newestFirst = [...sent].sort((a, b) => packageTime(b.payload, b.receivedAt) - packageTime(a.payload, a.receivedAt));
    const unit = units.get(key);
    // The unit record says which package is current; without it (lost or unreadable), the newest is.
    const current = newestFirst.find((p) => p.payload.id === unit?.current) ?? newestFirst[0]!;
    joined.push({
      key,
      current: current.payload,
      receivedAt: current.receivedAt,
      history: newestFirst.filter((p) => p !== current).map(({ payload, receivedAt }) => ({ payload, receivedAt })),
      reviews: unit?.reviews ?? emptyReviews(),
    });
  }
  return { mentor: region.mentor, regionUnits: region.regionUnits, ...(region.region ? { region: region.region } : {}), units: joined };
}

export const mentorRecords: RecordLayout<MentorStore> = { split, check, join };
