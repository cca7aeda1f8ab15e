/**
 * The national view, 'siaga-krisis:rekap-nasional': { regions[] } — the newest regional summary read per region.
 * A summary is small (about 300 bytes a unit) but 33 regions of hundreds of units reach a few megabytes, past what
 * localStorage holds beside the other documents: kept in IndexedDB, one record per region (nationalRecords), so a
 * summary read writes one record. Holds units' names and scores, not their work; it stays in this browser.
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { nationalStoreSchema, type NationalStore } from '@/schemas/regional-summary';
import { EMPTY_NATIONAL_STORE, isNationalStoreEmpty, mergeNationalStores, summarizeNationalStore } from '@/domain/mentoring/national';

export const nationalDocument: DocumentDefinition<NationalStore> & Required<Pick<DocumentDefinition<NationalStore>, 'records'>> = {
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
  records: () => import('@/domain/mentoring/national-records').then((module) => module.nationalRecords),
};
