/**
 * Regional mentoring, the unit's side: 'siaga-krisis:umpan-balik-pendamping' { items[] } — feedback files the unit
 * read, newest first. The mentor's overview is in mentor-overview.ts (a module of its own, so the unit's page does not
 * load the mentor's storage code).
 */
import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { receivedFeedbackSchema, type ReceivedFeedback } from '@/schemas/mentoring';

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
