import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { progressSchema, type Progress } from '@/schemas/progress';

export const progressDocument: DocumentDefinition<Progress> = {
  key: 'siaga-krisis:kemajuan',
  label: 'Kemajuan belajar',
  page: { title: 'Kemajuan belajar', href: '/kemajuan/' },
  version: 1,
  schema: progressSchema,
  migrations: {},
  initial: { modules: {} },
  summarize: (p) => {
    const modules = Object.values(p.modules);
    const read = modules.filter((m) => m.readAt).length;
    const checked = modules.filter((m) => m.quiz?.checkedAt).length;
    return `${read} modul dibaca, ${checked} uji pemahaman diperiksa`;
  },
  isEmpty: (p) => Object.keys(p.modules).length === 0,
  // Per module, the more recent activity wins; modules only in one side are kept.
  merge: (current, incoming) => {
    const modules = { ...current.modules };
    for (const [id, theirs] of Object.entries(incoming.modules)) {
      const ours = modules[id];
      const newest = (a?: string, b?: string) => ((a ?? '') >= (b ?? '') ? a : b);
      modules[id] = {
        ...(newest(ours?.readAt, theirs.readAt) ? { readAt: newest(ours?.readAt, theirs.readAt)! } : {}),
        ...((theirs.quiz?.checkedAt ?? '') >= (ours?.quiz?.checkedAt ?? '')
          ? theirs.quiz
            ? { quiz: theirs.quiz }
            : ours?.quiz
              ? { quiz: ours.quiz }
              : {}
          : ours?.quiz
            ? { quiz: ours.quiz }
            : {}),
      };
    }
    return { modules };
  },
};
