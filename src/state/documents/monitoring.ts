import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { issueRegisterSchema, narrativeRecordSchema, type IssueRegister, type NarrativeRecord } from '@/schemas/monitoring';
import { isOpen } from '@/domain/monitoring/rules';

/** Entries combined by id: the one changed last wins. */
function mergeById<T extends { id: string }>(current: readonly T[], incoming: readonly T[], changedAt: (item: T) => string): T[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  for (const item of incoming) {
    const mine = byId.get(item.id);
    if (!mine || changedAt(item) >= changedAt(mine)) byId.set(item.id, item);
  }
  return [...byId.values()];
}

export const issueRegisterDocument: DocumentDefinition<IssueRegister> = {
  key: 'siaga-krisis:pemantauan-isu',
  label: 'Register isu',
  page: { title: 'Pemantauan isu', href: '/pemantauan/' },
  version: 1,
  schema: issueRegisterSchema,
  migrations: {},
  initial: { entries: [] },
  summarize: (data) => `${data.entries.length} isu tercatat, ${data.entries.filter(isOpen).length} masih terbuka`,
  isEmpty: (data) => data.entries.length === 0,
  // Entries of both registers are kept; an entry in both keeps the version changed last. Numbers are not renumbered:
  // two registers may both hold a "No. 3", which the list shows with their dates.
  merge: (current, incoming) => ({
    entries: mergeById(current.entries, incoming.entries, (e) => e.updatedAt).sort(
      (a, b) => a.number - b.number || a.seenAt.localeCompare(b.seenAt),
    ),
  }),
};

export const narrativeRecordDocument: DocumentDefinition<NarrativeRecord> = {
  key: 'siaga-krisis:catatan-narasi',
  label: 'Catatan narasi',
  page: { title: 'Catatan narasi', href: '/pemantauan/narasi/' },
  version: 1,
  schema: narrativeRecordSchema,
  migrations: {},
  initial: { entries: [] },
  summarize: (data) => `${data.entries.length} publikasi tercatat`,
  isEmpty: (data) => data.entries.length === 0,
  merge: (current, incoming) => ({
    entries: mergeById(current.entries, incoming.entries, (e) => e.createdAt).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt)),
  }),
};
