/**
 * "Rekap nasional": the regional summaries a national user has read, one per region (a later summary from the same
 * region replaces the earlier one), and what they add up to: national averages, a row per region, the regions whose
 * summary is old and the units that have not sent a package. The regions are those of the files read: the site keeps
 * no list of Kantor Wilayah of its own.
 */
import type {
  NationalStore,
  RegionalSummaryPayload,
  RegionKey,
  StoredSummary,
  SummaryAverages,
  SummaryUnit,
} from '@/schemas/regional-summary';
import { regionKey } from './mentor-store';

/** A summary older than this many days is listed as old (the page lets the user choose another number). */
export const DEFAULT_STALE_DAYS = 45;

const written = (summary: RegionalSummaryPayload) => Date.parse(summary.writtenAt);

const reported = (unit: SummaryUnit) => unit.packageCreatedAt !== undefined;
const mean = (values: readonly number[]) => (values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length));
const present = (values: readonly (number | null | undefined)[]) => values.filter((v): v is number => typeof v === 'number');

export interface NationalAverages {
  overall: number | null;
  plan: number | null;
  release: number | null;
  /** Per dimension (matched by id across regions), in the order first met. */
  dimensions: { id: string; name: string; average: number | null }[];
}

/** The key pinned for a region (national-keys.ts), matched ignoring case and punctuation. */
export const pinnedRegionKey = (store: NationalStore, region: string): RegionKey | undefined =>
  store.pins?.find((pin) => regionKey(pin.region) === regionKey(region));

/**
 * Who signed a region's kept summary, against the region's pinned key: that key; another one (kept from a Data saya
 * backup, or signed while no key was pinned here); or none (a summary from before signing, or one the person accepted
 * unsigned). `pinned` is the region's pinned key's fingerprint, when there is one.
 */
export type RegionSignature =
  | { state: 'kunci-tersemat'; fingerprint: string; pinnedAt: string }
  | { state: 'kunci-lain'; fingerprint: string; pinned?: string }
  | { state: 'tanpa-tanda-tangan'; pinned?: string };

export function regionSignature(store: NationalStore, entry: StoredSummary): RegionSignature {
  const pin = pinnedRegionKey(store, entry.summary.region);
  const pinned = pin ? { pinned: pin.fingerprint } : {};
  if (!entry.signedBy) return { state: 'tanpa-tanda-tangan', ...pinned };
  return pin?.fingerprint === entry.signedBy
    ? { state: 'kunci-tersemat', fingerprint: entry.signedBy, pinnedAt: pin.pinnedAt }
    : { state: 'kunci-lain', fingerprint: entry.signedBy, ...pinned };
}

export interface RegionRow {
  region: string;
  mentor: string;
  writtenAt: string;
  importedAt: string;
  units: number;
  reported: number;
  averages: SummaryAverages;
  /** True when the summary was written more than the chosen number of days ago. */
  old: boolean;
  signature: RegionSignature;
}

export interface NationalView {
  averages: NationalAverages;
  /** Units in every summary, and those that sent a package. */
  units: number;
  reported: number;
  /** One row per region, by name. */
  regions: RegionRow[];
  /** Regions whose summary is older than the chosen number of days, oldest first. */
  oldRegions: RegionRow[];
  /** Units on a region's list that have not sent a package, by region then as listed. */
  notReported: { region: string; unit: string }[];
}

/** National averages over every unit that sent each part, across regions (not an average of the regions' averages). */
export function nationalAverages(summaries: readonly RegionalSummaryPayload[]): NationalAverages {
  const units = summaries.flatMap((s) => s.units.filter(reported).map((unit) => ({ unit, summary: s })));
  const dimensions = new Map<string, string>();
  for (const s of summaries) for (const d of s.dimensions) if (!dimensions.has(d.id)) dimensions.set(d.id, d.name);
  return {
    overall: mean(present(units.map(({ unit }) => unit.overall))),
    plan: mean(present(units.map(({ unit }) => unit.plan))),
    release: mean(present(units.map(({ unit }) => unit.release))),
    dimensions: [...dimensions].map(([id, name]) => ({
      id,
      name,
      average: mean(
        present(
          units.map(({ unit, summary }) => {
            const index = summary.dimensions.findIndex((d) => d.id === id);
            return index === -1 ? null : unit.dimensions[index];
          }),
        ),
      ),
    })),
  };
}

const DAY = 24 * 60 * 60 * 1000;
const collator = new Intl.Collator('id');

export function nationalView(store: NationalStore, now: Date, staleDays = DEFAULT_STALE_DAYS): NationalView {
  const summaries = store.regions.map((r) => r.summary);
  const regions = store.regions
    .map((entry): RegionRow => ({
      region: entry.summary.region,
      mentor: entry.summary.mentor,
      writtenAt: entry.summary.writtenAt,
      importedAt: entry.importedAt,
      units: entry.summary.units.length,
      reported: entry.summary.units.filter(reported).length,
      averages: entry.summary.averages,
      old: now.getTime() - written(entry.summary) > staleDays * DAY,
      signature: regionSignature(store, entry),
    }))
    .sort((a, b) => collator.compare(a.region, b.region));
  return {
    averages: nationalAverages(summaries),
    units: regions.reduce((n, r) => n + r.units, 0),
    reported: regions.reduce((n, r) => n + r.reported, 0),
    regions,
    oldRegions: regions.filter((r) => r.old).sort((a, b) => Date.parse(a.writtenAt) - Date.parse(b.writtenAt)),
    notReported: [...store.regions]
      .sort((a, b) => collator.compare(a.summary.region, b.summary.region))
      .flatMap(({ summary }) => summary.units.filter((u) => !reported(u)).map((u) => ({ region: summary.region, unit: u.name }))),
  };
}

/** One region's units, for its expandable list: those that sent first (by name), then those that did not. */
export function regionUnits(summary: RegionalSummaryPayload): SummaryUnit[] {
  return [...summary.units].sort((a, b) => Number(reported(b)) - Number(reported(a)) || collator.compare(a.name, b.name));
}
