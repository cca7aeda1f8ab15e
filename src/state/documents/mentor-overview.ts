/**
 * The mentor's regional overview, 'siaga-krisis:pendampingan-rekap': { mentor, regionUnits, units[] } — every unit's
 * newest package, older ones in its history, and the mentor's reviews. Large (about 44 KB a package, hundreds of
 * units): kept in IndexedDB, one record per package and per unit (mentorRecords, opened with recordDocument); the key
 * still names it in export files, and an earlier version's localStorage value under it is moved over on first load.
 * Holds other units' work (and, if they chose, officers' names and phone numbers): it stays in the mentor's browser.
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { mentorStoreSchema, type MentorStore } from '@/schemas/mentoring';
import { EMPTY_MENTOR_STORE, isMentorStoreEmpty, mergeMentorStores, summarizeMentorStore } from '@/domain/mentoring/mentor-store';

export const mentorDocument: DocumentDefinition<MentorStore> & Required<Pick<DocumentDefinition<MentorStore>, 'records'>> = {
  key: 'siaga-krisis:pendampingan-rekap',
  label: 'Rekap pendampingan',
  page: { title: 'Rekap pendampingan', href: '/pendampingan/rekap/' },
  version: 1,
  schema: mentorStoreSchema,
  migrations: {},
  initial: EMPTY_MENTOR_STORE,
  summarize: summarizeMentorStore,
  isEmpty: isMentorStoreEmpty,
  merge: (current, incoming) => mergeMentorStores(current, incoming),
  records: () => import('@/domain/mentoring/mentor-records').then((module) => module.mentorRecords),
};
