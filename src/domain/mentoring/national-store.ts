/**
 * The summaries the national view keeps: one per region, a later summary from the same region replacing the earlier
 * one. Apart from national.ts (what they add up to) so that Data saya, which lists and merges the document, loads
 * only this.
 */
import { MAX_REGION_KEYS, type NationalStore, type RegionalSummaryPayload, type StoredSummary } from '@/schemas/regional-summary';
import { regionKey } from './mentor-store';

export const EMPTY_NATIONAL_STORE: NationalStore = { regions: [] };

/** What happened to one summary read: a new region, a newer summary replacing one, or left out (older or the same). */
export type SummaryOutcome =
  | { kind: 'baru'; region: string }
  | { kind: 'mengganti'; region: string; previous: string }
  | { kind: 'lebih-lama'; region: string; kept: string }
  | { kind: 'sama'; region: string };

const written = (summary: RegionalSummaryPayload) => Date.parse(summary.writtenAt);

/** A summary to add, with the fingerprint of the key that signed its file ('' when unsigned; absent when not known). */
export type IncomingSummary = Pick<StoredSummary, 'summary' | 'signedBy'>;

/**
 * Adds summaries in the order read. The newest summary per region is kept (by when the mentor wrote it); the same file
 * read twice is kept once. Returns the store and one outcome per summary, in order. Keys are not judged here: the import
 * does that first (national-keys.ts), so that a file signed by another key is never added without the person.
 */
export function addSummaries(
  store: NationalStore,
  incoming: readonly IncomingSummary[],
  importedAt: string,
): { store: NationalStore; outcomes: SummaryOutcome[] } {
  const regions = [...store.regions];
  const outcomes = incoming.map(({ summary, signedBy }): SummaryOutcome => {
    const key = regionKey(summary.region);
    const index = regions.findIndex((r) => regionKey(r.summary.region) === key);
    const entry: StoredSummary = { summary, importedAt, signedBy };
    if (index === -1) {
      regions.push(entry);
      return { kind: 'baru', region: summary.region };
    }
    const held = regions[index]!.summary;
    if (held.id === summary.id) return { kind: 'sama', region: summary.region };
    if (written(summary) < written(held)) return { kind: 'lebih-lama', region: summary.region, kept: held.writtenAt };
    regions[index] = entry;
    return { kind: 'mengganti', region: summary.region, previous: held.writtenAt };
  });
  return { store: { ...store, regions }, outcomes };
}

/** Removes a region's summary; its pinned key stays, so a later file signed by another key is still flagged. */
export function removeRegion(store: NationalStore, region: string): NationalStore {
  const key = regionKey(region);
  return { ...store, regions: store.regions.filter((r) => regionKey(r.summary.region) !== key) };
}

export function isNationalStoreEmpty(store: NationalStore): boolean {
  return store.regions.length === 0;
}

export function summarizeNationalStore(store: NationalStore): string {
  const units = store.regions.reduce((n, r) => n + r.summary.units.length, 0);
  return `${store.regions.length} wilayah, ${units} unit`;
}

/**
 * "Gabungkan" on Data saya: every summary of both, the newest per region kept, each with the key that signed it. This
 * browser's pinned keys win; the file's are added for regions not pinned here (a backup is the person's own, not a
 * region's file: its summaries were judged when they were first read).
 */
export function mergeNationalStores(current: NationalStore, incoming: NationalStore): NationalStore {
  let merged = current;
  for (const { summary, signedBy, importedAt } of incoming.regions) {
    merged = addSummaries(merged, [{ summary, signedBy }], importedAt).store;
  }
  const pins = [...(current.pins ?? [])];
  for (const pin of incoming.pins ?? []) if (!pins.some((p) => regionKey(p.region) === regionKey(pin.region))) pins.push(pin);
  return pins.length === 0 ? merged : { ...merged, pins: pins.slice(-MAX_REGION_KEYS) };
}
