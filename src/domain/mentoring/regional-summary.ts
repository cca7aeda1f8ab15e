/**
 * "Ringkasan wilayah": what a mentor sends to the national view. The overview's rows (unit, type, Kanwil, the latest
 * package's date, the scores the overview shows, the review states) and the region's averages, sealed like a package
 * (sealed-file.ts) and signed with the mentor's browser key, the one that signs feedback (signing.ts). The units of the region's list that sent nothing are in it too, so the national view can name them.
 */
import { DELIVERABLES, type MentorStore } from '@/schemas/mentoring';
import { regionalSummaryPayloadSchema, type RegionalSummaryPayload, type SummaryUnit } from '@/schemas/regional-summary';
import { dimensionColumns, missingUnits, overviewRow, ownValue, regionAverages } from './overview';
import { sealFile, type SealedKind } from './sealed-file';
import { signFile } from './signing';
import type { SigningKeyPair } from '@/schemas/signing';
import { slug } from './package';

export const REGIONAL_SUMMARY_KIND = 'ringkasan-wilayah';
export const REGIONAL_SUMMARY_FORMAT_VERSION = 1;

export const regionalSummaryKind: SealedKind<RegionalSummaryPayload> = {
  kind: REGIONAL_SUMMARY_KIND,
  formatVersion: REGIONAL_SUMMARY_FORMAT_VERSION,
  schema: regionalSummaryPayloadSchema,
  name: 'ringkasan wilayah',
  wrongKindHint: 'Minta pendamping wilayah mengunduh “Ringkasan wilayah” di halaman Rekap pendampingan.',
};

/** The region the summary is for: the one the mentor typed, else the one most of the units' packages name. */
export function summaryRegion(store: MentorStore): string {
  const typed = store.region?.trim();
  if (typed) return typed;
  const counts = new Map<string, number>();
  for (const unit of store.units) {
    const region = unit.current.unit.region?.trim();
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  // Ties go to the name first met, so the same store always names the same region.
  return [...counts].reduce<[string, number]>((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0])[0];
}

const notSent = { asesmen: 'tidak-dikirim', rencana: 'tidak-dikirim', 'siaran-pers': 'tidak-dikirim' } as const;

export function buildRegionalSummary(store: MentorStore, options: { id: string; now: Date; region: string }): RegionalSummaryPayload {
  const rows = store.units.map(overviewRow);
  const dimensions = dimensionColumns(store.units);
  const averages = regionAverages(rows, dimensions);
  const sent: SummaryUnit[] = rows.map((row) => ({
    name: row.name,
    type: row.type as SummaryUnit['type'],
    region: row.region,
    packageCreatedAt: row.createdAt,
    overall: row.overall,
    dimensions: dimensions.map((d) => ownValue(row.dimensions, d.id) ?? null),
    plan: row.plan,
    release: row.release,
    statuses: Object.fromEntries(DELIVERABLES.map((d) => [d, row.statuses[d]])) as SummaryUnit['statuses'],
  }));
  const missing: SummaryUnit[] = missingUnits(store).map((name) => ({
    name: name.slice(0, 160),
    type: '',
    region: '',
    overall: null,
    dimensions: dimensions.map(() => null),
    plan: null,
    release: null,
    statuses: { ...notSent },
  }));
  return {
    id: options.id,
    writtenAt: options.now.toISOString(),
    region: options.region.trim().slice(0, 120),
    mentor: store.mentor.trim(),
    dimensions: dimensions.map(({ id, name }) => ({ id, name: name.slice(0, 160) })),
    units: [...sent, ...missing],
    averages: {
      overall: averages.overall,
      dimensions: dimensions.map((d) => ownValue(averages.dimensions, d.id) ?? null),
      plan: averages.plan,
      release: averages.release,
    },
  };
}

/** The summary file, signed with the mentor's browser key when one is given (as feedback files are). */
export async function buildRegionalSummaryFile(payload: RegionalSummaryPayload, key?: SigningKeyPair) {
  const file = await sealFile(REGIONAL_SUMMARY_KIND, REGIONAL_SUMMARY_FORMAT_VERSION, payload);
  return key ? signFile(file, key) : file;
}

export function regionalSummaryFileName(payload: RegionalSummaryPayload): string {
  return `ringkasan-wilayah-${slug(payload.region) || 'wilayah'}-${payload.writtenAt.slice(0, 10)}.json`;
}
