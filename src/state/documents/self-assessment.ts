import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { selfAssessmentSchema, type SelfAssessment } from '@/schemas/self-assessment';

export const selfAssessmentDocument: DocumentDefinition<SelfAssessment> = {
  key: 'siaga-krisis:self-asesmen',
  label: 'Self-asesmen kesiapan krisis',
  page: { title: 'Self-asesmen krisis', href: '/latihan/self-asesmen/' },
  version: 1,
  schema: selfAssessmentSchema,
  migrations: {},
  initial: { drafts: {}, history: {} },
  summarize: (data) => {
    const completed = Object.values(data.history)
      .flat()
      .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
    const last = completed.at(-1);
    const answered = Object.values(data.drafts).reduce((sum, d) => sum + Object.keys(d.answers).length, 0);
    return last ? `${completed.length} asesmen selesai, terakhir skor ${last.overall}` : `Sedang diisi: ${answered} butir dijawab`;
  },
  isEmpty: (data) =>
    Object.values(data.history).every((list) => list.length === 0) &&
    Object.values(data.drafts).every(
      (d) => Object.keys(d.answers).length === 0 && Object.values(d.respondent).every((v) => v === undefined),
    ),
  // Histories are combined (one entry per id, by date); the imported draft wins.
  merge: (current, incoming) => {
    const history: SelfAssessment['history'] = { ...current.history };
    for (const [id, list] of Object.entries(incoming.history)) {
      const byId = new Map([...(history[id] ?? []), ...list].map((entry) => [entry.id, entry]));
      history[id] = [...byId.values()].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
    }
    return { drafts: { ...current.drafts, ...incoming.drafts }, history };
  },
};
