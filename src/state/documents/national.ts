/**
 * The national view, 'siaga-krisis:rekap-nasional': { regions[] } — the newest regional summary read per region.
 * Kept in localStorage (a persistentDocument), not IndexedDB: a later summary replaces its region's earlier one, so the
 * document never grows past one row per unit of the country (about 300 bytes a unit: some 200 KB for 700 units, well
 * within localStorage) and it changes only when files are read, never as the user types. Stale when a region's newer
 * summary has not been imported yet. Holds units' names and scores, not their work; it stays in this browser.
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { nationalStoreSchema, type NationalStore } from '@/schemas/regional-summary';
import { EMPTY_NATIONAL_STORE, isNationalStoreEmpty, mergeNationalStores, summarizeNationalStore } from '@/domain/mentoring/national-store';

export const nationalDocument: DocumentDefinition<NationalStore> = {
  key: 'siaga-krisis:rekap-nasional',
  label: 'Rekap nasional',
  page: { title: 'Rekap nasional', href: '/pendampingan/nasional/' },
  version: 1,
  schema: nationalStoreSchema,
  migrations: {},
  initial: EMPTY_NATIONAL_STORE,
  summarize: summarizeNationalStore,
  isEmpty: isNationalStoreEmpty,
  merge: mergeNationalStores,
};
