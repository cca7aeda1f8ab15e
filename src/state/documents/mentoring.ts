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
  label: 'Rekap pendampingan (pendamping)',
  page: { title: 'Rekap pendampingan', href: '/pendampingan/rekap/' },
  version: 1,
  schema: mentorStoreSchema,
  migrations: {},
  initial: EMPTY_MENTOR_STORE,
  summarize: summarizeMentorStore,
  isEmpty: isMentorStoreEmpty,
  merge: mergeMentorStores,
};

export const receivedFeedbackDocument: DocumentDefinition<ReceivedFeedback> = {
  key: 'siaga-krisis:umpan-balik-pendamping',
  label: 'Umpan balik dari pendamping',
  page: { title: 'Kirim ke pendamping', href: '/pendampingan/kirim/' },
  version: 1,
  schema: receivedFeedbackSchema,
  migrations: {},
  initial: { items: [] },
  summarize: ({ items }) => (items.length === 0 ? 'Belum ada umpan balik' : `${items.length} umpan balik, terakhir ${items[0]!.payload.writtenAt.slice(0, 10)}`),
  isEmpty: ({ items }) => items.length === 0,
  // Every file read on either side is kept once, newest first.
  merge: (current, incoming) => {
    const byFile = new Map([...current.items, ...incoming.items].map((item) => [`${item.payload.packageId}@${item.payload.writtenAt}`, item]));
    return { items: [...byFile.values()].sort((a, b) => b.payload.writtenAt.localeCompare(a.payload.writtenAt)).slice(0, 20) };
  },
};
