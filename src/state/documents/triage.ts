import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { triageSchema, type Triage } from '@/schemas/triage';

export const triageDocument: DocumentDefinition<Triage> = {
  key: 'siaga-krisis:triase-insiden',
  label: 'Triase insiden',
  page: { title: 'Triase insiden', href: '/latihan/triase-insiden/' },
  version: 1,
  schema: triageSchema,
  migrations: {},
  initial: { draft: { context: { crisisTypeId: '', description: '' }, answers: {} }, records: [] },
  summarize: (data) => {
    const last = data.records.at(-1);
    return last ? `${data.records.length} triase tersimpan, terakhir tingkat ${last.level}` : 'Triase sedang diisi';
  },
  isEmpty: (data) =>
    data.records.length === 0 &&
    Object.keys(data.draft.answers).length === 0 &&
    !data.draft.context.crisisTypeId &&
    !data.draft.context.description,
  // Saved triages are combined (one per id, by time); the imported draft wins.
  merge: (current, incoming) => {
    const byId = new Map([...current.records, ...incoming.records].map((record) => [record.id, record]));
    return { draft: incoming.draft, records: [...byId.values()].sort((a, b) => a.savedAt.localeCompare(b.savedAt)) };
  },
};
