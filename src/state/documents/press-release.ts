import type { DocumentDefinition } from '@/domain/storage/document-definition';
import { releaseWorkSchema, type ReleaseWork } from '@/schemas/press-release-work';

/** Oldest attempts are dropped beyond this many, so the document stays far below the storage quota. */
export const MAX_ATTEMPTS = 500;

/**
 * Drafts and submitted attempts of the press-release drills, under "siaga-krisis:siaran-pers".
 * Stale when: a drill is removed from the site (its draft and attempts stay, labelled with the title they had).
 */
export const pressReleaseDocument: DocumentDefinition<ReleaseWork> = {
  key: 'siaga-krisis:siaran-pers',
  label: 'Latihan siaran pers',
  page: { title: 'Latihan siaran pers', href: '/latihan/siaran-pers/' },
  version: 1,
  schema: releaseWorkSchema,
  migrations: {},
  initial: { drafts: {}, attempts: [] },
  summarize: (work) => `${work.attempts.length} percobaan dinilai, ${Object.keys(work.drafts).length} draf`,
  isEmpty: (work) => work.attempts.length === 0 && Object.keys(work.drafts).length === 0,
  // Drafts: the more recently changed wins. Attempts: kept from both sides, once each, in time order.
  merge: (current, incoming) => {
    const drafts = { ...current.drafts };
    for (const [id, draft] of Object.entries(incoming.drafts)) {
      const ours = drafts[id];
      if (!ours || draft.updatedAt >= ours.updatedAt) drafts[id] = draft;
    }
    const byId = new Map([...current.attempts, ...incoming.attempts].map((a) => [a.id, a]));
    const attempts = [...byId.values()].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)).slice(-MAX_ATTEMPTS);
    return { drafts, attempts };
  },
};
