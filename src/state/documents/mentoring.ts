/**
 * Regional mentoring, two documents:
 * - 'siaga-krisis:pendampingan-rekap' (mentor): { mentor, regionUnits, units[] } — every unit's newest package, older
 *   ones in its history, and the mentor's reviews. Holds other units' work (and, if they chose, officers' names and
 *   phone numbers): it stays in the mentor's browser; units are removed one by one on the overview page.
 * - 'siaga-krisis:umpan-balik-pendamping' (unit): { items[] } — feedback files the unit read, newest first.
 * Both go stale only when another tab or an import changes them (persistentDocument shows the newer value).
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { mentorStoreSchema, receivedFeedbackSchema, type MentorStore, type ReceivedFeedback } from '@/schemas/mentoring';
import { EMPTY_MENTOR_STORE, isMentorStoreEmpty, mergeMentorStores, summarizeMentorStore } from '@/domain/mentoring/mentor-store';

export const mentorDocument: DocumentDefinition<MentorStore> = {
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
};

export const receivedFeedbackDocument: DocumentDefinition<ReceivedFeedback> = {
  key: 'siaga-krisis:umpan-balik-pendamping',
  label: 'Umpan balik dari pendamping',
  page: { title: 'Kirim ke pendamping', href: '/pendampingan/kirim/' },
  version: 1,
  schema: receivedFeedbackSchema,
  migrations: {},
  initial: { items: [] },
  summarize: ({ items }) => `${items.length} umpan balik diterima`,
  isEmpty: ({ items }) => items.length === 0,
  // No merge: feedback files are few and can be read again; an import replaces the list.
};
