/**
 * The summaries the national view keeps: one per region, a later summary from the same region replacing the earlier
 * one. Apart from national.ts (what they add up to) so that Data saya, which lists and merges the document, loads
 * only this.
 */
import type { NationalStore, RegionalSummaryPayload, StoredSummary } from '@/schemas/regional-summary';
import { regionKey } from './mentor-store';

export const EMPTY_NATIONAL_STORE: NationalStore = { regions: [] };

/** What happened to one summary read: a new region, a newer summary replacing one, or left out (older or the same). */
export type SummaryOutcome =
  | { kind: 'baru'; region: string }
  | { kind: 'mengganti'; region: string; previous: string }
  | { kind: 'lebih-lama'; region: string; kept: string }
  | { kind: 'sama'; region: string };

const written = (summary: RegionalSummaryPayload) => Date.parse(summary.writtenAt);

/**
 * Adds summaries in the order read. The newest summary per region is kept (by when the mentor wrote it); the same file
 * read twice is kept once. Returns the store and one outcome per summary, in order.
 */
export function addSummaries(
  store: NationalStore,
  incoming: readonly RegionalSummaryPayload[],
  importedAt: string,
): { store: NationalStore; outcomes: SummaryOutcome[] } {
  const regions = [...store.regions];
  const outcomes = incoming.map((summary): SummaryOutcome => {
    const key = regionKey(summary.region);
    const index = regions.findIndex((r) => regionKey(r.summary.region) === key);
    const entry: StoredSummary = { summary, importedAt };
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
  return { store: { regions }, outcomes };
}

export function removeRegion(store: NationalStore, region: string): NationalStore {
  const key = regionKey(region);
  return { regions: store.regions.filter((r) => regionKey(r.summary.region) !== key) };
}

export function isNationalStoreEmpty(store: NationalStore): boolean {
  return store.regions.length === 0;
}

export function summarizeNationalStore(store: NationalStore): string {
  const units = store.regions.reduce((n, r) => n + r.summary.units.length, 0);
  return `${store.regions.length} wilayah, ${units} unit`;
}

/** "Gabungkan" on Data saya: every summary of both, the newest per region kept. */
export function mergeNationalStores(current: NationalStore, incoming: NationalStore): NationalStore {
  let merged = current;
  for (const entry of incoming.regions) {
    const { store } = addSummaries(merged, [entry.summary], entry.importedAt);
    merged = store;
  }
  return merged;
}
